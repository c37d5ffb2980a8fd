using FluentAssertions;

namespace RestateEvals.Tests.Corpus;

/// <summary>Correct expert sentences that mention the wrong advice in passing: appended to a good answer, the advisory checklist must not flag them.</summary>
public sealed class ExpertSentenceTests
{
    public static TheoryData<string, string> Sentences { get; } = new()
    {
        { "VOS-01", "In other frameworks you would use a mutex here, but in Restate the key already serializes these calls." },
        { "VOS-02", "You might think this is a race between getBalance and transfer, but the write is rejected." },
        { "VOS-03", "Restate will instantiate the object lazily on the first call, so there is nothing to provision." },
        { "VOS-04", "Restate times out the call only if you add orTimeout yourself; there is no built-in detection." },
        { "VOS-05", "Unlike ctx.sleep, a delayed send frees the key immediately." },
        { "VOS-06", "Think of the journal like a transaction log that is replayed, not rolled back." },
        { "VOS-07", "Your plan to persist every 100 increments means a crash can lose up to 99 increments." },
        { "VOS-08", "If you restart the Restate server nothing changes: the invocation still holds the key." },
        { "VOS-09", "Use an update handler on the object to change the tier." },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public async Task Appended_to_a_good_answer_it_raises_no_red_flag_and_offline_nothing_fails_it(string caseId, string sentence)
    {
        var evalCase = EvalCatalog.Get(caseId);
        foreach (var good in evalCase.GoodAnswers)
        {
            foreach (var answer in new[] { good + "\n\n" + sentence, good + " " + sentence })
            {
                Checklist.Review(evalCase, answer).Where(f => f.Signal == ChecklistSignal.RedFlag).Select(f => f.Reason).Should().BeEmpty();
                var outcome = await new ReferenceAnswerJudge().JudgeAsync(evalCase, answer);
                outcome.Reason.Should().Be(InconclusiveReason.UnknownAnswer, "an answer that is not a labelled reference is never decided offline");
            }
        }
    }
}
