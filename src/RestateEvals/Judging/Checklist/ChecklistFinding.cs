namespace RestateEvals;

/// <summary>The checklist's advisory finding on one criterion of one answer (never a score).</summary>
public sealed class ChecklistFinding
{
    /// <summary>Creates a finding.</summary>
    public ChecklistFinding(string criterionId, ChecklistSignal signal, string reason, string quote)
    {
        CriterionId = criterionId;
        Signal = signal;
        Reason = reason;
        Quote = quote;
    }

    /// <summary>The criterion.</summary>
    public string CriterionId { get; }

    /// <summary>Stated, red flag, or unclear.</summary>
    public ChecklistSignal Signal { get; }

    /// <summary>Why, naming the matched or missing patterns.</summary>
    public string Reason { get; }

    /// <summary>The text that matched; empty when nothing did.</summary>
    public string Quote { get; }
}
