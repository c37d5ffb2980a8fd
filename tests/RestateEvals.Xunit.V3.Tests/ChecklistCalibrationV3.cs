using RestateEvals;

namespace RestateEvals.Xunit.V3.Tests;

/// <summary>Judge calibration on xUnit v3: the checklist judge passes every good and fails every flawed reference answer.</summary>
public sealed class ChecklistCalibrationV3 : JudgeCalibration
{
    protected override IJudge CreateJudge() => new ReferenceAnswerJudge();
}
