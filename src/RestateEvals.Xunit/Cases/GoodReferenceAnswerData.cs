using Xunit;

namespace RestateEvals;

/// <summary>Every good reference answer of every case.</summary>
public sealed class GoodReferenceAnswerData : TheoryData<ReferenceAnswerRow>
{
    /// <summary>One row per good answer.</summary>
    public GoodReferenceAnswerData()
    {
        foreach (var row in ReferenceAnswerRow.All(flawed: false))
        {
            Add(row);
        }
    }
}
