using System.Reflection;
using System.Security.Cryptography;

namespace RestateEvals.Execution;

/// <summary>
/// The sandbox's npm project in the per-user cache: the embedded <c>package.json</c>, <c>package-lock.json</c> and
/// runtime scripts, installed with <c>npm ci</c> on first use. One folder per content hash, so a new package version
/// gets its own; installed into a staging folder and moved into place, so concurrent test runs never see half an install.
/// </summary>
internal sealed class SandboxInstallation
{
    private const string Prefix = "RestateEvals.Execution.node.";

    private SandboxInstallation(string root, string node, Version nodeVersion)
    {
        Root = root;
        Node = node;
        NodeVersion = nodeVersion;
    }

    /// <summary>The installed project: <c>package.json</c>, <c>node_modules</c>, the runtime scripts.</summary>
    public string Root { get; }

    public string Node { get; }

    public Version NodeVersion { get; }

    public string NodeModules => Path.Combine(Root, "node_modules");

    /// <summary>Where each run of an agent's code gets its own folder (inside the project, so its imports resolve to <see cref="NodeModules"/>).</summary>
    public string RunsDirectory => Path.Combine(Root, "runs");

    /// <summary>The restate-server binary of this platform (from its optional npm package).</summary>
    public string ServerBinary
    {
        get
        {
            var restatedev = Path.Combine(NodeModules, "@restatedev");
            var binary = Directory.Exists(restatedev)
                ? Directory.EnumerateDirectories(restatedev, "restate-server-*")
                    .Select(d => Path.Combine(d, "bin", OperatingSystem.IsWindows() ? "restate-server.exe" : "restate-server"))
                    .FirstOrDefault(File.Exists)
                : null;
            return binary ?? throw new SandboxUnavailableException($"No restate-server binary for this platform under {restatedev} (npm installs it from an optional package: @restatedev/restate-server-<os>-<arch>).");
        }
    }

    /// <summary>Checks Node and npm, and installs the project unless this version is already in the cache.</summary>
    public static async Task<SandboxInstallation> EnsureAsync(SandboxOptions options, CancellationToken cancellationToken)
    {
        var node = NodeTools.Require("node");
        var version = await NodeTools.RequireVersionAsync(node, cancellationToken).ConfigureAwait(false);
        var files = EmbeddedFiles();
        var root = Path.Combine(options.ResolveCacheDirectory(), Hash(files));
        var installation = new SandboxInstallation(root, node, version);
        if (File.Exists(Path.Combine(root, ".installed")))
        {
            installation.RemoveStaleRuns();
            return installation;
        }

        var npm = NodeTools.Require("npm");
        var staging = root + ".staging-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var (name, content) in files)
            {
                await File.WriteAllBytesAsync(Path.Combine(staging, name), content, cancellationToken).ConfigureAwait(false);
            }

            var (exitCode, output) = await NodeTools.RunAsync(npm, ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], staging, options.StartTimeout, cancellationToken, inheritEnvironment: true).ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw new SandboxUnavailableException($"'npm ci' of the sandbox packages failed (exit {exitCode}) in {staging}:\n{output}");
            }

            await File.WriteAllTextAsync(Path.Combine(staging, ".installed"), DateTimeOffset.UtcNow.ToString("O"), cancellationToken).ConfigureAwait(false);
            try
            {
                Directory.Move(staging, root);
            }
            catch (IOException) when (File.Exists(Path.Combine(root, ".installed")))
            {
                // Another run installed the same version first; use that one.
            }
        }
        finally
        {
            TryDelete(staging);
        }

        return File.Exists(Path.Combine(root, ".installed"))
            ? installation
            : throw new SandboxUnavailableException($"The sandbox packages could not be moved into {root}.");
    }

    /// <summary>Deletes run folders older than an hour: left by a test host that was killed (a run lasts at most <see cref="SandboxOptions.TimeLimit"/>).</summary>
    private void RemoveStaleRuns()
    {
        if (!Directory.Exists(RunsDirectory))
        {
            return;
        }

        foreach (var run in Directory.EnumerateDirectories(RunsDirectory).Where(d => Directory.GetLastWriteTimeUtc(d) < DateTime.UtcNow.AddHours(-1)))
        {
            TryDelete(run);
        }
    }

    /// <summary>The embedded npm project and runtime files, by file name.</summary>
    internal static IReadOnlyList<(string Name, byte[] Content)> EmbeddedFiles()
    {
        var assembly = typeof(SandboxInstallation).Assembly;
        return [.. assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(n => (n[Prefix.Length..], Read(assembly, n)))];
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next run's clean-up; nothing depends on it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    private static string Hash(IReadOnlyList<(string Name, byte[] Content)> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, content) in files)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            sha.AppendData(content);
        }

        return "v" + Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
