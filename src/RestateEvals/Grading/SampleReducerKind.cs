namespace RestateEvals;

/// <summary>How the verdicts of k samples become the case verdict; see <see cref="SampleReducer"/>.</summary>
public enum SampleReducerKind
{
    /// <summary>Every sample must pass by the grading rule (pass^k).</summary>
    AllSamplesPass,

    /// <summary>More than half of the samples must pass; a tie (1 of 2, 2 of 4) is not a majority.</summary>
    Majority,

    /// <summary>At least <see cref="SampleReducer.MinimumPasses"/> samples must pass.</summary>
    AtLeast,

    /// <summary>Each criterion's score is its mean over the samples, and the grading rule is applied to those means.</summary>
    MeanOfScores,
}
