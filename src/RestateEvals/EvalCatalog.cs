using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestateEvals;

/// <summary>The nine Virtual Objects and State cases, loaded from the JSON files embedded in this assembly.</summary>
public static class EvalCatalog
{
    private static readonly Lazy<IReadOnlyList<EvalCase>> Cases = new(Load);

    /// <summary>Options used to read case files: camelCase, enums as strings, comments allowed.</summary>
    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>All cases, ordered by id.</summary>
    public static IReadOnlyList<EvalCase> All => Cases.Value;

    /// <summary>The case with <paramref name="id"/> (e.g. <c>VOS-01</c>).</summary>
    /// <exception cref="KeyNotFoundException">No case has that id.</exception>
    public static EvalCase Get(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException($"No eval case '{id}'. Known: {string.Join(", ", All.Select(c => c.Id))}.");
    }

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
