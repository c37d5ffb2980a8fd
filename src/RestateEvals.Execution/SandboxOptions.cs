namespace RestateEvals.Execution;

/// <summary>Where and how the Restate sandbox runs an agent's code. Plain settings with documented defaults; validated on use.</summary>
public sealed class SandboxOptions
{
    /// <summary>
    /// Where the sandbox's npm packages (restate-server, the Restate SDK, TypeScript, pinned by the package's own lock
    /// file) are installed with <c>npm ci</c> on first use, one folder per lock-file version. Default: the
    /// <c>RESTATEEVALS_EXECUTION_CACHE</c> environment variable, else <c>restateevals/execution</c> under the per-user
    /// cache folder (<c>$XDG_CACHE_HOME</c> or <c>~/.cache</c>; <c>%LOCALAPPDATA%</c> on Windows), or, when that cannot
    /// be created, <c>restateevals-{user}/execution</c> under the temp folder.
    /// </summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Heap cap of the Node process that runs the agent's code (<c>--max-old-space-size</c>), 32 to 4096 MB. Default: 256.</summary>
    public int MemoryLimitMegabytes { get; set; } = 256;

    /// <summary>Wall-clock limit of one run of the agent's code (type-check, serve, scenario); past it the process is killed and the execution fails. Default: 90 seconds.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Time allowed to install the packages (first use only) and start restate-server. Default: 5 minutes.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The most a run's folder (the module, its transpiled form and the <c>tmp/</c> folder, the only place the code may
    /// write) may hold, 1 to 4096 MB. It is checked while the code runs (on every change the file system reports and
    /// every 100 ms) and at the end; past it the endpoint process is killed and the execution fails with the reason. On
    /// Linux and macOS no single file can grow past it either (the process's file-size limit, <c>ulimit -f</c>: a write
    /// beyond it fails with <c>EFBIG</c>).
    /// </summary>
    /// <value>Default: 64.</value>
    public int MaxRunFolderMegabytes { get; set; } = 64;

    /// <summary>
    /// The most files and folders a run's folder may hold, 10 to 1,000,000; checked like
    /// <see cref="MaxRunFolderMegabytes"/>, and a breach fails the execution the same way.
    /// </summary>
    /// <value>Default: 1000.</value>
    public int MaxRunFolderFiles { get; set; } = 1000;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (MemoryLimitMegabytes is < 32 or > 4096)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryLimitMegabytes), MemoryLimitMegabytes, "SandboxOptions.MemoryLimitMegabytes must be between 32 and 4096.");
        }

        if (TimeLimit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeLimit), TimeLimit, "SandboxOptions.TimeLimit must be positive.");
        }

        if (StartTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(StartTimeout), StartTimeout, "SandboxOptions.StartTimeout must be positive.");
        }

        if (MaxRunFolderMegabytes is < 1 or > 4096)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRunFolderMegabytes), MaxRunFolderMegabytes, "SandboxOptions.MaxRunFolderMegabytes must be between 1 and 4096.");
        }

        if (MaxRunFolderFiles is < 10 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRunFolderFiles), MaxRunFolderFiles, "SandboxOptions.MaxRunFolderFiles must be between 10 and 1,000,000.");
        }
    }

    /// <summary>
    /// The cache folder in effect, created: <see cref="CacheDirectory"/> or the environment variable (an error when it
    /// cannot be created), else the per-user default, or, when that cannot be created (a read-only or missing home
    /// folder), a folder of this user's under the temp folder.
    /// </summary>
    internal string ResolveCacheDirectory()
    {
        var configured = !string.IsNullOrWhiteSpace(CacheDirectory) ? CacheDirectory
            : Environment.GetEnvironmentVariable("RESTATEEVALS_EXECUTION_CACHE") is { Length: > 0 } fromEnvironment ? fromEnvironment
            : null;
        if (configured is not null)
        {
            return Directory.CreateDirectory(Path.GetFullPath(configured)).FullName;
        }

        var root = OperatingSystem.IsWindows()
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        try
        {
            return Directory.CreateDirectory(Path.Combine(root, "restateevals", "execution")).FullName;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "restateevals-" + Environment.UserName, "execution")).FullName;
        }
    }
}
