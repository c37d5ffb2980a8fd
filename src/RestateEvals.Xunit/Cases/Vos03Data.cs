using Xunit;

namespace RestateEvals;

/// <summary>Theory data for VOS-03 (medium): Managing virtual objects like pods to spin up and shut down.</summary>
public sealed class Vos03Data : TheoryData<EvalCaseRow>
{
    /// <summary>One row: VOS-03.</summary>
    public Vos03Data() => Add(new EvalCaseRow("VOS-03"));
}
