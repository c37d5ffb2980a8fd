namespace RestateEvals;

/// <summary>
/// Compares a rendered snapshot with its verified copy. The seam for snapshot tooling: RestateEvals.Snapshots ships a
/// Markdown implementation in Verify's file conventions; a Verify adapter can replace it.
/// </summary>
public interface ISnapshotVerifier
{
    /// <summary>What a difference does to the test: <see cref="SnapshotMode.Strict"/> unless the implementation says otherwise.</summary>
    SnapshotMode Mode => SnapshotMode.Strict;

    /// <summary>The verified snapshot's text, or <see langword="null"/> when there is none.</summary>
    string? ReadVerified(SnapshotName name);

    /// <summary>Passes when <paramref name="content"/> matches the verified snapshot (or was accepted); otherwise returns the mismatch explanation and leaves the received file.</summary>
    Task<string?> VerifyAsync(SnapshotName name, string content, CancellationToken cancellationToken = default);
}
