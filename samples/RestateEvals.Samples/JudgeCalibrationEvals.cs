using RestateEvals;
using Xunit.Abstractions;

namespace RestateEvals.Samples;

/// <summary>
/// Calibrates the configured judge (RESTATEEVALS_JUDGE_* or the agent's endpoint) on the shipped reference answers;
/// offline, the checklist judge. The agreement report goes to the test output and to
/// TestResults/restateevals/JudgeCalibrationEvals/restateevals-calibration.md.
/// </summary>
public sealed class JudgeCalibrationEvals(ITestOutputHelper output) : JudgeCalibration(output)
{
    protected override GradingPolicy Policy => SampleSetup.Settings.Options.Policy;

    protected override IJudge CreateJudge() => SampleSetup.CreateJudge();
}
