using System.Text.RegularExpressions;
using Microsoft.Extensions.Caching.Distributed;

namespace RestateEvals;

/// <summary>
/// A persistent <see cref="IDistributedCache"/>: one file per entry in a directory (commit it to share recordings).
/// Expiration options are ignored: recordings live until deleted.
/// </summary>
public sealed partial class FileDistributedCache : IDistributedCache
{
    private readonly string _directory;

    /// <summary>Stores entries under <paramref name="directory"/>, creating it when needed.</summary>
    public FileDistributedCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(_directory);
    }

    /// <inheritdoc />
    public byte[]? Get(string key) => File.Exists(PathOf(key)) ? File.ReadAllBytes(PathOf(key)) : null;

    /// <inheritdoc />
    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        File.Exists(PathOf(key)) ? await File.ReadAllBytesAsync(PathOf(key), token).ConfigureAwait(false) : null;

    /// <inheritdoc />
    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        var temporary = PathOf(key) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, value);
        File.Move(temporary, PathOf(key), overwrite: true);
    }

    /// <inheritdoc />
    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        var temporary = PathOf(key) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, value, token).ConfigureAwait(false);
        File.Move(temporary, PathOf(key), overwrite: true);
    }

    /// <inheritdoc />
    public void Refresh(string key)
    {
    }

    /// <inheritdoc />
    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    /// <inheritdoc />
    public void Remove(string key) => File.Delete(PathOf(key));

    /// <inheritdoc />
    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Path.Combine(_directory, Unsafe().Replace(key, "_") + ".json");
    }

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex Unsafe();
}
