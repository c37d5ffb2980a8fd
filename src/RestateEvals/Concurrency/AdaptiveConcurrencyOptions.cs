namespace RestateEvals;

/// <summary>
/// How <c>builder.UseEvalConcurrency()</c> limits the calls in flight to one endpoint (AIMD): start at
/// <see cref="InitialLimit"/>, multiply the limit by <see cref="DecreaseFactor"/> when the endpoint says it is overloaded
/// (HTTP 429 or 503, or a Retry-After), add <see cref="IncreaseStep"/> after each successful call made while callers were
/// waiting for a slot, always within <see cref="MinLimit"/> and <see cref="MaxLimit"/>.
/// </summary>
public sealed class AdaptiveConcurrencyOptions
{
    /// <summary>Calls in flight allowed before the endpoint has said anything. Default: 32 (the whole suite at k = 3 at once).</summary>
    public int InitialLimit { get; set; } = 32;

    /// <summary>The limit never falls below this. Default: 1.</summary>
    public int MinLimit { get; set; } = 1;

    /// <summary>The limit never grows beyond this. Default: 256.</summary>
    public int MaxLimit { get; set; } = 256;

    /// <summary>
    /// Multiplies the limit when the endpoint answers 429 or 503 or asks to retry later; once per overload (further
    /// rejections of calls admitted before the decrease do not decrease it again). Default: 0.5 (halve).
    /// </summary>
    public double DecreaseFactor { get; set; } = 0.5;

    /// <summary>Added to the limit after each successful call made while callers were waiting for a slot. Default: 1.</summary>
    public int IncreaseStep { get; set; } = 1;

    /// <summary>Clock for reading Retry-After dates. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (MinLimit is < 1 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MinLimit), MinLimit, "AdaptiveConcurrencyOptions.MinLimit must be between 1 and 1024.");
        }

        if (MaxLimit < MinLimit || MaxLimit > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxLimit), MaxLimit, $"AdaptiveConcurrencyOptions.MaxLimit must be between MinLimit ({MinLimit}) and 1024.");
        }

        if (InitialLimit < MinLimit || InitialLimit > MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialLimit), InitialLimit, $"AdaptiveConcurrencyOptions.InitialLimit must be between MinLimit ({MinLimit}) and MaxLimit ({MaxLimit}).");
        }

        if (!(DecreaseFactor is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(DecreaseFactor), DecreaseFactor, "AdaptiveConcurrencyOptions.DecreaseFactor must be greater than 0 and less than 1.");
        }

        if (IncreaseStep is < 1 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(IncreaseStep), IncreaseStep, "AdaptiveConcurrencyOptions.IncreaseStep must be between 1 and 1024.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }

    /// <summary>True when both set the same limits (the clock is not compared).</summary>
    internal bool SameLimitsAs(AdaptiveConcurrencyOptions other) =>
        InitialLimit == other.InitialLimit && MinLimit == other.MinLimit && MaxLimit == other.MaxLimit
        && DecreaseFactor.Equals(other.DecreaseFactor) && IncreaseStep == other.IncreaseStep;

    /// <summary>The limits, for messages.</summary>
    internal string Describe() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"InitialLimit {InitialLimit}, MinLimit {MinLimit}, MaxLimit {MaxLimit}, DecreaseFactor {DecreaseFactor}, IncreaseStep {IncreaseStep}");
}
