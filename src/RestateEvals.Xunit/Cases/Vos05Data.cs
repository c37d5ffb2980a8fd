using Xunit;

namespace RestateEvals;

/// <summary>Theory data for VOS-05 (high): Long ctx.sleep inside an exclusive handler blocks the key.</summary>
public sealed class Vos05Data : TheoryData<EvalCaseRow>
{
    /// <summary>One row: VOS-05.</summary>
    public Vos05Data() => Add(new EvalCaseRow("VOS-05"));
}
