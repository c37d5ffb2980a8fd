using Xunit;

namespace RestateEvals.Xunit;

/// <summary>
/// Calibration for any judge: it must pass every good reference answer and fail every flawed one, under the same
/// <see cref="Policy"/> the evals use. Derive one class and override <see cref="CreateJudge"/>; run it whenever the
/// judge model, prompt or thresholds change.
/// </summary>
public abstract class JudgeCalibration
{
    /// <summary>The thresholds applied. Default: <see cref="GradingPolicy"/> defaults.</summary>
    protected virtual GradingPolicy Policy { get; } = new();

    /// <summary>The judge under calibration.</summary>
    protected abstract IJudge CreateJudge();

    /// <summary>A good reference answer must pass.</summary>
    [Theory, ClassData(typeof(GoodReferenceAnswerData)), Trait("Category", "JudgeCalibration")]
    public async Task Good_reference_answer_passes(ReferenceAnswerRow answer)
    {
        var result = await JudgeAsync(answer);
        if (!result.Verdict.Passed)
        {
            throw new RubricNotMetException($"The judge failed a good reference answer ({answer}).\n\n{VerdictFormatter.Describe(result)}");
        }
    }

    /// <summary>A flawed reference answer must fail (scored and below the thresholds; inconclusive does not count).</summary>
    [Theory, ClassData(typeof(FlawedReferenceAnswerData)), Trait("Category", "JudgeCalibration")]
    public async Task Flawed_reference_answer_fails(ReferenceAnswerRow answer)
    {
        var result = await JudgeAsync(answer);
        if (result.Verdict.Status != VerdictStatus.Failed)
        {
            throw new RubricNotMetException($"The judge did not fail a flawed reference answer ({answer}): it was {result.Verdict.Status.ToString().ToLowerInvariant()}.\n\n{VerdictFormatter.Describe(result)}");
        }
    }

    private async Task<EvalResult> JudgeAsync(ReferenceAnswerRow answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var evalCase = EvalCatalog.Get(answer.CaseId);
        var policy = new GradingPolicy { MinimumMean = Policy.MinimumMean, MinimumCriterionScore = Policy.MinimumCriterionScore, Samples = 1 };
        var outcome = await CreateJudge().JudgeAsync(evalCase, answer.Answer);
        return new EvalResult(evalCase, [new EvalSample(0, new AgentAnswer(answer.Answer, ReferenceAnswerChatClient.ModelName, null, null, TimeSpan.Zero), outcome)], Grader.Grade(evalCase, [outcome], policy));
    }
}
