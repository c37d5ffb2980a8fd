using System.Globalization;
using System.Text;
using FluentAssertions;
using Xunit.Abstractions;

namespace RestateEvals.Tests.Corpus;

/// <summary>
/// The checklist judge against a labelled corpus it was not tuned on: no bad answer may pass, and at most three good
/// answers may definitely fail (unsure, i.e. inconclusive, is allowed: the checklist says when it does not know).
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private const int MaxGoodAnswersFailed = 3;

    [Fact]
    public void The_corpus_covers_every_case_and_kind()
    {
        CorpusAnswer.All.Should().HaveCountGreaterThanOrEqualTo(60);
        CorpusAnswer.All.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        CorpusAnswer.All.Select(a => a.CaseId).Distinct().Should().BeEquivalentTo(EvalCatalog.All.Select(c => c.Id));
        CorpusAnswer.All.Select(a => a.Kind).Distinct().Should().Contain(
            ["paraphrase", "terse", "long-code", "java", "python", "go", "concession", "keyword-stuffed", "negation-trick", "off-topic", "empty", "refusal"]);
    }

    [Fact]
    public async Task No_bad_answer_passes_and_at_most_three_good_answers_fail()
    {
        var verdicts = new List<(CorpusAnswer Answer, Verdict Verdict)>();
        foreach (var answer in CorpusAnswer.All)
        {
            var evalCase = EvalCatalog.Get(answer.CaseId);
            var outcome = await new ChecklistJudge().JudgeAsync(evalCase, answer.Text);
            verdicts.Add((answer, Grader.Grade(evalCase, [outcome], new GradingPolicy())));
        }

        output.WriteLine(Table(verdicts));
        var badPassed = verdicts.Where(v => !v.Answer.IsGood && v.Verdict.Passed).Select(v => v.Answer.Id).ToList();
        var goodFailed = verdicts.Where(v => v.Answer.IsGood && v.Verdict.Status == VerdictStatus.Failed)
            .Select(v => $"{v.Answer.Id}: {string.Join(" ", v.Verdict.Criteria.Where(c => c.Score < 3).Select(c => c.Reasons[0]))}").ToList();
        badPassed.Should().BeEmpty("a wrong answer that passes is worse than no eval");
        goodFailed.Should().HaveCountLessThanOrEqualTo(MaxGoodAnswersFailed, "a correct answer may be unsure, but should not definitely fail");
    }

    private static string Table(List<(CorpusAnswer Answer, Verdict Verdict)> verdicts)
    {
        var text = new StringBuilder("| label | passed | failed | inconclusive |\n| --- | --- | --- | --- |\n");
        foreach (var label in new[] { "good", "bad" })
        {
            var of = verdicts.Where(v => v.Answer.Label == label).ToList();
            text.Append(CultureInfo.InvariantCulture, $"| {label} | {of.Count(v => v.Verdict.Status == VerdictStatus.Passed)} | {of.Count(v => v.Verdict.Status == VerdictStatus.Failed)} | {of.Count(v => v.Verdict.Status == VerdictStatus.Inconclusive)} |\n");
        }

        foreach (var (answer, verdict) in verdicts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{answer.Id} ({answer.Label}, {answer.Kind}): {verdict.Status}\n");
        }

        return text.ToString();
    }
}
