using Xunit;

namespace RestateEvals;

/// <summary>Theory data for VOS-06 (high): Expecting state rollback on TerminalError, and double application on retry.</summary>
public sealed class Vos06Data : TheoryData<EvalCaseRow>
{
    /// <summary>One row: VOS-06.</summary>
    public Vos06Data() => Add(new EvalCaseRow("VOS-06"));
}
