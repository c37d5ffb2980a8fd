using Xunit;

namespace RestateEvals;

/// <summary>Theory data for VOS-09 (high): Fixing one key's state from outside.</summary>
public sealed class Vos09Data : TheoryData<EvalCaseRow>
{
    /// <summary>One row: VOS-09.</summary>
    public Vos09Data() => Add(new EvalCaseRow("VOS-09"));
}
