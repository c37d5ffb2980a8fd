namespace RestateEvals;

/// <summary>What a changed answer does to a test. Set with <c>SnapshotOptions.Mode</c> or the environment variable RESTATEEVALS_SNAPSHOT_MODE (review, strict, off).</summary>
public enum SnapshotMode
{
    /// <summary>
    /// The default, fit for live models whose answers change from run to run: a new or changed answer never fails the
    /// test. The received file stays beside the test for review, and the test output and the report say "answer
    /// changed since verified" with the diff; the verdict alone decides pass or fail.
    /// </summary>
    Review,

    /// <summary>Any difference from the verified snapshot fails the test: for replayed (ReplayOnly) CI runs, where answers are deterministic.</summary>
    Strict,

    /// <summary>No snapshots are written or compared, and no verified verdict is reused.</summary>
    Off,
}
