using FluentAssertions;

namespace RestateEvals.Tests;

public sealed class ChecklistJudgeTests
{
    private static readonly ScoreAnchors Anchors = new() { Five = "5", Four = "4", Three = "3", Two = "2", One = "1" };

    private static readonly Criterion NoLock = new("no-lock", Dimension.VirtualObjectsAndState, "d", Anchors)
    {
        Evidence = [@"(remove|drop|get rid of)[^.]{0,30}(mutex|lock)|(mutex|lock)[^.]{0,30}(redundant|unnecessary)", @"per[- ]key"],
        RedFlags = [@"(keep|add|use|wrap)[^.]{0,30}(mutex|lock)", @"replace[^.]{0,30}with[^.]{0,20}(redlock|redis lock)"],
    };

    [Theory]
    [InlineData("Remove the mutex: Restate already serializes calls per key.")]
    [InlineData("The mutex is redundant. Restate serializes per-key. Do not add a lock.")]
    [InlineData("Remove the mutex, since Restate runs handlers per key. Instead of a lock, rely on Restate; avoid using a mutex.")]
    [InlineData("Drop the mutex. Calls run one at a time per key, so you don't need to keep the lock.")]
    [InlineData("Remove the mutex. In other frameworks you would use a mutex here, but in Restate the key already serializes these calls per key.")]
    public void Negated_or_conceded_red_flags_are_not_recommendations(string answer)
    {
        var finding = ChecklistJudge.Assess(NoLock, answer);
        finding.Decision.Should().Be(ChecklistDecision.Met, finding.Reason);
        finding.Score.Should().Be(5);
    }

    [Theory]
    [InlineData("Restate serializes calls per key. Still, add a mutex to be safe.", "add a mutex")]
    [InlineData("Restate serializes per key. Drop the Redis plan and keep the mutex.", "keep the mutex")]
    [InlineData("Calls queue per key. Replace the mutex with a Redlock.", "Replace the mutex with a Redlock")]
    [InlineData("Restate serializes per key, but keep the mutex anyway.", "keep the mutex")]
    [InlineData("Per key is fine. Keeping it is a mistake? No: use a mutex.", "use a mutex")]
    public void Affirmed_red_flags_fail_the_criterion_and_are_quoted(string answer, string quote)
    {
        var finding = ChecklistJudge.Assess(NoLock, answer);
        finding.Decision.Should().Be(ChecklistDecision.NotMet, finding.Reason);
        finding.Score.Should().Be(1);
        finding.Quote.Should().Be(quote);
        finding.Reason.Should().Be($"Red flag: \"{quote}\" recommends or states what this criterion rules out.");
    }

    [Fact]
    public void Negated_evidence_is_not_evidence()
    {
        var finding = ChecklistJudge.Assess(NoLock with { Evidence = [NoLock.Evidence[0]] }, "Don't remove the mutex; it is not redundant.");
        finding.Decision.Should().Be(ChecklistDecision.Unsure, finding.Reason);
        finding.Reason.Should().Contain("only negated or unreadable: /(remove|drop");
    }

    [Theory]
    [InlineData("There is no reason not to keep the mutex per key.", "more than one negation")]
    [InlineData("Per key: you could add a mutex.", "hedged")]
    [InlineData("Use a per-key mutex.", "also states this criterion's evidence")]
    public void Clauses_it_cannot_read_make_the_criterion_unsure(string answer, string why)
    {
        var finding = ChecklistJudge.Assess(NoLock, answer);
        finding.Decision.Should().Be(ChecklistDecision.Unsure, finding.Reason);
        finding.Reason.Should().Contain(why);
    }

    [Theory]
    [InlineData("Remove the mutex; it works per key.", ChecklistDecision.Met, 5)]
    [InlineData("Remove the mutex.", ChecklistDecision.Met, 4)]
    [InlineData("Nothing relevant.", ChecklistDecision.Unsure, 3)]
    public void Evidence_counts_set_the_decision(string answer, ChecklistDecision decision, int score)
    {
        var finding = ChecklistJudge.Assess(NoLock, answer);
        finding.Decision.Should().Be(decision);
        finding.Score.Should().Be(score);
    }

    [Fact]
    public void One_of_three_evidence_patterns_is_unsure_two_is_met_with_4()
    {
        var criterion = NoLock with { Evidence = ["a1", "b2", "c3"], RedFlags = [] };
        ChecklistJudge.Assess(criterion, "a1 b2").Score.Should().Be(4);
        ChecklistJudge.Assess(criterion, "a1").Decision.Should().Be(ChecklistDecision.Unsure);
    }

    [Fact]
    public void A_criterion_without_evidence_patterns_is_unsure()
    {
        ChecklistJudge.Assess(NoLock with { Evidence = [] }, "Remove the mutex.").Decision.Should().Be(ChecklistDecision.Unsure);
    }

    [Fact]
    public async Task A_good_reference_answer_is_conclusive_with_a_parseable_raw_text()
    {
        var evalCase = EvalCatalog.Get("VOS-01");
        var outcome = await new ChecklistJudge().JudgeAsync(evalCase, evalCase.GoodAnswers[0]);
        outcome.IsConclusive.Should().BeTrue(outcome.Problem);
        outcome.JudgeName.Should().Be("checklist");
        JudgeReplyParser.Parse(outcome.RawText, evalCase).Scores.Should().BeEquivalentTo(outcome.Scores);
    }

    [Fact]
    public async Task An_answer_it_cannot_read_is_inconclusive_and_says_which_criteria()
    {
        var evalCase = EvalCatalog.Get("VOS-01");
        var outcome = await new ChecklistJudge().JudgeAsync(evalCase, "Restate is a durable execution engine.");
        outcome.IsConclusive.Should().BeFalse();
        outcome.Problem.Should().StartWith("the checklist judge cannot decide 4 of 4 criteria (key-serialization: Unsure: States 0 of")
            .And.EndWith("It never passes an answer it cannot read: grade it with an LLM judge or review it.");
    }

    [Fact]
    public async Task A_definite_red_flag_fails_even_when_other_criteria_are_unsure()
    {
        var evalCase = EvalCatalog.Get("VOS-01");
        var outcome = await new ChecklistJudge().JudgeAsync(evalCase, "Keep the mutex.");
        outcome.IsConclusive.Should().BeTrue();
        outcome.Scores.Should().Contain(s => s.Score == 1);
        Grader.Grade(evalCase, [outcome], new GradingPolicy()).Status.Should().Be(VerdictStatus.Failed);
    }
}
