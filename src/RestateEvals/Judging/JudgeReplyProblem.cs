namespace RestateEvals;

/// <summary>Why a judge's reply was unusable (the sub-reason of <see cref="InconclusiveReason.JudgeUnusable"/>).</summary>
public enum JudgeReplyProblem
{
    /// <summary>No text, prose only, text around the JSON object, invalid or too deeply nested JSON, or over the size limit.</summary>
    NotOneJsonObject,

    /// <summary>A property name appears twice in one object.</summary>
    DuplicateProperty,

    /// <summary>The object does not have the contract's shape (unknown properties, items out of order, a missing or repeated criterion).</summary>
    WrongShape,

    /// <summary>A score is not a JSON integer 1-5.</summary>
    InvalidScore,

    /// <summary>The text cannot be read (invalid UTF-16, such as a lone surrogate escape).</summary>
    UnreadableText,

    /// <summary>The reply did not end normally (finish reason other than stop).</summary>
    Truncated,

    /// <summary>A score of 4 or 5 has evidence that is not a quote of the answer.</summary>
    EvidenceNotQuoted,

    /// <summary>A passing score's reasoning condemns the answer.</summary>
    ContradictoryReasoning,
}
