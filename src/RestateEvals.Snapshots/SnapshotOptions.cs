namespace RestateEvals.Snapshots;

/// <summary>How <see cref="MarkdownSnapshotVerifier"/> treats differences.</summary>
public sealed class SnapshotOptions
{
    /// <summary>Accept every received snapshot as verified (opt-in, e.g. after reviewing a model upgrade). Default: the environment variable RESTATEEVALS_ACCEPT_SNAPSHOTS is "true".</summary>
    public bool AutoAccept { get; set; } = string.Equals(Environment.GetEnvironmentVariable("RESTATEEVALS_ACCEPT_SNAPSHOTS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// What a new or changed answer does to the test: <see cref="SnapshotMode.Review"/> (never fails it; the received
    /// file stays for review), <see cref="SnapshotMode.Strict"/> (fails it) or <see cref="SnapshotMode.Off"/>.
    /// Default: the environment variable RESTATEEVALS_SNAPSHOT_MODE (review, strict or off), else Review.
    /// </summary>
    public SnapshotMode Mode { get; set; } = Enum.TryParse<SnapshotMode>(Environment.GetEnvironmentVariable("RESTATEEVALS_SNAPSHOT_MODE"), ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode : SnapshotMode.Review;

    /// <summary>Open the user's diff tool (DiffEngine) on a difference, in <see cref="SnapshotMode.Strict"/> only (in Review every changed answer would open one). Never on a build server or when CI is set. Default: true.</summary>
    public bool LaunchDiffTool { get; set; } = true;

    /// <summary>Lines of unchanged context shown around each change in the inline diff. Default: 2.</summary>
    public int ContextLines { get; set; } = 2;
}
