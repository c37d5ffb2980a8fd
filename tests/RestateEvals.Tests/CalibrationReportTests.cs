using FluentAssertions;

namespace RestateEvals.Tests;

public sealed class CalibrationReportTests
{
    private static readonly EvalCase Case = new()
    {
        Id = "T-01",
        Title = "Two criteria",
        Severity = Severity.High,
        Input = "question",
        IdealBehavior = "ideal",
        Criteria = [Criterion("a"), Criterion("b")],
        GoodAnswers = ["good 1", "good 2", "good 3", "good 4"],
        FlawedAnswers = ["flawed 1", "flawed 2", "flawed 3", "flawed 4"],
    };

    /// <summary>
    /// Good: (5,5) pass, (4,4) pass, (5,3) pass, (4,2) fail. Flawed: (1,5) fail, (2,2) fail, (5,4) pass, inconclusive.
    /// Criterion a passes on all good and on flawed #3; criterion b fails good #4 and flawed #2.
    /// </summary>
    private static CalibrationReport HandMade() => CalibrationReport.Create(
    [
        Graded(ReferenceLabel.Flawed, 3, null),
        Graded(ReferenceLabel.Good, 0, 5, 5),
        Graded(ReferenceLabel.Good, 1, 4, 4),
        Graded(ReferenceLabel.Good, 2, 5, 3),
        Graded(ReferenceLabel.Good, 3, 4, 2),
        Graded(ReferenceLabel.Flawed, 0, 1, 5),
        Graded(ReferenceLabel.Flawed, 1, 2, 2),
        Graded(ReferenceLabel.Flawed, 2, 5, 4),
    ]);

    [Fact]
    public void Overall_counts_accuracy_false_passes_false_fails_and_kappa_per_answer()
    {
        var overall = HandMade().Overall;

        overall.Should().Be(new CalibrationAgreement(null, null, Good: 4, GoodPassed: 3, Flawed: 4, FlawedFailed: 2, FlawedPassed: 1, Inconclusive: 1));
        overall.Accuracy.Should().Be(0.625);
        overall.FalsePasses.Should().Be(1);
        overall.FalseFails.Should().Be(1);

        // Labels good 4 / flawed 4; judge pass 3 + (flawed not failed: 1 pass, 1 inconclusive) = 5, fail 3.
        // p_o = 5/8, p_e = (4*5 + 4*3)/64 = 1/2, kappa = (5/8 - 1/2) / (1/2) = 1/4.
        overall.Kappa.Should().BeApproximately(0.25, 1e-12);
    }

    [Fact]
    public void Per_criterion_the_criterion_pass_is_compared_with_the_answers_label()
    {
        var criteria = HandMade().Criteria;

        criteria.Select(c => c.Subject).Should().Equal("T-01 a", "T-01 b");
        criteria[0].Should().Be(new CalibrationAgreement("T-01", "a", 4, 4, 4, 2, 1, 1));
        criteria[0].Accuracy.Should().Be(0.75);
        criteria[0].Kappa.Should().BeApproximately(0.5, 1e-12); // p_o 6/8, p_e (4*6 + 4*2)/64 = 1/2
        criteria[1].Should().Be(new CalibrationAgreement("T-01", "b", 4, 3, 4, 1, 2, 1));
        criteria[1].Accuracy.Should().Be(0.5);
        criteria[1].Kappa.Should().BeApproximately(0, 1e-12); // p_o 4/8, p_e 1/2
    }

    [Fact]
    public void Lists_false_passes_and_false_fails_and_fails_on_any_false_pass()
    {
        var report = HandMade();

        report.FalsePasses.Select(a => a.ToString()).Should().Equal("T-01 flawed #3");
        report.FalseFails.Select(a => a.ToString()).Should().Equal("T-01 good #4");
        report.NoFlawedAnswerPassed.Should().BeFalse();
        report.Answers.Select(a => a.ToString()).Should().StartWith(["T-01 good #1", "T-01 good #2"]).And.EndWith("T-01 flawed #4");
        report.ToString().Should().Be("8 reference answers: accuracy 62.5%, 1 false pass(es), 1 false fail(s), Cohen's κ 0.25");
    }

