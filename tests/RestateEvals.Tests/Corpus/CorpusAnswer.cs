using System.Text.Json;

namespace RestateEvals.Tests.Corpus;

/// <summary>One labelled answer of the regression corpus (<c>answers.json</c>, written without sight of the checklist patterns).</summary>
public sealed record CorpusAnswer(string Id, string CaseId, string Label, string Kind, string Why, string Text)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>A correct and complete answer: may be unsure, must (almost) never definitely fail.</summary>
    public bool IsGood => Label == "good";

    /// <summary>Every answer in the corpus file beside this type.</summary>
    public static IReadOnlyList<CorpusAnswer> All { get; } = Load();

    private static List<CorpusAnswer> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "answers.json");
        var answers = JsonSerializer.Deserialize<List<CorpusAnswer>>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException($"{path} is empty.");
        var unknown = answers.Where(a => a.Label is not ("good" or "bad")).Select(a => a.Id).ToList();
        return unknown.Count == 0 ? answers : throw new InvalidDataException($"{path}: labels must be 'good' or 'bad': {string.Join(", ", unknown)}.");
    }
}
