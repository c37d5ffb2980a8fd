namespace RestateEvals;

/// <summary>Outcome of grading a case.</summary>
public enum VerdictStatus
{
    /// <summary>The rubric was met.</summary>
    Passed,

    /// <summary>The rubric was scored and not met.</summary>
    Failed,

    /// <summary>The case could not be scored (agent or judge failure, unusable judge output). Never a pass.</summary>
    Inconclusive,
}
