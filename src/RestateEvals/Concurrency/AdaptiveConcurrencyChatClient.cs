using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>
/// Admits each call through its endpoint's <see cref="EndpointLimiter"/> and reports how it ended: answered (the limit may
/// grow), overloaded (429, 503 or a Retry-After: the limit shrinks), anything else (no change). The slot is held only for
/// the attempt, so behind <c>UseEvalRetries</c> a retry waits out its backoff without a slot and is admitted afresh.
/// </summary>
internal sealed class AdaptiveConcurrencyChatClient : DelegatingChatClient
{
    private readonly EndpointLimiter _limiter;
    private readonly TimeProvider _time;

    public AdaptiveConcurrencyChatClient(IChatClient innerClient, EndpointLimiter limiter, TimeProvider timeProvider)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _limiter = limiter;
        _time = timeProvider;
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var lease = await _limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var outcome = CallOutcome.Neutral;
        try
        {
            var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            outcome = CallOutcome.Succeeded;
            return response;
        }
        catch (Exception ex) when (Failed(ex, out outcome))
        {
            throw; // never reached: the filter only records the outcome
        }
        finally
        {
            _limiter.Release(lease, outcome);
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lease = await _limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var outcome = CallOutcome.Neutral;
        try
        {
            await using var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                bool more;
                try
                {
                    more = await updates.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (Failed(ex, out outcome))
                {
                    throw; // never reached: the filter only records the outcome
                }

                if (!more)
                {
                    outcome = CallOutcome.Succeeded;
                    yield break;
                }

                yield return updates.Current;
            }
        }
        finally
        {
            _limiter.Release(lease, outcome);
        }
    }

    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType == typeof(EndpointLimiter) ? _limiter : base.GetService(serviceType, serviceKey);
    }

    private bool Failed(Exception exception, out CallOutcome outcome)
    {
        outcome = TransientFailure.IsOverload(exception, _time.GetUtcNow()) ? CallOutcome.Overloaded : CallOutcome.Neutral;
        return false;
    }
}
