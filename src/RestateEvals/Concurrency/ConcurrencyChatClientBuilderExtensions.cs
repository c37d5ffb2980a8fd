using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary><c>builder.UseEvalConcurrency()</c>: an adaptive limit on the calls in flight to one endpoint, shared by agent and judge.</summary>
public static class ConcurrencyChatClientBuilderExtensions
{
    /// <summary>
    /// Admits each call through the adaptive limiter of <paramref name="endpoint"/>: every client built with the same
    /// endpoint key in this process (agent and judge alike) shares one limit, which starts at
    /// <see cref="AdaptiveConcurrencyOptions.InitialLimit"/> (32), halves when the endpoint answers 429 or 503 or asks to
    /// retry later, and grows by one after each successful call while callers wait for a slot.
    /// Add it after <c>UseEvalRetries()</c> (closer to the model), so each attempt takes a slot of its own, a
    /// rejected attempt frees its slot while it waits out the Retry-After, and the retry is admitted afresh; add it after
    /// <c>UseEvalRecording()</c> too, so replayed calls take no slot.
    /// </summary>
    /// <param name="builder">The client pipeline.</param>
    /// <param name="endpoint">
    /// The key of the endpoint whose limit this client shares, e.g. its base URL. Default: the inner client's
    /// <see cref="ChatClientMetadata.ProviderUri"/>; a client that reports none gets a limiter of its own.
    /// </param>
    /// <param name="configure">Sets the limits; every client of one endpoint must set the same ones.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="InvalidOperationException">(When the client is built.) The endpoint already has a limiter with other limits.</exception>
    public static ChatClientBuilder UseEvalConcurrency(this ChatClientBuilder builder, string? endpoint = null, Action<AdaptiveConcurrencyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (endpoint is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        }

        var options = new AdaptiveConcurrencyOptions();
        configure?.Invoke(options);
        options.Validate();
        return builder.Use(inner =>
        {
            var key = endpoint ?? inner.GetService<ChatClientMetadata>()?.ProviderUri?.AbsoluteUri;
            var limiter = key is null ? new EndpointLimiter("(own limiter)", options) : EndpointLimiters.For(key, options);
            return new AdaptiveConcurrencyChatClient(inner, limiter, options.TimeProvider);
        });
    }
}
