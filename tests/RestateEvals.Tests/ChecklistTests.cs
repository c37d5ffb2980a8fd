using FluentAssertions;

namespace RestateEvals.Tests;

/// <summary>The advisory checklist: what its patterns flag for a reviewer. It never passes or fails a sample.</summary>
public sealed class ChecklistTests
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
        var finding = Checklist.Review(NoLock, answer);
        finding.Signal.Should().Be(ChecklistSignal.Stated, finding.Reason);
    }

    [Theory]
    [InlineData("Restate serializes calls per key. Still, add a mutex to be safe.", "add a mutex")]
    [InlineData("Restate serializes per key. Drop the Redis plan and keep the mutex.", "keep the mutex")]
    [InlineData("Calls queue per key. Replace the mutex with a Redlock.", "Replace the mutex with a Redlock")]
    [InlineData("Restate serializes per key, but keep the mutex anyway.", "keep the mutex")]
    [InlineData("Per key is fine. Keeping it is a mistake? No: use a mutex.", "use a mutex")]
    public void Affirmed_red_flags_are_flagged_and_quoted(string answer, string quote)
    {
        var finding = Checklist.Review(NoLock, answer);
        finding.Signal.Should().Be(ChecklistSignal.RedFlag, finding.Reason);
        finding.Quote.Should().Be(quote);
        finding.Reason.Should().Be($"Red flag: \"{quote}\" recommends or states what this criterion rules out.");
    }

    [Fact]
    public void Negated_evidence_is_not_stated()
    {
        var finding = Checklist.Review(NoLock with { Evidence = [NoLock.Evidence[0]] }, "Don't remove the mutex; it is not redundant.");
        finding.Signal.Should().Be(ChecklistSignal.Unclear, finding.Reason);
        finding.Reason.Should().Contain("only negated or unreadable: /(remove|drop");
    }

    [Theory]
    [InlineData("There is no reason not to keep the mutex per key.", "more than one negation")]
    [InlineData("Per key: you could add a mutex.", "hedged")]
    [InlineData("Use a per-key mutex.", "also states this criterion's evidence")]
    public void Clauses_it_cannot_read_are_unclear(string answer, string why)
    {
        var finding = Checklist.Review(NoLock, answer);
        finding.Signal.Should().Be(ChecklistSignal.Unclear, finding.Reason);
        finding.Reason.Should().Contain(why);
    }

    [Theory]
    [InlineData("Remove the mutex; it works per key.", ChecklistSignal.Stated)]
    [InlineData("Remove the mutex.", ChecklistSignal.Stated)]
    [InlineData("Nothing relevant.", ChecklistSignal.Unclear)]
    public void Evidence_counts_set_the_signal(string answer, ChecklistSignal signal) =>
        Checklist.Review(NoLock, answer).Signal.Should().Be(signal);

    [Fact]
    public void One_of_three_evidence_patterns_is_unclear_two_is_stated()
    {
        var criterion = NoLock with { Evidence = ["a1", "b2", "c3"], RedFlags = [] };
        Checklist.Review(criterion, "a1 b2").Signal.Should().Be(ChecklistSignal.Stated);
        Checklist.Review(criterion, "a1").Signal.Should().Be(ChecklistSignal.Unclear);
    }

    [Fact]
    public void A_criterion_without_evidence_patterns_is_unclear()
    {
        Checklist.Review(NoLock with { Evidence = [] }, "Remove the mutex.").Signal.Should().Be(ChecklistSignal.Unclear);
    }

    [Fact]
    public void The_checklist_is_no_judge_and_cannot_be_used_as_one() =>
        typeof(IJudge).IsAssignableFrom(typeof(Checklist)).Should().BeFalse("patterns flag, warn or make a sample inconclusive; they never conclude");
}
