using Xunit;

namespace RestateEvals;

/// <summary>Theory data for VOS-02 (high): Shared getBalance handler that writes state.</summary>
public sealed class Vos02Data : TheoryData<EvalCaseRow>
{
    /// <summary>One row: VOS-02.</summary>
    public Vos02Data() => Add(new EvalCaseRow("VOS-02"));
}
