using Xunit;

namespace RestateEvals;

/// <summary>Theory data for VOS-08 (high): One key stuck behind a failing invocation.</summary>
public sealed class Vos08Data : TheoryData<EvalCaseRow>
{
    /// <summary>One row: VOS-08.</summary>
    public Vos08Data() => Add(new EvalCaseRow("VOS-08"));
}
