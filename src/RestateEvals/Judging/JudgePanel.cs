using System.Globalization;
using System.Text;

namespace RestateEvals;

/// <summary>
/// Several judges (for instance two LLM judge models) scoring the same answer concurrently. Per criterion the panel
/// scores the median (or the minimum, see <see cref="JudgePanelOptions.Aggregation"/>) of the judges' scores. A
/// spread of more than <see cref="JudgePanelOptions.MaxSpread"/> points on any criterion makes the outcome
/// inconclusive by default, with every judge's score per criterion in the problem; any inconclusive judge makes the
/// outcome inconclusive, naming the judge and its problem. Every judge's score is kept in each criterion's reason,
/// and every judge's raw output in <see cref="JudgeOutcome.RawText"/>.
/// </summary>
public sealed class JudgePanel : IJudge, IRecordedJudge
{
    private readonly IJudge[] _judges;
    private readonly JudgePanelOptions _options;

    /// <summary>Creates a panel of two or more <paramref name="judges"/>.</summary>
    public JudgePanel(IEnumerable<IJudge> judges, JudgePanelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(judges);
        _judges = [.. judges];
        if (_judges.Length < 2 || _judges.Any(j => j is null))
        {
            throw new ArgumentException("A JudgePanel needs two or more judges, none of them null.", nameof(judges));
        }

        _options = options ?? new JudgePanelOptions();
        _options.Validate();
    }

    /// <summary>The panel's judges, in the order given.</summary>
    public IReadOnlyList<IJudge> Judges => _judges;

    IEnumerable<IEvalRecording> IRecordedJudge.Recordings => _judges.OfType<IRecordedJudge>().SelectMany(j => j.Recordings);

    /// <inheritdoc />
    public async Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(answer);
        var outcomes = await Task.WhenAll(_judges.Select(j => j.JudgeAsync(evalCase, answer, cancellationToken))).ConfigureAwait(false);
        var labels = Labels(outcomes);
        var name = PanelName(labels);
        var raw = RawText(outcomes, labels);
        var (input, output) = (TokenCounts.Sum(outcomes.Select(o => o.InputTokens)), TokenCounts.Sum(outcomes.Select(o => o.OutputTokens)));

        var problems = outcomes.Select((o, i) => Problem(evalCase, o, labels[i], i)).Where(p => p is not null).ToList();
        if (problems.Count > 0)
        {
            var first = outcomes.First(o => !o.IsConclusive || evalCase.Criteria.Any(c => !o.Scores.Any(s => s.CriterionId == c.Id)));
            return (first.IsConclusive
                ? JudgeOutcome.Inconclusive(string.Join("; ", problems), raw, name, InconclusiveReason.JudgeUnusable, JudgeReplyProblem.WrongShape)
                : JudgeOutcome.Inconclusive(string.Join("; ", problems), raw, name, first.Reason!.Value, first.ReplyProblem)).WithTokens(input, output);
        }

        var perCriterion = evalCase.Criteria
            .Select(c => (Criterion: c, Scores: outcomes.Select(o => o.Scores.First(s => s.CriterionId == c.Id)).ToArray()))
            .ToList();
        var disagreements = perCriterion
            .Where(x => x.Scores.Max(s => s.Score) - x.Scores.Min(s => s.Score) > _options.MaxSpread)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Criterion.Id} (spread {x.Scores.Max(s => s.Score) - x.Scores.Min(s => s.Score)})"))
            .ToList();
        var allScores = string.Join("; ", perCriterion.Select(x => $"{x.Criterion.Id}: {ScoreList(x.Scores, labels)}"));
        if (disagreements.Count > 0 && _options.Disagreement == PanelDisagreement.Inconclusive)
        {
            return JudgeOutcome.Inconclusive(
                string.Create(CultureInfo.InvariantCulture, $"the judges disagree by more than {_options.MaxSpread} point{(_options.MaxSpread == 1 ? string.Empty : "s")} on {string.Join(", ", disagreements)}; every judge's scores: {allScores}"),
                raw,
                name,
                InconclusiveReason.JudgesDisagree).WithTokens(input, output);
        }

        var scores = perCriterion.Select(x => Combine(x.Criterion, x.Scores, labels)).ToList();
        return JudgeOutcome.Conclusive(scores, raw, name).WithTokens(input, output);
    }

    private JudgeScore Combine(Criterion criterion, JudgeScore[] scores, IReadOnlyList<string> labels)
    {
        var sorted = scores.Select(s => s.Score).Order().ToArray();
        var disagree = sorted[^1] - sorted[0] > _options.MaxSpread;
        var (score, how) = disagree
            ? (sorted[0], "lowest, the judges disagree")
            : _options.Aggregation == PanelAggregation.Minimum
                ? (sorted[0], "minimum")
                : (sorted[(sorted.Length - 1) / 2], "median");
        var chosen = scores.First(s => s.Score == score);
        var reason = string.Create(CultureInfo.InvariantCulture, $"{chosen.Reason} [panel {how} {score}: {ScoreList(scores, labels)}]");
        return new JudgeScore(criterion.Id, score, reason, chosen.Evidence);
    }

    /// <summary>The name of a panel outcome, listing its judges, e.g. <c>panel(gpt-4.1, claude-sonnet-4)</c>.</summary>
    private static string PanelName(IEnumerable<string> judgeNames) => $"panel({string.Join(", ", judgeNames)})";

    private static string? Problem(EvalCase evalCase, JudgeOutcome outcome, string label, int index)
    {
        if (!outcome.IsConclusive)
        {
            return string.Create(CultureInfo.InvariantCulture, $"judge {label} (panel member {index + 1}) was inconclusive: {outcome.Problem}");
        }

        var missing = evalCase.Criteria.FirstOrDefault(c => !outcome.Scores.Any(s => s.CriterionId == c.Id));
        return missing is null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"judge {label} (panel member {index + 1}) gave no score for criterion '{missing.Id}'");
    }

    /// <summary>Each judge's name; a name shared by several judges gets its position, e.g. <c>checklist#2</c>.</summary>
    private static string[] Labels(JudgeOutcome[] outcomes) => [.. outcomes.Select((o, i) =>
        outcomes.Count(x => string.Equals(x.JudgeName, o.JudgeName, StringComparison.Ordinal)) > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{o.JudgeName}#{i + 1}")
            : o.JudgeName)];

    private static string ScoreList(JudgeScore[] scores, IReadOnlyList<string> labels) =>
        string.Join(", ", scores.Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"{labels[i]} {s.Score}")));

    private static string RawText(JudgeOutcome[] outcomes, string[] labels)
    {
        var text = new StringBuilder();
        for (var i = 0; i < outcomes.Length; i++)
        {
            text.Append("--- ").Append(labels[i]).Append(" ---\n").Append(outcomes[i].RawText).Append('\n');
        }

        return text.ToString();
    }
}
