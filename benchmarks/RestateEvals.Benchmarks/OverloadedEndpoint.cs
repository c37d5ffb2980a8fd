using System.ClientModel;
using Microsoft.Extensions.AI;
using RestateEvals.Tests;

namespace RestateEvals.Benchmarks;

/// <summary>
/// One fake model server for agent and judge calls: each accepted call takes a fixed time, and a call arriving while
/// <c>capacity</c> calls are in flight is rejected at once with 429 and a Retry-After, as the OpenAI client reports it.
/// </summary>
internal sealed class OverloadedEndpoint(int capacity, TimeSpan latency, TimeSpan retryAfter) : IChatClient
{
    private int _inFlight;
    private int _rejected;
    private int _maxInFlight;

    public int Rejected => Volatile.Read(ref _rejected);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var now = Interlocked.Increment(ref _inFlight);
        if (now > capacity)
        {
            Interlocked.Decrement(ref _inFlight);
            Interlocked.Increment(ref _rejected);
            var headers = new Dictionary<string, string> { ["Retry-After"] = retryAfter.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            throw new ClientResultException(new FakePipelineResponse(429, headers));
        }

        try
        {
            int max;
            while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
            {
            }

            await Task.Delay(latency, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }

        return FixedLatencyChatClient.Answer(options!, judge: (string?)options!.AdditionalProperties![EvalChatProperties.Role] == "judge");
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
