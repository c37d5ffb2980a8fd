namespace RestateEvals.Tests;

/// <summary>A fresh directory under the temp folder, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix) => Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"restateevals-{prefix}-{Guid.NewGuid():N}");

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
