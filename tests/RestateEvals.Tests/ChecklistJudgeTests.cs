using FluentAssertions;

namespace RestateEvals.Tests;

public sealed class ChecklistJudgeTests
{
    private static readonly Criterion NoLock = new("no-lock", Dimension.VirtualObjectsAndState, "d", "e", "p")
    {
        Evidence = [@"serializ", @"per[- ]key"],
        RedFlags = [@"(add|use|keep)[^.]{0,30}(mutex|lock)"],
    };

    [Theory]
    [InlineData("Do not add a mutex; Restate serializes calls per key.")]
    [InlineData("You don't need to keep the lock. Restate serializes per-key.")]
    [InlineData("Instead of a lock, rely on Restate: it serializes calls per key. Avoid using a mutex.")]
    public void Negated_red_flags_are_not_recommendations(string answer)
    {
        ChecklistJudge.Score(NoLock, answer).Score.Should().Be(5);
    }

    [Fact]
    public void An_unnegated_red_flag_scores_1_and_quotes_it()
    {
        var score = ChecklistJudge.Score(NoLock, "Restate serializes calls per key. Still, add a mutex to be safe.");
        score.Score.Should().Be(1);
        score.Evidence.Should().Be("add a mutex");
        score.Reason.Should().Be("Red flag: \"add a mutex\" recommends what this criterion rules out.");
    }

    [Theory]
    [InlineData("It serializes work per key.", 5)]
    [InlineData("It serializes work.", 4)]
    [InlineData("Nothing relevant.", 2)]
    public void Evidence_counts_set_the_score(string answer, int expected)
    {
        ChecklistJudge.Score(NoLock, answer).Score.Should().Be(expected);
    }

    [Fact]
    public void Three_of_five_evidence_patterns_is_4_and_one_is_3()
    {
        var criterion = NoLock with { Evidence = ["a1", "b2", "c3", "d4", "e5"], RedFlags = [] };
        ChecklistJudge.Score(criterion, "a1 b2 c3").Score.Should().Be(4);
        ChecklistJudge.Score(criterion, "a1").Score.Should().Be(3);
    }

    [Fact]
    public async Task Outcome_is_conclusive_with_a_parseable_raw_text()
    {
        var evalCase = EvalCatalog.Get("VOS-01");
        var outcome = await new ChecklistJudge().JudgeAsync(evalCase, evalCase.GoodAnswers[0]);
        outcome.IsConclusive.Should().BeTrue();
        outcome.JudgeName.Should().Be("checklist");
        JudgeReplyParser.Parse(outcome.RawText, evalCase).Scores.Should().BeEquivalentTo(outcome.Scores);
    }
}
