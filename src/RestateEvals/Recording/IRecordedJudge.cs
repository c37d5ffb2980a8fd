namespace RestateEvals;

/// <summary>A judge whose model calls may be recorded: the recordings <see cref="EvalRunner"/> drops for a case that did not pass.</summary>
internal interface IRecordedJudge
{
    /// <summary>The record/replay stores behind this judge (and the judges it wraps); empty when none.</summary>
    IEnumerable<IEvalRecording> Recordings { get; }
}
