using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>Stands in for the model in <see cref="RecordingMode.ReplayOnly"/>: reached only on a cache miss, and then fails clearly.</summary>
internal sealed class ReplayOnlyChatClient(IChatClient model, string directory) : DelegatingChatClient(model)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var properties = options?.AdditionalProperties;
        string Read(string key) => properties?.TryGetValue(key, out var value) == true ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?" : "?";
        throw new RecordingMissingException(
            $"ReplayOnly: no recording for case {Read(EvalChatProperties.CaseId)} ({Read(EvalChatProperties.Role)} call, sample {Read(EvalChatProperties.SampleIndex)}) in {directory}. "
            + "Record it first (RecordingMode.Record), or the prompt, rubric, model or options changed since it was recorded.");
    }

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("RestateEvals never streams.");
}
