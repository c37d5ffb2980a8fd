using RestateEvals;
using Xunit.Abstractions;

namespace RestateEvals.Tests;

/// <summary>
/// The offline reference-answer judge, calibrated like any configured judge: every good reference answer passes, every flawed
/// one fails, and the agreement report (written to the test output and TestResults/restateevals) shows no false pass.
/// </summary>
public sealed class ChecklistCalibrationTests(ITestOutputHelper output) : JudgeCalibration(output)
{
    protected override IJudge CreateJudge() => new ReferenceAnswerJudge();
}
