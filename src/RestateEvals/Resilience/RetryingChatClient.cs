using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>
/// Retries transient failures (429, 408, 5xx, connection errors) with exponential backoff, honouring the server's
/// Retry-After (seconds, HTTP date or retry-after-ms). Cancellation stops waiting at once. Compose with
/// <c>builder.UseEvalRetries()</c>; turn off the provider client's own retries so attempts do not multiply.
/// </summary>
internal sealed class RetryingChatClient : DelegatingChatClient
{
    private readonly RetryOptions _options;

    /// <summary>Wraps <paramref name="innerClient"/>.</summary>
    public RetryingChatClient(IChatClient innerClient, RetryOptions? options = null)
        : base(innerClient)
    {
        _options = options ?? new RetryOptions();
        _options.Validate();
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan delay;
            try
            {
                return await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < _options.MaxRetries && !cancellationToken.IsCancellationRequested
                                       && TransientFailure.IsTransient(ex, _options.TimeProvider.GetUtcNow(), out var retryAfter))
            {
                if (retryAfter > _options.MaxRetryAfter)
                {
                    throw new InvalidOperationException(
                        $"The model asked to retry after {VerdictFormatter.Seconds(retryAfter.Value)} s, longer than RetryOptions.MaxRetryAfter ({VerdictFormatter.Seconds(_options.MaxRetryAfter)} s).",
                        ex);
                }

                delay = retryAfter ?? Backoff(attempt);
            }

            await Task.Delay(delay, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = _options.BaseDelay * Math.Pow(2, attempt);
        return delay < _options.MaxDelay ? delay : _options.MaxDelay;
    }
}
