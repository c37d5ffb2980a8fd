using RestateEvals.Xunit;

namespace RestateEvals.Tests;

/// <summary>The offline checklist judge, calibrated like any configured judge: every good reference answer passes, every flawed one fails.</summary>
public sealed class ChecklistCalibrationTests : JudgeCalibration
{
    protected override IJudge CreateJudge() => new ChecklistJudge();
}
