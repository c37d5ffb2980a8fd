using FluentAssertions;

namespace RestateEvals.Tests;

public sealed class PrescreeningJudgeTests
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-01");

    [Fact]
    public async Task A_red_flag_fails_without_calling_the_llm_judge()
    {
        var llm = FakeChatClient.Replying(JudgeJson.AllScores(Case, 5));
        var result = await new EvalRunner(new ReferenceAnswerChatClient(flawed: true), new PrescreeningJudge(new LlmJudge(llm))).RunAsync(Case);

        result.Verdict.Status.Should().Be(VerdictStatus.Failed);
        result.Samples.Single().Outcome.JudgeName.Should().Be(PrescreeningJudge.Name);
        llm.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task Other_answers_go_to_the_llm_judge_which_decides()
    {
        var llm = FakeChatClient.Replying(JudgeJson.AllScores(Case, 2));
        var result = await new EvalRunner(new ReferenceAnswerChatClient(), new PrescreeningJudge(new LlmJudge(llm))).RunAsync(Case);

        llm.Calls.Should().ContainSingle();
        result.Verdict.Status.Should().Be(VerdictStatus.Failed, "the pre-screen never passes an answer by itself");
    }
}
