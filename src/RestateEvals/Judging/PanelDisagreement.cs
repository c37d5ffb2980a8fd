namespace RestateEvals;

/// <summary>What a <see cref="JudgePanel"/> does when its judges' scores for a criterion spread more than <see cref="JudgePanelOptions.MaxSpread"/>.</summary>
public enum PanelDisagreement
{
    /// <summary>The outcome is inconclusive, and its problem lists every judge's score per criterion. The default.</summary>
    Inconclusive,

    /// <summary>The criterion takes the lowest judge score; the reason notes the disagreement.</summary>
    UseLowestScore,
}
