namespace RestateEvals;

/// <summary>How much damage the wrong advice in an <see cref="EvalCase"/> does.</summary>
public enum Severity
{
    /// <summary>Wrong advice corrupts data or breaks correctness.</summary>
    Critical,

    /// <summary>Wrong advice causes outages, stuck keys or failed deployments.</summary>
    High,

    /// <summary>Wrong advice wastes effort or misleads the design.</summary>
    Medium,

    /// <summary>Wrong advice is imprecise or incomplete but does little harm.</summary>
    Low,
}
