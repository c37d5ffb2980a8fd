using Xunit;

namespace RestateEvals;

/// <summary>Theory data for VOS-04 (high): Same-key request-response call deadlocks the object.</summary>
public sealed class Vos04Data : TheoryData<EvalCaseRow>
{
    /// <summary>One row: VOS-04.</summary>
    public Vos04Data() => Add(new EvalCaseRow("VOS-04"));
}
