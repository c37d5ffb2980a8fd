using Xunit;

namespace RestateEvals;

/// <summary>Theory data for VOS-01 (critical): Concurrent decrements on one key: adding an application mutex.</summary>
public sealed class Vos01Data : TheoryData<EvalCaseRow>
{
    /// <summary>One row: VOS-01.</summary>
    public Vos01Data() => Add(new EvalCaseRow("VOS-01"));
}
