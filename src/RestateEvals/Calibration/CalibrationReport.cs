using System.Globalization;
using System.Text;

namespace RestateEvals;

/// <summary>
/// How a judge's verdicts on the shipped reference answers agree with their labels: overall (per answer: accuracy,
/// false passes, false fails, Cohen's kappa on pass/fail) and per criterion (the criterion's own pass, score at least
/// <see cref="GradingPolicy.MinimumCriterionScore"/>, against the answer's label), with a Markdown rendering. A judge
/// is fit for the evals only when no flawed answer passes (<see cref="NoFlawedAnswerPassed"/>).
/// </summary>
public sealed class CalibrationReport
{
    private const double Tolerance = 1e-9;

    private CalibrationReport(IReadOnlyList<ReferenceVerdict> answers)
    {
        Answers = answers;
        Overall = new CalibrationAgreement(
            null,
            null,
            answers.Count(a => a.Label == ReferenceLabel.Good),
            answers.Count(a => a.Label == ReferenceLabel.Good && a.Verdict.Passed),
            answers.Count(a => a.Label == ReferenceLabel.Flawed),
            answers.Count(a => a.Label == ReferenceLabel.Flawed && a.Verdict.Status == VerdictStatus.Failed),
            answers.Count(a => a.IsFalsePass),
            answers.Count(a => a.Verdict.Status == VerdictStatus.Inconclusive));
        Criteria = [.. answers.GroupBy(a => a.Case.Id, StringComparer.Ordinal).SelectMany(g => g.First().Case.Criteria.Select(c => ForCriterion(g.First().Case, c, [.. g])))];
        FalsePasses = [.. answers.Where(a => a.IsFalsePass)];
        FalseFails = [.. answers.Where(a => a.IsFalseFail)];
    }

    /// <summary>Every graded reference answer, by case, good before flawed, then by index.</summary>
    public IReadOnlyList<ReferenceVerdict> Answers { get; }

    /// <summary>Agreement over all answers: an answer passes when its verdict passed.</summary>
    public CalibrationAgreement Overall { get; }

    /// <summary>
    /// Agreement per criterion of every case present, in case and rubric order. A good answer should pass every
    /// criterion; a flawed answer need fail only the criteria its flaw touches, so a flawed answer passing a criterion
    /// is expected there and <see cref="CalibrationAgreement.FlawedFailed"/> is the share of flawed answers it catches.
    /// </summary>
    public IReadOnlyList<CalibrationAgreement> Criteria { get; }

    /// <summary>Flawed answers that passed: wrong advice the judge let through.</summary>
    public IReadOnlyList<ReferenceVerdict> FalsePasses { get; }

    /// <summary>Good answers that did not pass (failed or inconclusive).</summary>
    public IReadOnlyList<ReferenceVerdict> FalseFails { get; }

    /// <summary>True when no flawed answer passed; the calibration fails otherwise.</summary>
    public bool NoFlawedAnswerPassed => FalsePasses.Count == 0;

    /// <summary>The report for <paramref name="answers"/>; each answer (case, label, index) may appear once.</summary>
    /// <exception cref="ArgumentException">No answers, or one answer twice.</exception>
    public static CalibrationReport Create(IEnumerable<ReferenceVerdict> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var list = answers.OrderBy(a => a.Case.Id, StringComparer.Ordinal).ThenBy(a => a.Label).ThenBy(a => a.Index).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A calibration report needs at least one graded reference answer.", nameof(answers));
        }

        var duplicate = list.GroupBy(a => a.ToString(), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Reference answer {duplicate.Key} appears more than once.", nameof(answers));
        }

