using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// A deterministic, offline judge that knows when it does not know. Per criterion it decides <em>met</em> (the case
/// file's evidence patterns are stated, not negated), <em>not met</em> (a red flag is recommended or stated) or
/// <em>unsure</em> (too little evidence, or a clause it cannot read: two negations, a hedge, a clause matching both
/// evidence and a red flag). Negation and recommendation are read per clause, on both sides of a match
/// (<see cref="ClauseReader"/>). An answer with any unsure criterion and no definite failure is inconclusive, never
/// passed. It checks wording, not understanding: use it offline and as a pre-screen, not as the grade of record.
/// </summary>
public sealed class ChecklistJudge : IJudge
{
    /// <summary>The name reported as <see cref="JudgeOutcome.JudgeName"/>.</summary>
    public const string Name = "checklist";

    /// <inheritdoc />
    public Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(answer);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Outcome(Assess(evalCase, answer), Name));
    }

    /// <summary>The checklist's finding on every criterion of <paramref name="evalCase"/>.</summary>
    public static IReadOnlyList<ChecklistFinding> Assess(EvalCase evalCase, string answer)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        return [.. evalCase.Criteria.Select(c => Assess(c, answer))];
    }

    /// <summary>
    /// Decides one criterion: not met (1) on an affirmed red flag; unsure on a red flag it cannot read; otherwise met
    /// with 5 when every evidence pattern is stated, met with 4 when at least half are, and unsure below that.
    /// </summary>
    public static ChecklistFinding Assess(Criterion criterion, string answer)
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
                        return new ChecklistFinding(criterion.Id, ChecklistDecision.NotMet, 1, $"Red flag: \"{match.Value}\" recommends or states what this criterion rules out.", match.Value);
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
        return found.Count == criterion.Evidence.Count ? new ChecklistFinding(criterion.Id, ChecklistDecision.Met, 5, summary + " No red flags.", quote)
            : found.Count > 0 && found.Count * 2 >= criterion.Evidence.Count ? new ChecklistFinding(criterion.Id, ChecklistDecision.Met, 4, summary + " No red flags.", quote)
            : Unsure(criterion, summary, quote);
    }

    /// <summary>
    /// The outcome for a set of findings: a definite failure is conclusive (unsure criteria are shown as 3 and cannot
    /// rescue it); otherwise any unsure criterion makes the outcome inconclusive; otherwise every score stands.
    /// </summary>
    internal static JudgeOutcome Outcome(IReadOnlyList<ChecklistFinding> findings, string judgeName)
    {
        var raw = JsonSerializer.Serialize(new { criteria = findings.Select(f => new { id = f.CriterionId, evidence = f.Quote, reasoning = f.Reason, score = f.Score }) });
        var unsure = findings.Where(f => f.Decision == ChecklistDecision.Unsure).ToList();
        if (unsure.Count == 0 || findings.Any(f => f.Decision == ChecklistDecision.NotMet))
        {
            return JudgeOutcome.Conclusive([.. findings.Select(f => f.ToScore())], raw, judgeName);
        }

        var problem = string.Create(CultureInfo.InvariantCulture, $"the checklist judge cannot decide {unsure.Count} of {findings.Count} criteria (")
            + string.Join("; ", unsure.Select(f => $"{f.CriterionId}: {f.Reason}"))
            + "). It never passes an answer it cannot read: grade it with an LLM judge or review it.";
        return JudgeOutcome.Inconclusive(problem, raw, judgeName);
    }

    private static ChecklistFinding Unsure(Criterion criterion, string why, string quote) =>
        new(criterion.Id, ChecklistDecision.Unsure, 3, "Unsure: " + why, quote);
}
