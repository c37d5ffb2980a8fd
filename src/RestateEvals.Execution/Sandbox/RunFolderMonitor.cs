using System.Globalization;

namespace RestateEvals.Execution;

/// <summary>
/// Watches a run's folder against <see cref="SandboxOptions.MaxRunFolderMegabytes"/> and
/// <see cref="SandboxOptions.MaxRunFolderFiles"/>: measured on every change the file system reports in the folder and
/// its <c>tmp/</c> (where the code may write), every 100 ms, and when asked (<see cref="Check"/>, at the end of the
/// run). The first breach is recorded in <see cref="Breach"/>, cancels <see cref="Breached"/> and calls the action given
/// (which kills the endpoint); measuring stops there.
/// </summary>
internal sealed class RunFolderMonitor : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);
    private readonly string _directory;
    private readonly long _maxBytes;
    private readonly int _maxMegabytes;
    private readonly int _maxEntries;
    private readonly Action _onBreach;
    private readonly CancellationTokenSource _breached = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private int _measuring;
    private int _again;
    private string? _breach;

    public RunFolderMonitor(string directory, int maxMegabytes, int maxEntries, Action onBreach)
    {
        _directory = directory;
        _maxMegabytes = maxMegabytes;
        _maxBytes = maxMegabytes * 1024L * 1024L;
        _maxEntries = maxEntries;
        _onBreach = onBreach;
        foreach (var folder in new[] { directory, Path.Combine(directory, "tmp") })
        {
            try
            {
                // One level each (not recursive: a module must not be able to make us add a watch per folder it creates);
                // deeper writes are found by the timer.
                var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Size | NotifyFilters.LastWrite };
                watcher.Changed += (_, _) => Measure();
                watcher.Created += (_, _) => Measure();
                watcher.Renamed += (_, _) => Measure();
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
            {
                // No watches left (inotify limits): the timer alone measures.
            }
        }

        _timer = new Timer(_ => Measure(), null, Period, Period);
    }

    /// <summary>The first breach, e.g. "the run folder exceeded the sandbox's cap of 64 MB ...", or <see langword="null"/>.</summary>
    public string? Breach => Volatile.Read(ref _breach);

    /// <summary>Cancelled at the first breach.</summary>
    public CancellationToken Breached => _breached.Token;

    /// <summary>Measures the folder now (also while the timer or a watch measures it); returns the breach, if any.</summary>
    public string? Check()
    {
        if (Breach is null)
        {
            MeasureOnce();
        }

        return Breach;
    }

    public void Dispose()
    {
        _timer.Dispose();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _breached.Dispose();
    }

    /// <summary>The folder's size in bytes and its number of files and folders; stops counting one entry past <paramref name="maxEntries"/>.</summary>
    internal static (long Bytes, int Entries) Measure(string directory, int maxEntries)
    {
        long bytes = 0;
        var entries = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0, ReturnSpecialDirectories = false };
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options))
        {
            entries++;
            if (entry is FileInfo file)
            {
                bytes += file.Length;
            }

            if (entries > maxEntries)
            {
                break;
            }
        }

        return (bytes, entries);
    }

    private void Measure()
    {
        if (Breach is not null)
        {
            return;
        }

        // One measurement at a time; a change reported meanwhile is measured right after.
        Volatile.Write(ref _again, 1);
        if (Interlocked.Exchange(ref _measuring, 1) == 1)
        {
            return;
        }

        try
        {
            while (Interlocked.Exchange(ref _again, 0) == 1 && Breach is null)
            {
                MeasureOnce();
            }
        }
        finally
        {
            Volatile.Write(ref _measuring, 0);
        }
    }

    private void MeasureOnce()
    {
        long bytes;
        int entries;
        try
        {
            (bytes, entries) = Measure(_directory, _maxEntries);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return; // The folder is being deleted, or an entry vanished: the next round measures again.
        }

        string? breach = null;
        if (bytes > _maxBytes)
        {
            breach = string.Create(CultureInfo.InvariantCulture, $"the run folder outgrew the sandbox's cap of {_maxMegabytes} MB (SandboxOptions.MaxRunFolderMegabytes): it held {bytes / (1024.0 * 1024.0):0.#} MB when the endpoint was stopped");
        }
        else if (entries > _maxEntries)
        {
            breach = string.Create(CultureInfo.InvariantCulture, $"the run folder outgrew the sandbox's cap of {_maxEntries} files (SandboxOptions.MaxRunFolderFiles): it held more than {_maxEntries} files and folders when the endpoint was stopped");
        }

        if (breach is null || Interlocked.CompareExchange(ref _breach, breach, null) is not null)
        {
            return;
        }

        _onBreach();
        try
        {
            _breached.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run is over.
        }
    }
}
