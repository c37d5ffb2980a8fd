using System.Collections.Concurrent;

namespace RestateEvals;

/// <summary>The process's <see cref="EndpointLimiter"/>s, one per endpoint key, so agent and judge clients of one endpoint share a limit.</summary>
internal static class EndpointLimiters
{
    private static readonly ConcurrentDictionary<string, EndpointLimiter> Limiters = new(StringComparer.Ordinal);

    /// <summary>The limiter of <paramref name="endpoint"/>, created with <paramref name="options"/> on first use.</summary>
    /// <exception cref="InvalidOperationException">The endpoint already has a limiter with other limits.</exception>
    public static EndpointLimiter For(string endpoint, AdaptiveConcurrencyOptions options)
    {
        var limiter = Limiters.GetOrAdd(endpoint, static (key, o) => new EndpointLimiter(key, o), options);
        if (!limiter.Options.SameLimitsAs(options))
        {
            throw new InvalidOperationException(
                $"The endpoint '{endpoint}' already has an adaptive concurrency limiter with other limits ({limiter.Options.Describe()}; now asked for {options.Describe()}). Configure every client of one endpoint alike.");
        }

        return limiter;
    }
}
