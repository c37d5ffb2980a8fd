using System.Globalization;
using System.Text;
using FluentAssertions;
using Xunit.Abstractions;

namespace RestateEvals.Tests.Corpus;

/// <summary>
/// A labelled corpus the patterns were not tuned on. Only a judge that reads decides: offline, every corpus answer
/// is inconclusive (it is no labelled reference answer), and the advisory checklist's signals are reported, not used.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
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
    public async Task Offline_no_corpus_answer_is_passed_or_failed_by_anything_that_does_not_read_it()
    {
        var rows = new List<(CorpusAnswer Answer, IReadOnlyList<ChecklistFinding> Findings)>();
        foreach (var answer in CorpusAnswer.All)
        {
            var evalCase = EvalCatalog.Get(answer.CaseId);
            var outcome = await new ReferenceAnswerJudge().JudgeAsync(evalCase, answer.Text);
            outcome.Reason.Should().Be(InconclusiveReason.UnknownAnswer, answer.Id);
            Grader.Grade(evalCase, [outcome], new GradingPolicy()).Status.Should().Be(VerdictStatus.Inconclusive, answer.Id);
            rows.Add((answer, Checklist.Review(evalCase, answer.Text)));
        }

        output.WriteLine(Table(rows));
    }

    private static string Table(List<(CorpusAnswer Answer, IReadOnlyList<ChecklistFinding> Findings)> rows)
    {
        var text = new StringBuilder("Advisory checklist on the corpus (answers with at least one red flag / with every criterion stated):\n| label | answers | red-flagged | all stated |\n| --- | --- | --- | --- |\n");
        foreach (var label in new[] { "good", "bad" })
        {
            var of = rows.Where(v => v.Answer.Label == label).ToList();
            text.Append(CultureInfo.InvariantCulture, $"| {label} | {of.Count} | {of.Count(v => v.Findings.Any(f => f.Signal == ChecklistSignal.RedFlag))} | {of.Count(v => v.Findings.All(f => f.Signal == ChecklistSignal.Stated))} |\n");
        }

        return text.ToString();
    }
}
