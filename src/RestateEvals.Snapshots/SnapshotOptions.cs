namespace RestateEvals.Snapshots;

/// <summary>How <see cref="MarkdownSnapshotVerifier"/> treats differences.</summary>
public sealed class SnapshotOptions
{
    /// <summary>Accept every received snapshot as verified (opt-in, e.g. after reviewing a model upgrade). Default: the environment variable RESTATEEVALS_ACCEPT_SNAPSHOTS is "true".</summary>
    public bool AutoAccept { get; set; } = string.Equals(Environment.GetEnvironmentVariable("RESTATEEVALS_ACCEPT_SNAPSHOTS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Open the user's diff tool (DiffEngine) on a difference. Never on a build server or when CI is set. Default: true.</summary>
    public bool LaunchDiffTool { get; set; } = true;

    /// <summary>Lines of unchanged context shown around each change in the inline diff. Default: 2.</summary>
    public int ContextLines { get; set; } = 2;
}
