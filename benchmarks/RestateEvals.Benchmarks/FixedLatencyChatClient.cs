using System.Text.Json;
using Microsoft.Extensions.AI;

namespace RestateEvals.Benchmarks;

/// <summary>A fake model that waits a fixed time, then answers: the case's good reference answer, or full marks as a judge.</summary>
internal sealed class FixedLatencyChatClient(TimeSpan latency, bool judge) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await Task.Delay(latency, cancellationToken);
        return Answer(options!, judge);
    }

    /// <summary>The case's good reference answer, or (as a judge) full marks quoting it.</summary>
    public static ChatResponse Answer(ChatOptions options, bool judge)
    {
        var evalCase = EvalCatalog.Get((string)options.AdditionalProperties![EvalChatProperties.CaseId]!);
        var text = judge
            ? JsonSerializer.Serialize(new { criteria = evalCase.Criteria.Select(c => new { id = c.Id, evidence = evalCase.GoodAnswers[0][..40], reasoning = "bench", score = 5 }) })
            : evalCase.GoodAnswers[0];
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
