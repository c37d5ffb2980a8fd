using Xunit;

namespace RestateEvals;

/// <summary>Every flawed reference answer of every case.</summary>
public sealed class FlawedReferenceAnswerData : TheoryData<ReferenceAnswerRow>
{
    /// <summary>One row per flawed answer.</summary>
    public FlawedReferenceAnswerData()
    {
        foreach (var row in ReferenceAnswerRow.All(flawed: true))
        {
            Add(row);
        }
    }
}
