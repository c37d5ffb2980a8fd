namespace RestateEvals;

/// <summary>The outcome of running an agent's code against a scenario.</summary>
/// <param name="Status">Passed, failed or inconclusive.</param>
/// <param name="Summary">One sentence: what held, or the first thing that went wrong; the reason of the <see cref="ExecutionCriterion"/>.</param>
/// <param name="Code">The code that was run (or that failed to compile); <see langword="null"/> when the reply had none.</param>
/// <param name="Observations">What the scenario observed, in order, without timings (so snapshots stay stable).</param>
public sealed record ExecutionResult(ExecutionStatus Status, string Summary, string? Code, IReadOnlyList<string> Observations)
{
    /// <summary>Wall time of the check (compile, serve, scenario; not the wait for an earlier run of the same task); not part of snapshots.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>An inconclusive result: nothing ran, for <paramref name="reason"/>.</summary>
    public static ExecutionResult Inconclusive(string reason, string? code = null) => new(ExecutionStatus.Inconclusive, reason, code, []);

    /// <summary>Equal when every field is, observations compared item by item.</summary>
    public bool Equals(ExecutionResult? other) =>
        other is not null && Status == other.Status && Summary == other.Summary && Code == other.Code && Elapsed == other.Elapsed && Observations.SequenceEqual(other.Observations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Summary, Code, Observations.Count);
}
