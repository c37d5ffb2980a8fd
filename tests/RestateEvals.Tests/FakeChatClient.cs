using Microsoft.Extensions.AI;

namespace RestateEvals.Tests;

/// <summary>A hand-written chat client: answers from a function of the request, records every call.</summary>
internal sealed class FakeChatClient(Func<IReadOnlyList<ChatMessage>, ChatOptions?, CancellationToken, Task<ChatResponse>> respond) : IChatClient
{
    public List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Calls { get; } = [];

    public static FakeChatClient Replying(params string[] replies)
    {
        var index = 0;
        return new FakeChatClient((_, _, _) =>
        {
            var text = replies[Math.Min(index, replies.Length - 1)];
            index++;
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = "fake-model", Usage = new UsageDetails { InputTokenCount = 11, OutputTokenCount = 22 } });
        });
    }

    /// <summary>Never answers within a test's patience: waits 30 s or until cancelled.</summary>
    public static FakeChatClient Slow() => new(async (_, _, ct) =>
    {
        await Task.Delay(TimeSpan.FromSeconds(30), ct);
        return new ChatResponse();
    });

    public static FakeChatClient Throwing(Exception exception) => new((_, _, _) => Task.FromException<ChatResponse>(exception));

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        lock (Calls)
        {
            Calls.Add((list, options));
        }

        return await respond(list, options, cancellationToken);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The evals never stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
