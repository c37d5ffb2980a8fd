using System.Text.RegularExpressions;
using Microsoft.Extensions.Caching.Distributed;

namespace RestateEvals;

/// <summary>
/// A persistent <see cref="IDistributedCache"/>: one file per entry in a directory (commit it to share recordings).
/// Expiration options are ignored: recordings live until deleted. Safe across processes sharing the directory: an
/// entry is read once (a file deleted meanwhile is a miss), written to a temporary file in the <c>.tmp</c> subfolder
/// (ignored by git through its own <c>.gitignore</c>) and moved into place atomically; temporary files left by a
/// crashed process are removed when the cache is created.
/// </summary>
internal sealed partial class FileDistributedCache : IDistributedCache
{
    /// <summary>Temporary files older than this are left-overs of a crash and removed at start.</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    private readonly string _directory;
    private readonly string _temporaryDirectory;

    /// <summary>Stores entries under <paramref name="directory"/>, creating it when needed.</summary>
    public FileDistributedCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = Path.GetFullPath(directory);
        _temporaryDirectory = Path.Combine(_directory, ".tmp");
        Directory.CreateDirectory(_temporaryDirectory);
        var ignore = Path.Combine(_temporaryDirectory, ".gitignore");
        if (!File.Exists(ignore))
        {
            TryIgnore(() => File.WriteAllText(ignore, "*\n"));
        }

        RemoveLeftovers();
    }

    /// <inheritdoc />
    public byte[]? Get(string key)
    {
        try
        {
            return File.ReadAllBytes(FileOf(key));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        try
        {
            return await File.ReadAllBytesAsync(FileOf(key), token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        var temporary = TemporaryFile();
        File.WriteAllBytes(temporary, value);
        File.Move(temporary, FileOf(key), overwrite: true);
    }

    /// <inheritdoc />
    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        var temporary = TemporaryFile();
        try
        {
            await File.WriteAllBytesAsync(temporary, value, token).ConfigureAwait(false);
            File.Move(temporary, FileOf(key), overwrite: true);
        }
        finally
        {
            TryIgnore(() => File.Delete(temporary));
        }
    }

    /// <inheritdoc />
    public void Refresh(string key)
    {
    }

    /// <inheritdoc />
    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    /// <inheritdoc />
    public void Remove(string key) => File.Delete(FileOf(key));

    /// <inheritdoc />
    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        File.Delete(FileOf(key));
        return Task.CompletedTask;
    }

    /// <summary>The file that holds <paramref name="key"/>'s entry.</summary>
    internal string FileOf(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Path.Combine(_directory, Unsafe().Replace(key, "_") + ".json");
    }

    private string TemporaryFile() => Path.Combine(_temporaryDirectory, Guid.NewGuid().ToString("N") + ".tmp");

    private void RemoveLeftovers()
    {
        var cutoff = TimeProvider.System.GetUtcNow().UtcDateTime - StaleAfter;
        foreach (var file in Directory.EnumerateFiles(_directory, "*.tmp").Concat(Directory.EnumerateFiles(_temporaryDirectory, "*.tmp")))
        {
            // Older versions wrote "<entry>.json.<guid>.tmp" beside the entries; both kinds are only ever left by a crash once stale.
            if (File.GetLastWriteTimeUtc(file) < cutoff || Path.GetDirectoryName(file) == _directory)
            {
                TryIgnore(() => File.Delete(file));
            }
        }
    }

    private static void TryIgnore(Action action)
    {
        try
        {
            action();
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex Unsafe();
}
