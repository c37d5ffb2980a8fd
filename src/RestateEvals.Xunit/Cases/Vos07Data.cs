using Xunit;

namespace RestateEvals;

/// <summary>Theory data for VOS-07 (medium): Keeping object state in memory, actor-style.</summary>
public sealed class Vos07Data : TheoryData<EvalCaseRow>
{
    /// <summary>One row: VOS-07.</summary>
    public Vos07Data() => Add(new EvalCaseRow("VOS-07"));
}
