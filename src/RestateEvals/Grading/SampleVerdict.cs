namespace RestateEvals;

/// <summary>The verdict on one sampled answer by the grading rule, before the <see cref="SampleReducer"/> combines the samples.</summary>
public sealed record SampleVerdict
{
    /// <summary>Sample index, 0..k-1.</summary>
    public required int Index { get; init; }

    /// <summary>Passed or failed by the rule, or inconclusive when the sample could not be scored.</summary>
    public required VerdictStatus Status { get; init; }

    /// <summary>The judge's scores in rubric order; empty when inconclusive.</summary>
    public required IReadOnlyList<JudgeScore> Scores { get; init; }

    /// <summary>Which judge scored the sample.</summary>
    public required string JudgeName { get; init; }

    /// <summary>Mean of the sample's criterion scores; <see langword="null"/> when inconclusive.</summary>
    public double? Mean { get; init; }

    /// <summary>The sample's lowest criterion score; <see langword="null"/> when inconclusive.</summary>
    public double? Minimum { get; init; }

    /// <summary>Why the sample is inconclusive; <see langword="null"/> otherwise.</summary>
    public string? Problem { get; init; }

    /// <summary>Why the sample is inconclusive, as a value; <see langword="null"/> otherwise.</summary>
    public InconclusiveReason? Reason { get; init; }

    /// <summary>The judge's raw output behind an inconclusive sample; <see langword="null"/> otherwise.</summary>
    public string? RawJudgeText { get; init; }

    /// <summary>True only for <see cref="VerdictStatus.Passed"/>.</summary>
    public bool Passed => Status == VerdictStatus.Passed;
}
