using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestateEvals;

/// <summary>
/// The nine Virtual Objects and State cases, loaded from the JSON files embedded in this assembly, and your own cases
/// read with <see cref="LoadFile"/> (same schema; <see cref="Get"/> finds them too).
/// </summary>
public static class EvalCatalog
{
    private static readonly Lazy<IReadOnlyList<EvalCase>> Cases = new(Load);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (EvalCase Case, string Path)> OwnCases = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Options used to read case files: camelCase, enums as strings, comments allowed.</summary>
    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>All cases, ordered by id.</summary>
    public static IReadOnlyList<EvalCase> All => Cases.Value;

    /// <summary>The case with <paramref name="id"/> (e.g. <c>VOS-01</c>, or one of your own cases read with <see cref="LoadFile"/>).</summary>
    /// <exception cref="KeyNotFoundException">No case has that id.</exception>
    public static EvalCase Get(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? (OwnCases.TryGetValue(id, out var own) ? own.Case : null)
            ?? throw new KeyNotFoundException($"No eval case '{id}'. Known: {string.Join(", ", All.Select(c => c.Id).Concat(OwnCases.Values.Select(o => o.Case.Id)))}.");
    }

    /// <summary>
    /// Reads every <paramref name="searchPattern"/> case file in <paramref name="directory"/> (relative to the
    /// application's base directory, or absolute), ordered by file name, with <see cref="LoadFile"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The folder has no case file, or a file is invalid (the message names the file and the field).</exception>
    public static IReadOnlyList<EvalCase> LoadDirectory(string directory, string searchPattern = "*.json")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var folder = System.IO.Path.IsPathRooted(directory) ? directory : System.IO.Path.Combine(AppContext.BaseDirectory, directory);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, searchPattern).Order(StringComparer.Ordinal).ToList() : [];
        return files.Count == 0
            ? throw new InvalidDataException($"{folder}: no case files ({searchPattern}). Add them to the test project with <None Include=\"{directory}/*.json\" CopyToOutputDirectory=\"PreserveNewest\" />.")
            : [.. files.Select(LoadFile)];
    }

    /// <summary>
    /// Reads and validates your own case file (the schema of the shipped <c>VOS-0N.json</c> files) and makes it known
    /// to <see cref="Get"/>. A problem names the file and the field. Reading the same file again returns the same case;
    /// an id that is already taken (by a shipped case or another file) is an error.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is missing, malformed or incomplete, or its id is taken.</exception>
    public static EvalCase LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new InvalidDataException($"{full}: case file not found.");
        }

        var evalCase = Parse(File.ReadAllText(full), full);
        if (All.Any(c => string.Equals(c.Id, evalCase.Id, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidDataException($"{full}: id '{evalCase.Id}' is a shipped case; give your case its own id.");
        }

        var known = OwnCases.GetOrAdd(evalCase.Id, (evalCase, full));
        return string.Equals(known.Path, full, StringComparison.Ordinal)
            ? known.Case
            : throw new InvalidDataException($"{full}: id '{evalCase.Id}' is already used by {known.Path}.");
    }

    /// <summary>The file your own case <paramref name="id"/> was read from; <see langword="null"/> for a shipped or unknown case.</summary>
    internal static string? PathOf(string id) => OwnCases.TryGetValue(id, out var own) ? own.Path : null;

    /// <summary>Reads and validates one case file.</summary>
    public static EvalCase Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        EvalCase? evalCase;
        try
        {
            evalCase = JsonSerializer.Deserialize<EvalCase>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: not a valid case file: {ex.Message}", ex);
        }

        _ = evalCase ?? throw new InvalidDataException($"{source}: empty case file.");
        EvalCaseValidator.Validate(evalCase, source);
        return evalCase;
    }

    private static IReadOnlyList<EvalCase> Load()
    {
        var assembly = typeof(EvalCatalog).Assembly;
        var cases = new List<EvalCase>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("RestateEvals.Cases.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            cases.Add(Parse(reader.ReadToEnd(), name));
        }

        return [.. cases.OrderBy(c => c.Id, StringComparer.Ordinal)];
    }
}
