namespace RestateEvals;

/// <summary>The graded result of a case against a <see cref="GradingPolicy"/>.</summary>
public sealed record Verdict
{
    /// <summary>Passed, failed or inconclusive.</summary>
    public required VerdictStatus Status { get; init; }

    /// <summary>Per-criterion scores in rubric order; empty when inconclusive.</summary>
    public required IReadOnlyList<CriterionResult> Criteria { get; init; }

    /// <summary>The thresholds applied.</summary>
    public required GradingPolicy Policy { get; init; }

    /// <summary>Mean of the criterion scores; <see langword="null"/> when inconclusive.</summary>
    public double? Mean { get; init; }

    /// <summary>Lowest criterion score; <see langword="null"/> when inconclusive.</summary>
    public double? Minimum { get; init; }

    /// <summary>Why the case is inconclusive; <see langword="null"/> otherwise.</summary>
    public string? Problem { get; init; }

    /// <summary>The judge's raw output behind an inconclusive verdict, for diagnosis.</summary>
    public string? RawJudgeText { get; init; }

    /// <summary>True only for <see cref="VerdictStatus.Passed"/>.</summary>
    public bool Passed => Status == VerdictStatus.Passed;
}
