using System.Globalization;
using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// Advisory flags for the person reviewing an answer, never a verdict: per criterion, whether the case file's evidence
/// patterns appear stated (<see cref="ChecklistSignal.Stated"/>), a red-flag pattern appears recommended or stated
/// (<see cref="ChecklistSignal.RedFlag"/>), or neither can be read (<see cref="ChecklistSignal.Unclear"/>).
/// </summary>
/// <remarks>
/// Patterns read wording, not meaning: measured, they passed wrong answers (a synonym, one wrong paragraph, code that
/// contradicts the prose) and flagged right ones (a red-flag phrase in a correct sentence). So the flags appear in
/// snapshots for review and never pass or fail a sample; only an LLM judge, a panel or a person decides.
/// </remarks>
public static class Checklist
{
    /// <summary>The checklist's advisory finding on every criterion of <paramref name="evalCase"/>.</summary>
    public static IReadOnlyList<ChecklistFinding> Review(EvalCase evalCase, string answer)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        return [.. evalCase.Criteria.Select(c => Review(c, answer))];
    }

    /// <summary>
    /// Reads one criterion: a red flag when one is affirmed; unclear on a red flag it cannot read; otherwise stated when
    /// at least half of the evidence patterns are, and unclear below that.
    /// </summary>
    public static ChecklistFinding Review(Criterion criterion, string answer)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(answer);
        try
        {
            return Decide(criterion, answer);
        }
        catch (RegexMatchTimeoutException ex)
        {
            return Unsure(criterion, $"the pattern /{ex.Pattern}/ timed out on this answer.", string.Empty);
        }
    }

    private static ChecklistFinding Decide(Criterion criterion, string answer)
    {
        var evidence = criterion.Evidence.Select(p => (Pattern: p, Readings: ChecklistPatterns.Get(p).Matches(answer)
            .Select(m => (m.Value, m.Index, m.Length, ClauseReader.Read(answer, m.Index, m.Length).Polarity)).ToList())).ToList();
        (string Quote, string Why)? unreadable = null;
        foreach (var flag in criterion.RedFlags)
        {
            foreach (var match in ChecklistPatterns.Get(flag).Matches(answer))
            {
                var reading = ClauseReader.Read(answer, match.Index, match.Length);
                switch (reading.Polarity)
                {
                    case Polarity.Affirmed when !evidence.Any(e => e.Readings.Any(r => r.Polarity == Polarity.Affirmed && r.Index < reading.ClauseEnd && r.Index + r.Length > reading.ClauseStart)):
                        return new ChecklistFinding(criterion.Id, ChecklistSignal.RedFlag, $"Red flag: \"{match.Value}\" recommends or states what this criterion rules out.", match.Value);
                    case Polarity.Affirmed:
                        unreadable ??= (match.Value, "its clause also states this criterion's evidence");
                        break;
                    case Polarity.Hedged:
                        unreadable ??= (match.Value, "it is hedged, with no contrast after it");
                        break;
                    case Polarity.Undecided:
                        unreadable ??= (match.Value, "its clause has more than one negation");
                        break;
                }
            }
        }

        if (unreadable is { } flagged)
        {
            return Unsure(criterion, $"\"{flagged.Quote}\" matches a red flag, but {flagged.Why}.", flagged.Quote);
        }

        if (criterion.Evidence.Count == 0)
        {
            return Unsure(criterion, "the case file lists no evidence patterns for this criterion.", string.Empty);
        }

        var found = new List<string>();
        var missing = new List<string>();
        var negated = new List<string>();
        foreach (var (pattern, readings) in evidence)
        {
            var stated = readings.FirstOrDefault(r => r.Polarity is Polarity.Affirmed or Polarity.Hedged);
            if (stated.Value is not null)
            {
                found.Add(stated.Value);
            }
            else
            {
                (readings.Any(r => r.Polarity is Polarity.Negated or Polarity.Undecided) ? negated : missing).Add($"/{pattern}/");
            }
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"States {found.Count} of {criterion.Evidence.Count} expected points")
            + (missing.Count > 0 ? $"; missing {string.Join(", ", missing)}" : string.Empty)
            + (negated.Count > 0 ? $"; only negated or unreadable: {string.Join(", ", negated)}" : string.Empty) + ".";
        var quote = found.Count > 0 ? found[0] : string.Empty;
        return found.Count > 0 && found.Count * 2 >= criterion.Evidence.Count
            ? new ChecklistFinding(criterion.Id, ChecklistSignal.Stated, summary + " No red flags.", quote)
            : Unsure(criterion, summary, quote);
    }

    private static ChecklistFinding Unsure(Criterion criterion, string why, string quote) =>
        new(criterion.Id, ChecklistSignal.Unclear, "Unclear: " + why, quote);
}
