namespace RestateEvals;

/// <summary>What the checklist's patterns suggest about one criterion. Advisory only: it never passes or fails a sample.</summary>
public enum ChecklistSignal
{
    /// <summary>At least half of the criterion's evidence patterns appear stated, and no red flag.</summary>
    Stated,

    /// <summary>A red-flag pattern appears recommended or stated: worth a reviewer's look.</summary>
    RedFlag,

    /// <summary>The patterns cannot tell (too little evidence, or a clause whose polarity they cannot read).</summary>
    Unclear,
}
