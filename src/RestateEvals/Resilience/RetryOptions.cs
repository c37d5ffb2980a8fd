namespace RestateEvals;

/// <summary>How <see cref="RetryingChatClient"/> retries transient failures (429, 408 and 5xx).</summary>
public sealed class RetryOptions
{
    /// <summary>Retries after the first attempt. Default: 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay when the server gives no Retry-After; doubles each retry. Default: 1 second.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on the exponential backoff delay. Default: 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest Retry-After honoured; a server asking for longer fails the call instead of stalling the run. Default: 60 seconds.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Clock for delays. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (MaxRetries is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "RetryOptions.MaxRetries must be between 0 and 10.");
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay || MaxRetryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(BaseDelay), "RetryOptions needs 0 <= BaseDelay <= MaxDelay and MaxRetryAfter >= 0.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
