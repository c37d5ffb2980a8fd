using FluentAssertions;

namespace RestateEvals.Tests;

/// <summary>Item 9: several judges, combined per criterion; disagreement and inconclusive members are never hidden.</summary>
public sealed class JudgePanelTests
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-01"); // key-serialization, no-app-lock, key-boundary, why-lock-harms

    private static Task<JudgeOutcome> JudgeAsync(JudgePanel judge, CancellationToken cancellationToken = default) => judge.JudgeAsync(Case, "an answer", cancellationToken);

    [Fact]
    public async Task Scores_the_median_per_criterion_and_keeps_every_judge_score_in_the_reason()
    {
        var panel = new JudgePanel([StubJudge.Scoring("a", 5, 4, 3, 4), StubJudge.Scoring("b", 4, 4, 4, 5), StubJudge.Scoring("c", 5, 3, 4, 4)]);
        var outcome = await JudgeAsync(panel);

        outcome.IsConclusive.Should().BeTrue();
        outcome.JudgeName.Should().Be("panel(a, b, c)");
        outcome.Scores.Select(s => s.Score).Should().Equal(5, 4, 4, 4);
        outcome.Scores[0].Reason.Should().Be("a on key-serialization [panel median 5: a 5, b 4, c 5]");
        outcome.Scores[0].Evidence.Should().Be("quote a");
        outcome.RawText.Should().Be("--- a ---\nraw a\n--- b ---\nraw b\n--- c ---\nraw c\n");
    }

    [Fact]
    public async Task With_two_judges_the_median_is_the_lower_middle_score()
    {
        var outcome = await JudgeAsync(new JudgePanel([StubJudge.Scoring("a", 5, 4, 3, 4), StubJudge.Scoring("b", 4, 5, 4, 4)]));
        outcome.Scores.Select(s => s.Score).Should().Equal(4, 4, 3, 4);
        outcome.Scores[1].Reason.Should().Be("a on no-app-lock [panel median 4: a 4, b 5]");
    }

    [Fact]
    public async Task Minimum_aggregation_takes_the_lowest_score()
    {
        var panel = new JudgePanel([StubJudge.Scoring("a", 5, 4, 3, 4), StubJudge.Scoring("b", 4, 4, 4, 5), StubJudge.Scoring("c", 5, 5, 4, 4)], new JudgePanelOptions { Aggregation = PanelAggregation.Minimum });
        var outcome = await JudgeAsync(panel);
        outcome.Scores.Select(s => s.Score).Should().Equal(4, 4, 3, 4);
        outcome.Scores[2].Reason.Should().Be("a on key-boundary [panel minimum 3: a 3, b 4, c 4]");
    }

    [Fact]
    public async Task A_spread_above_one_point_is_inconclusive_with_every_judge_score_per_criterion()
    {
        var panel = new JudgePanel([StubJudge.Scoring("gpt-4.1", 5, 5, 4, 3), StubJudge.Scoring("claude", 4, 2, 4, 5)]);
        var outcome = await JudgeAsync(panel);

        outcome.IsConclusive.Should().BeFalse();
        outcome.JudgeName.Should().Be("panel(gpt-4.1, claude)");
        outcome.Problem.Should().Be(
            "the judges disagree by more than 1 point on no-app-lock (spread 3), why-lock-harms (spread 2); every judge's scores: "
            + "key-serialization: gpt-4.1 5, claude 4; no-app-lock: gpt-4.1 5, claude 2; key-boundary: gpt-4.1 4, claude 4; why-lock-harms: gpt-4.1 3, claude 5");
        outcome.RawText.Should().Contain("--- gpt-4.1 ---\nraw gpt-4.1\n").And.Contain("--- claude ---\nraw claude\n");

        var verdict = Grader.Grade(Case, [outcome], new GradingPolicy());
        verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        VerdictFormatter.Summary(verdict).Should().Contain("no-app-lock: gpt-4.1 5, claude 2");
    }

    [Fact]
    public async Task The_allowed_spread_and_the_handling_of_disagreement_are_configurable()
    {
        var judges = new IJudge[] { StubJudge.Scoring("a", 5, 5, 4, 3), StubJudge.Scoring("b", 4, 2, 4, 5) };

        (await JudgeAsync(new JudgePanel(judges, new JudgePanelOptions { MaxSpread = 3 }))).Scores.Select(s => s.Score).Should().Equal(4, 2, 4, 3);
        (await JudgeAsync(new JudgePanel(judges, new JudgePanelOptions { MaxSpread = 0 }))).Problem.Should().StartWith("the judges disagree by more than 0 points on key-serialization (spread 1), no-app-lock (spread 3), why-lock-harms (spread 2);");

        var lowest = await JudgeAsync(new JudgePanel(judges, new JudgePanelOptions { Disagreement = PanelDisagreement.UseLowestScore }));
        lowest.IsConclusive.Should().BeTrue();
        lowest.Scores.Select(s => s.Score).Should().Equal(4, 2, 4, 3);
        lowest.Scores[1].Reason.Should().Be("b on no-app-lock [panel lowest, the judges disagree 2: a 5, b 2]");

        var invalid = () => new JudgePanelOptions { MaxSpread = 5 }.Validate();
        invalid.Should().Throw<ArgumentOutOfRangeException>();
        var one = () => new JudgePanel([StubJudge.Scoring("a", 5, 5, 5, 5)]);
        one.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task An_inconclusive_member_makes_the_panel_inconclusive_and_is_named()
    {
        var panel = new JudgePanel([StubJudge.Scoring("gpt-4.1", 5, 5, 5, 5), StubJudge.Inconclusive("claude", "unusable judge output after 2 attempt(s): no JSON object")]);
        var outcome = await JudgeAsync(panel);

        outcome.IsConclusive.Should().BeFalse();
        outcome.Problem.Should().Be("judge claude (panel member 2) was inconclusive: unusable judge output after 2 attempt(s): no JSON object");
        outcome.JudgeName.Should().Be("panel(gpt-4.1, claude)");
        outcome.RawText.Should().Contain("--- claude ---\nraw claude\n");
    }

    [Fact]
    public async Task Judges_with_the_same_name_are_told_apart_by_position()
    {
        var outcome = await JudgeAsync(new JudgePanel([StubJudge.Scoring("gpt-4.1", 5, 5, 5, 5), StubJudge.Scoring("gpt-4.1", 4, 4, 4, 4), StubJudge.Scoring("claude", 4, 4, 4, 4)]));
        outcome.JudgeName.Should().Be("panel(gpt-4.1#1, gpt-4.1#2, claude)");
    }

    [Fact]
    public async Task Judges_run_concurrently()
    {
        const int Judges = 3;
        var inFlight = 0;
        var maxInFlight = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var judges = Enumerable.Range(0, Judges).Select(i => new StubJudge($"j{i}", async (evalCase, ct) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            if (now == Judges)
            {
                allStarted.TrySetResult();
            }

            // A sequential panel would wait here forever for the others; the timeout only keeps the test from hanging.
            await Task.WhenAny(allStarted.Task, Task.Delay(TimeSpan.FromSeconds(10), ct));
            Interlocked.Decrement(ref inFlight);
            return JudgeOutcome.Conclusive([.. evalCase.Criteria.Select(c => new JudgeScore(c.Id, 4, "r", string.Empty))], "raw", $"j{i}");
        })).ToList();

        var outcome = await JudgeAsync(new JudgePanel(judges));

        maxInFlight.Should().Be(Judges, "every judge was running before any finished");
        outcome.IsConclusive.Should().BeTrue();
    }

    [Fact]
    public async Task The_cancellation_token_reaches_every_judge()
    {
        using var cts = new CancellationTokenSource();
        var seen = new List<CancellationToken>();
        var judges = Enumerable.Range(0, 2).Select(i => new StubJudge($"j{i}", async (_, ct) =>
        {
            lock (seen)
            {
                seen.Add(ct);
            }

            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        })).ToList();

        var judging = JudgeAsync(new JudgePanel(judges), cts.Token);
        await cts.CancelAsync();

        await judging.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        seen.Should().HaveCount(2).And.OnlyContain(t => t == cts.Token);
    }

    [Fact]
    public async Task A_panel_grades_through_the_runner_like_any_judge()
    {
        var panel = new JudgePanel([StubJudge.Scoring("lenient", 5, 5, 4, 4), StubJudge.Scoring("strict", 4, 4, 4, 3)]);
        var result = await new EvalRunner(new ReferenceAnswerChatClient(), panel, new EvalOptions { Policy = new GradingPolicy { Samples = 2 } }).RunAsync(Case);
        result.Samples.Should().OnlyContain(s => s.Outcome.JudgeName == "panel(lenient, strict)");
        result.Verdict.Status.Should().Be(VerdictStatus.Failed, "each sample scores the lower medians 4, 4, 4, 3: mean 3.75");
        result.Verdict.Criteria[3].Reasons[0].Should().Be("strict on why-lock-harms [panel median 3: lenient 4, strict 3]");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
