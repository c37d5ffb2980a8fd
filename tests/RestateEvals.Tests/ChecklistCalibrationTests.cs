using FluentAssertions;
using RestateEvals.FluentAssertions;

namespace RestateEvals.Tests;

/// <summary>The offline checklist judge must pass every good reference answer and fail every flawed one.</summary>
public sealed class ChecklistCalibrationTests
{
    public static TheoryData<string, int> GoodAnswers()
    {
        var data = new TheoryData<string, int>();
        foreach (var c in EvalCatalog.All)
        {
            for (var i = 0; i < c.GoodAnswers.Count; i++)
            {
                data.Add(c.Id, i);
            }
        }

        return data;
    }

    public static TheoryData<string, int> FlawedAnswers()
    {
        var data = new TheoryData<string, int>();
        foreach (var c in EvalCatalog.All)
        {
            for (var i = 0; i < c.FlawedAnswers.Count; i++)
            {
                data.Add(c.Id, i);
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(GoodAnswers))]
    public async Task Good_reference_answers_pass(string id, int index)
    {
        var result = await Evaluate(id, flawed: false, index);
        result.Should().PassRubric();
    }

    [Theory, MemberData(nameof(FlawedAnswers))]
    public async Task Flawed_reference_answers_fail(string id, int index)
    {
        var result = await Evaluate(id, flawed: true, index);
        result.Should().NotPassRubric();
        result.Verdict.Status.Should().Be(VerdictStatus.Failed);
    }

    private static Task<EvalResult> Evaluate(string id, bool flawed, int index) =>
        new EvalRunner(new ReferenceAnswerChatClient(flawed, index), new ChecklistJudge()).RunAsync(EvalCatalog.Get(id));
}
