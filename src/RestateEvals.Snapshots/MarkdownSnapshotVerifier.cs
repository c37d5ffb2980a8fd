using System.Text;
using DiffEngine;

namespace RestateEvals.Snapshots;

/// <summary>
/// Verify-style snapshots: the run writes <c>*.received.md</c>; a matching <c>*.verified.md</c> passes and the received
/// file is deleted; a difference is left for review, explained with an inline diff and opened in the user's diff tool
/// (except on CI). Accept by renaming received to verified, or with <see cref="SnapshotOptions.AutoAccept"/>.
/// </summary>
public sealed class MarkdownSnapshotVerifier(SnapshotOptions? options = null) : ISnapshotVerifier
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly SnapshotOptions _options = options ?? new SnapshotOptions();

    /// <inheritdoc />
    public SnapshotMode Mode => _options.Mode;

    /// <inheritdoc />
    public string? ReadVerified(SnapshotName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return File.Exists(name.VerifiedPath) ? Normalize(File.ReadAllText(name.VerifiedPath, Utf8)) : null;
    }

    /// <inheritdoc />
    public async Task<string?> VerifyAsync(SnapshotName name, string content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var received = Normalize(content);
        var verified = ReadVerified(name);
        if (verified == received)
        {
            File.Delete(name.ReceivedPath);
            return null;
        }

        Directory.CreateDirectory(name.Directory);
        if (_options.AutoAccept)
        {
            await File.WriteAllTextAsync(name.VerifiedPath, received, Utf8, cancellationToken).ConfigureAwait(false);
            File.Delete(name.ReceivedPath);
            return null;
        }

        await File.WriteAllTextAsync(name.ReceivedPath, received, Utf8, cancellationToken).ConfigureAwait(false);
        if (_options.LaunchDiffTool && _options.Mode == SnapshotMode.Strict && !OnBuildServer())
        {
            await DiffRunner.LaunchAsync(name.ReceivedPath, name.VerifiedPath).ConfigureAwait(false);
        }

        var what = verified is null ? $"New snapshot {name.Stem}: no verified file yet." : $"Snapshot {name.Stem} differs from the verified file.";
        return $"{what}\nReceived: {name.ReceivedPath}\nVerified: {name.VerifiedPath}\n"
            + "Review it, then accept by renaming the received file to .verified.md (or run with RESTATEEVALS_ACCEPT_SNAPSHOTS=true).\n"
            + (verified is null ? string.Empty : "\n" + InlineDiff.Render(verified, received, _options.ContextLines));
    }

    private static bool OnBuildServer() =>
        BuildServerDetector.Detected || DiffRunner.Disabled || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    private static string Normalize(string text) => (text ?? string.Empty).ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}
