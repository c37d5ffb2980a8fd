namespace RestateEvals;

/// <summary>What the checklist decided for one criterion.</summary>
public enum ChecklistDecision
{
    /// <summary>Enough evidence was stated, and no red flag: scored 4 or 5.</summary>
    Met,

    /// <summary>A red flag was recommended or stated: scored 1.</summary>
    NotMet,

    /// <summary>The checklist cannot tell (too little evidence, or a clause whose polarity it cannot read). Never counted as a pass.</summary>
    Unsure,
}
