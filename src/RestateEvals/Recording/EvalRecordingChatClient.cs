using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;

namespace RestateEvals;

/// <summary>
/// Record/replay on Microsoft.Extensions.AI's <see cref="DistributedCachingChatClient"/>. The cache key covers the
/// messages (so the judge prompt and rubric, with the judge's random delimiter nonce replaced by a placeholder), the
/// chat options (model, case, sample index, rubric hash) and the client's default model. Remembers which keys belong to which case so <see cref="ForgetAsync"/> can drop them.
/// </summary>
internal sealed class EvalRecordingChatClient : DistributedCachingChatClient, IEvalRecording
{
    private readonly IDistributedCache _storage;
    private readonly string _location;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _keysByCase = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="model"/> with recordings in <paramref name="storage"/>.</summary>
    public EvalRecordingChatClient(IChatClient model, IDistributedCache storage, RecordingMode mode, string location)
        : base(mode == RecordingMode.ReplayOnly ? new ReplayOnlyChatClient(model, location) : model, storage)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (mode == RecordingMode.Live)
        {
            throw new ArgumentException("Live mode records nothing: do not add a recording client.", nameof(mode));
        }

        _storage = storage;
        _location = location;
        Mode = mode;
        var defaultModel = model.GetService<ChatClientMetadata>()?.DefaultModelId ?? "default-model";
        CacheKeyAdditionalValues = ["restateevals-recording-v1", defaultModel];
    }

    /// <summary>Record or ReplayOnly.</summary>
    public RecordingMode Mode { get; }

    /// <inheritdoc />
    public async Task ForgetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        if (Mode != RecordingMode.Record || !_keysByCase.TryRemove(caseId, out var keys))
        {
            return;
        }

        foreach (var key in keys.Keys)
        {
            await _storage.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a recording with every secret scrubbed (<see cref="SecretScrubber"/>).</summary>
    protected override Task WriteCacheAsync(string key, ChatResponse value, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(value, JsonSerializerOptions);
        var scrubbed = SecretScrubber.Scrub(json);
        return base.WriteCacheAsync(key, ReferenceEquals(json, scrubbed) || json == scrubbed ? value : JsonSerializer.Deserialize<ChatResponse>(scrubbed, JsonSerializerOptions)!, cancellationToken);
    }

    /// <summary>
    /// Reads a recording. One that is empty, truncated or corrupt is a miss, never an error of the case: in
    /// <see cref="RecordingMode.Record"/> it is deleted and recorded again; in <see cref="RecordingMode.ReplayOnly"/>
    /// the call fails with "recording unreadable: &lt;file&gt;".
    /// </summary>
    protected override async Task<ChatResponse?> ReadCacheAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await base.ReadCacheAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            var file = _storage is FileDistributedCache files ? files.FileOf(key) : $"{key} in {_location}";
            if (Mode == RecordingMode.ReplayOnly)
            {
                throw new RecordingMissingException($"ReplayOnly: recording unreadable: {file} ({ex.GetType().Name}). Delete it and record again (RecordingMode.Record).", ex);
            }

            await _storage.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    /// <inheritdoc />
    protected override string GetCacheKey(IEnumerable<ChatMessage> messages, ChatOptions? options, params ReadOnlySpan<object?> additionalValues)
    {
        if (options?.AdditionalProperties?.TryGetValue(EvalChatProperties.AnswerNonce, out var value) == true && value is string nonce && nonce.Length > 0)
        {
            // The judge's delimiter nonce is random per call: key the recording on the prompt without it.
            messages = [.. messages.Select(m => m.Text.Contains(nonce, StringComparison.Ordinal) ? new ChatMessage(m.Role, m.Text.Replace(nonce, "{nonce}", StringComparison.Ordinal)) : m)];
            options = options.Clone();
            options.AdditionalProperties!.Remove(EvalChatProperties.AnswerNonce);
        }

        var key = base.GetCacheKey(messages, options, additionalValues);
        if (options?.AdditionalProperties?.TryGetValue(EvalChatProperties.CaseId, out var caseId) == true && caseId is string id)
        {
            _keysByCase.GetOrAdd(id, _ => new(StringComparer.Ordinal))[key] = 0;
        }

        return key;
    }
}
