namespace RestateEvals;

/// <summary>The graded result of a case against a <see cref="GradingPolicy"/>.</summary>
public sealed record Verdict
{
    /// <summary>Passed, failed or inconclusive.</summary>
    public required VerdictStatus Status { get; init; }

    /// <summary>Per-criterion summary in rubric order (score = mean over the conclusive samples, with min and max); empty when inconclusive.</summary>
    public required IReadOnlyList<CriterionResult> Criteria { get; init; }

    /// <summary>The thresholds applied.</summary>
    public required GradingPolicy Policy { get; init; }

    /// <summary>Mean of the criterion scores (each a mean over samples); <see langword="null"/> when inconclusive.</summary>
    public double? Mean { get; init; }

    /// <summary>Lowest criterion score; <see langword="null"/> when inconclusive.</summary>
    public double? Minimum { get; init; }

    /// <summary>Why the case is inconclusive; <see langword="null"/> otherwise.</summary>
    public string? Problem { get; init; }

    /// <summary>Why the case is inconclusive, as a value; <see langword="null"/> otherwise.</summary>
    public InconclusiveReason? Reason { get; init; }

    /// <summary>The judge's raw output behind an inconclusive verdict, for diagnosis.</summary>
    public string? RawJudgeText { get; init; }

    /// <summary>Each sample's own verdict by the grading rule, in sample order; empty when nothing was judged.</summary>
    public IReadOnlyList<SampleVerdict> Samples { get; init; } = [];

    /// <summary>How many samples passed by the grading rule on their own.</summary>
    public int SamplesPassed => Samples.Count(s => s.Passed);

    /// <summary>Share of samples (inconclusive ones included) that passed on their own, 0-1; <see langword="null"/> when no sample was graded.</summary>
    public double? PassRate => Samples.Count == 0 ? null : (double)SamplesPassed / Samples.Count;

    /// <summary>True only for <see cref="VerdictStatus.Passed"/>.</summary>
    public bool Passed => Status == VerdictStatus.Passed;
}
