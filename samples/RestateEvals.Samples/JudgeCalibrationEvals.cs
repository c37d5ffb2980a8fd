using RestateEvals.Xunit;

namespace RestateEvals.Samples;

/// <summary>Calibrates the configured judge (RESTATEEVALS_JUDGE_* or the agent's endpoint) on the shipped reference answers; offline, the checklist judge.</summary>
public sealed class JudgeCalibrationEvals : JudgeCalibration
{
    protected override GradingPolicy Policy => SampleSetup.Settings.Options.Policy;

    protected override IJudge CreateJudge() => SampleSetup.CreateJudge();
}
