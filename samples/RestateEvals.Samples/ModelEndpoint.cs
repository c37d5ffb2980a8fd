using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace RestateEvals.Samples;

/// <summary>
/// One model endpoint read from environment variables with a prefix (RESTATEEVALS_AGENT_ or RESTATEEVALS_JUDGE_):
/// PROVIDER (openai | ollama), MODEL, ENDPOINT, API_KEY. Ollama is reached through its OpenAI-compatible /v1 API.
/// </summary>
public sealed record ModelEndpoint(string Provider, string Model, Uri? Endpoint, string? ApiKey)
{
    /// <summary>Ollama's default OpenAI-compatible endpoint.</summary>
    public static readonly Uri OllamaDefault = new("http://localhost:11434/v1");

    /// <summary>Reads the endpoint; <see langword="null"/> when PROVIDER is not set. Throws on incomplete configuration.</summary>
    public static ModelEndpoint? FromEnvironment(string prefix, Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        string? Get(string name) => read(prefix + name) is { Length: > 0 } value ? value.Trim() : null;
        var provider = Get("PROVIDER")?.ToLowerInvariant();
        if (provider is null)
        {
            return null;
        }

        var model = Get("MODEL") ?? throw new InvalidOperationException($"{prefix}PROVIDER is '{provider}' but {prefix}MODEL is not set.");
        var endpoint = Get("ENDPOINT") is { } url
            ? Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : throw new InvalidOperationException($"{prefix}ENDPOINT '{url}' is not an absolute URL.")
            : null;
        return provider switch
        {
            "openai" => new ModelEndpoint(provider, model, endpoint, Get("API_KEY") ?? read("OPENAI_API_KEY")
                ?? throw new InvalidOperationException($"{prefix}PROVIDER is 'openai' but neither {prefix}API_KEY nor OPENAI_API_KEY is set.")),
            "ollama" => new ModelEndpoint(provider, model, endpoint ?? OllamaDefault, Get("API_KEY") ?? "ollama"),
            _ => throw new InvalidOperationException($"{prefix}PROVIDER '{provider}' is not supported: use 'openai' (any OpenAI-compatible endpoint) or 'ollama'."),
        };
    }

    /// <summary>
    /// Creates the chat client: record/replay outermost (a replayed call needs no retries and takes no slot), then
    /// RestateEvals' retries (the OpenAI client's own retries are off so attempts do not multiply), then the adaptive
    /// concurrency limiter of <see cref="EndpointKey"/> (shared with the other client when agent and judge use one
    /// endpoint; each attempt takes a slot, a retry waits out its backoff without one), then the model.
    /// </summary>
    public IChatClient CreateClient(RecordingMode recording, string recordingDirectory)
    {
        if (ApiKey is { Length: >= 8 } key)
        {
            SecretScrubber.Register(key); // scrubbed from every report, snapshot, recording and message, whatever its shape
        }

        // No network timeout of the client's own (its default is 100 s): EvalOptions.AgentTimeout and JudgeOptions.Timeout
        // are the deadlines that rule, and their messages name them.
        var options = new OpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = Timeout.InfiniteTimeSpan };
        if (Endpoint is not null)
        {
            options.Endpoint = Endpoint;
        }

        return new OpenAIClient(new ApiKeyCredential(ApiKey!), options).GetChatClient(Model).AsIChatClient()
            .AsBuilder()
            .UseEvalRecording(recordingDirectory, recording)
            .UseEvalRetries()
            .UseEvalConcurrency(EndpointKey)
            .Build();
    }

    /// <summary>
    /// The key of the endpoint's concurrency limiter: provider and base URL (not the model), so agent and judge share one
    /// limit whenever they call the same server.
    /// </summary>
    public string EndpointKey => $"{Provider}@{Endpoint?.AbsoluteUri ?? "default"}";

    /// <summary>Describes the endpoint without its key.</summary>
    public override string ToString() => $"{Provider}:{Model}@{Endpoint?.ToString() ?? "default"}";
}
