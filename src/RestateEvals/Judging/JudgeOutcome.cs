namespace RestateEvals;

/// <summary>What a judge made of one answer: a score per criterion, or why it could not score.</summary>
public sealed class JudgeOutcome
{
    private JudgeOutcome(IReadOnlyList<JudgeScore> scores, string? problem, string rawText, string judgeName, InconclusiveReason? reason)
    {
        Scores = scores;
        Problem = problem;
        RawText = rawText;
        JudgeName = judgeName;
        Reason = reason;
    }

    /// <summary>One score per criterion when <see cref="IsConclusive"/>; empty otherwise.</summary>
    public IReadOnlyList<JudgeScore> Scores { get; }

    /// <summary>Why the outcome is inconclusive; <see langword="null"/> when conclusive.</summary>
    public string? Problem { get; }

    /// <summary>Why the outcome is inconclusive, as a value; <see langword="null"/> when conclusive.</summary>
    public InconclusiveReason? Reason { get; }

    /// <summary>Why the judge's reply was unusable, when <see cref="Reason"/> is <see cref="InconclusiveReason.JudgeUnusable"/>.</summary>
    public JudgeReplyProblem? ReplyProblem { get; private init; }

    /// <summary>The judge's raw output (last attempt), for diagnosis.</summary>
    public string RawText { get; }

    /// <summary>Which judge produced this (model id or <c>checklist</c>).</summary>
    public string JudgeName { get; }

    /// <summary>Prompt tokens of the judge's calls for this answer (re-asks included), when the client reported them.</summary>
    public long? InputTokens { get; init; }

    /// <summary>Completion tokens of the judge's calls for this answer (re-asks included), when the client reported them.</summary>
    public long? OutputTokens { get; init; }

    /// <summary>This outcome with the judge's token counts.</summary>
    internal JudgeOutcome WithTokens(long? input, long? output) => new(Scores, Problem, RawText, JudgeName, Reason) { ReplyProblem = ReplyProblem, InputTokens = input, OutputTokens = output };

    /// <summary>True when every criterion was scored.</summary>
    public bool IsConclusive => Problem is null;

    /// <summary>A complete set of scores.</summary>
    public static JudgeOutcome Conclusive(IReadOnlyList<JudgeScore> scores, string rawText, string judgeName) =>
        new(scores ?? throw new ArgumentNullException(nameof(scores)), null, rawText ?? string.Empty, judgeName, null);

    /// <summary>No usable scores, with the <paramref name="reason"/> as a value and the <paramref name="problem"/> in words.</summary>
    public static JudgeOutcome Inconclusive(string problem, string rawText, string judgeName, InconclusiveReason reason, JudgeReplyProblem? replyProblem = null) =>
        new([], problem ?? throw new ArgumentNullException(nameof(problem)), rawText ?? string.Empty, judgeName, reason) { ReplyProblem = replyProblem };
}
