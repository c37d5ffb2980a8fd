using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// The directory of a test class's source file, where snapshots and reports belong: the compiler's
/// <c>[CallerFilePath]</c> when the class has a constructor that passes it; otherwise (a class that declares no
/// constructor) the file under the test project's directory that declares the class, found by walking up from the
/// test binaries to the project file; failing that, the project directory, then the current directory.
/// </summary>
internal static partial class SourceDirectory
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type Type, string CallerFilePath), string> Found = new();

    /// <summary>The directory, found once per suite type (xUnit creates an instance per test; the search reads the project's sources).</summary>
    public static string Of(Type type, string callerFilePath) => Found.GetOrAdd((type, callerFilePath), key => Find(key.Type, key.CallerFilePath));

    private static string Find(Type type, string callerFilePath)
    {
        var directory = Path.GetDirectoryName(callerFilePath);
        if (directory is { Length: > 0 } && Directory.Exists(directory))
        {
            return directory;
        }

        var project = ProjectDirectory(type);
        if (project is null)
        {
            return Environment.CurrentDirectory;
        }

        var declaration = new Regex(@"\b(?:class|record)\s+" + Regex.Escape(type.Name) + @"\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var file = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(project, f))
            .FirstOrDefault(f => declaration.IsMatch(File.ReadAllText(f)));
        return file is null ? project : Path.GetDirectoryName(file)!;
    }

    private static string? ProjectDirectory(Type type)
    {
        var assemblyName = type.Assembly.GetName().Name;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, assemblyName + ".csproj")) || directory.EnumerateFiles("*.csproj").Any())
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static bool IsBuildOutput(string project, string file)
    {
        var relative = Path.GetRelativePath(project, file).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal);
    }
}
