using Xunit;

namespace RestateEvals.Xunit;

/// <summary>Every flawed reference answer of every case.</summary>
public sealed class FlawedReferenceAnswerData : TheoryData<ReferenceAnswerRow>
{
    /// <summary>One row per flawed answer.</summary>
    public FlawedReferenceAnswerData()
    {
        foreach (var c in EvalCatalog.All)
        {
            for (var i = 0; i < c.FlawedAnswers.Count; i++)
            {
                Add(new ReferenceAnswerRow(c.Id, flawed: true, i));
            }
        }
    }
}
