using Xunit;

namespace RestateEvals;

/// <summary>Theory data with one row per case in <see cref="EvalCatalog.All"/>, for a single theory over every case.</summary>
public sealed class AllCasesData : TheoryData<EvalCaseRow>
{
    /// <summary>One row per case, ordered by id.</summary>
    public AllCasesData()
    {
        foreach (var evalCase in EvalCatalog.All)
        {
            Add(new EvalCaseRow(evalCase.Id));
        }
    }
}
