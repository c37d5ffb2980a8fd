namespace RestateEvals;

/// <summary>What an inconclusive sample (agent failure, unusable judge output, judges that disagree) does to a case graded with k samples.</summary>
public enum InconclusiveSampleHandling
{
    /// <summary>The case is inconclusive (never a pass). The default.</summary>
    CaseInconclusive,

    /// <summary>
    /// The sample counts as a failed sample: it is never one of the passes the reducer needs, and under
    /// <see cref="SampleReducer.MeanOfScores"/> it fails the case.
    /// </summary>
    CountAsFailed,

    /// <summary>
    /// The sample is left out: the reducer sees only the conclusive samples (e.g. all of them must pass, a majority of
    /// them must pass).
    /// </summary>
    Ignore,
}
