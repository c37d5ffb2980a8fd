using Xunit;

namespace RestateEvals.Xunit;

/// <summary>Every good reference answer of every case.</summary>
public sealed class GoodReferenceAnswerData : TheoryData<ReferenceAnswerRow>
{
    /// <summary>One row per good answer.</summary>
    public GoodReferenceAnswerData()
    {
        foreach (var c in EvalCatalog.All)
        {
            for (var i = 0; i < c.GoodAnswers.Count; i++)
            {
                Add(new ReferenceAnswerRow(c.Id, flawed: false, i));
            }
        }
    }
}