        return new CalibrationReport(list);
    }

    /// <summary>The report as Markdown: the overall table, the per-criterion table, then the false passes (quoted) and false fails.</summary>
    public string ToMarkdown()
    {
        var policy = Answers[0].Verdict.Policy;
        var text = new StringBuilder("## Judge calibration\n\n");
        text.Append(Invariant($"Agreement of the judge's pass/fail with the labels of {Overall.Total} reference answers ({Overall.Good} good, {Overall.Flawed} flawed), graded at {policy}. "))
            .Append("Inconclusive counts as a disagreement, never as a pass.\n\n")
            .Append("| Answers | Good passed | Flawed failed | Inconclusive | Accuracy | False passes | False fails | Cohen's κ |\n")
            .Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
            .Append(Invariant($"| all {Overall.Total} | {Overall.GoodPassed}/{Overall.Good} | {Overall.FlawedFailed}/{Overall.Flawed} | {Overall.Inconclusive} | {Percent(Overall.Accuracy)} | {Overall.FalsePasses} | {Overall.FalseFails} | {Kappa(Overall.Kappa)} |\n\n"));

        text.Append("### Per criterion\n\n")
            .Append(Invariant($"A criterion passes at a score >= {VerdictFormatter.Score(policy.MinimumCriterionScore)}. A good answer should pass every criterion; a flawed answer must fail at least one, not every one, "))
            .Append("so a flawed answer passing a criterion its flaw does not touch is expected, and \"Flawed failing it\" is how many flawed answers the criterion catches.\n\n")
            .Append("| Case | Criterion | Good passing it | Flawed failing it | Inconclusive | Accuracy | Cohen's κ |\n")
            .Append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var row in Criteria)
        {
            text.Append(Invariant($"| {row.CaseId} | {row.CriterionId} | {row.GoodPassed}/{row.Good} | {row.FlawedFailed}/{row.Flawed} | {row.Inconclusive} | {Percent(row.Accuracy)} | {Kappa(row.Kappa)} |\n"));
        }

        text.Append("\n### False passes (flawed answers that passed)\n\n");
        if (FalsePasses.Count == 0)
        {
            text.Append("None.\n");
        }

        foreach (var answer in FalsePasses)
        {
            text.Append("- ").Append(answer).Append(": ").Append(VerdictFormatter.Summary(answer.Verdict)).Append('\n')
                .Append("  > ").Append(Flatten(answer.Answer)).Append('\n');
        }

        text.Append("\n### False fails (good answers that did not pass)\n\n");
        if (FalseFails.Count == 0)
        {
            text.Append("None.\n");
        }

        foreach (var answer in FalseFails)
        {
            text.Append("- ").Append(answer).Append(": ").Append(answer.Verdict.Status.ToString().ToLowerInvariant()).Append(", ")
                .Append(Flatten(VerdictFormatter.Summary(answer.Verdict))).Append('\n');
        }

        return SecretScrubber.Scrub(text.ToString());
    }

    /// <inheritdoc />
    public override string ToString() =>
        Invariant($"{Overall.Total} reference answers: accuracy {Percent(Overall.Accuracy)}, {Overall.FalsePasses} false pass(es), {Overall.FalseFails} false fail(s), Cohen's κ {Kappa(Overall.Kappa)}");

    private static CalibrationAgreement ForCriterion(EvalCase evalCase, Criterion criterion, IReadOnlyList<ReferenceVerdict> answers)
    {
        // True: the criterion passed; false: scored below the threshold; null: the answer is inconclusive.
        bool? Passed(ReferenceVerdict answer) =>
            answer.Verdict.Criteria.FirstOrDefault(c => string.Equals(c.Criterion.Id, criterion.Id, StringComparison.Ordinal)) is { } result
                ? result.Score >= answer.Verdict.Policy.MinimumCriterionScore - Tolerance
                : null;

        var good = answers.Where(a => a.Label == ReferenceLabel.Good).Select(Passed).ToList();
        var flawed = answers.Where(a => a.Label == ReferenceLabel.Flawed).Select(Passed).ToList();
        return new CalibrationAgreement(
            evalCase.Id,
            criterion.Id,
            good.Count,
            good.Count(p => p == true),
            flawed.Count,
            flawed.Count(p => p == false),
            flawed.Count(p => p == true),
            good.Concat(flawed).Count(p => p is null));
    }

    private static string Percent(double share) => double.IsNaN(share) ? "n/a" : (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Kappa(double kappa) => double.IsNaN(kappa) ? "n/a" : kappa.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Flatten(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