    [Fact]
    public void Renders_Markdown_tables_and_quotes_the_false_passes()
    {
        var markdown = HandMade().ToMarkdown();

        markdown.Should().StartWith("## Judge calibration\n\nAgreement of the judge's pass/fail with the labels of 8 reference answers (4 good, 4 flawed), graded at mean >= 4.0, every criterion >= 3.")
            .And.Contain("| all 8 | 3/4 | 2/4 | 1 | 62.5% | 1 | 1 | 0.25 |\n")
            .And.Contain("| T-01 | a | 4/4 | 2/4 | 1 | 75.0% | 0.50 |\n")
            .And.Contain("| T-01 | b | 3/4 | 1/4 | 1 | 50.0% | 0.00 |\n")
            .And.Contain("- T-01 flawed #3: mean 4.5 (needs >= 4.0), lowest 4 (needs >= 3)\n  > flawed 3\n")
            .And.Contain("- T-01 good #4: failed, mean 3 (needs >= 4.0), lowest 2 (needs >= 3)\n");
    }

    [Theory]
    [InlineData(3, 3, 0, 0, 0, 1.0)] // only good answers, all passed: p_e = 1 and p_o = 1
    [InlineData(0, 0, 3, 3, 0, 1.0)] // only flawed answers, all failed: p_e = 1 and p_o = 1
    [InlineData(2, 2, 2, 2, 0, 1.0)] // perfect agreement
    [InlineData(2, 2, 2, 0, 2, 0.0)] // everything passes: no better than chance
    [InlineData(2, 0, 2, 0, 2, -1.0)] // every answer the wrong way round
    public void Kappa_handles_the_degenerate_tables(int good, int goodPassed, int flawed, int flawedFailed, int flawedPassed, double kappa)
    {
        new CalibrationAgreement(null, null, good, goodPassed, flawed, flawedFailed, flawedPassed, 0).Kappa.Should().BeApproximately(kappa, 1e-12);
    }

    [Fact]
    public void An_empty_row_has_no_accuracy_and_an_empty_report_is_refused()
    {
        new CalibrationAgreement(null, null, 0, 0, 0, 0, 0, 0).Accuracy.Should().Be(double.NaN);
        var act = () => CalibrationReport.Create([]);
        act.Should().Throw<ArgumentException>().WithMessage("A calibration report needs at least one graded reference answer.*");
        var twice = () => CalibrationReport.Create([Graded(ReferenceLabel.Good, 0, 5, 5), Graded(ReferenceLabel.Good, 0, 5, 5)]);
        twice.Should().Throw<ArgumentException>().WithMessage("Reference answer T-01 good #1 appears more than once.*");
    }

    [Fact]
    public async Task The_reference_answer_judge_agrees_with_every_reference_label()
    {
        var report = await ReferenceGrading.CalibrateAsync(new ReferenceAnswerJudge(), new GradingPolicy());

        report.Overall.Should().Be(new CalibrationAgreement(null, null, 18, 18, 18, 18, 0, 0));
        report.Overall.Kappa.Should().Be(1);
        report.NoFlawedAnswerPassed.Should().BeTrue();
        report.Criteria.Should().HaveCount(EvalCatalog.All.Sum(c => c.Criteria.Count)).And.OnlyContain(c => c.GoodPassed == c.Good);
    }

    private static Criterion Criterion(string id) => new(id, Dimension.VirtualObjectsAndState, $"criterion {id}", new ScoreAnchors());

    private static ReferenceVerdict Graded(ReferenceLabel label, int index, params int[]? scores)
    {
        var outcome = scores is null
            ? JudgeOutcome.Inconclusive("no JSON", "prose", "judge", InconclusiveReason.JudgeUnusable)
            : JudgeOutcome.Conclusive([.. Case.Criteria.Select((c, i) => new JudgeScore(c.Id, scores[i], "reason", string.Empty))], "raw", "judge");
        return new ReferenceVerdict(Case, label, index, Grader.Grade(Case, [outcome], new GradingPolicy()));
    }
}
