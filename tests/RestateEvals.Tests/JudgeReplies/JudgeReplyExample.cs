namespace RestateEvals.Tests.JudgeReplies;

/// <summary>One crafted judge exchange: the replies to the first call and to each re-ask, and the status it must get.</summary>
internal sealed record JudgeReplyExample(string Name, string Kind, VerdictStatus Expected, IReadOnlyList<JudgeReplyStep> Steps, EvalCase? EvalCase = null, string? Answer = null)
{
    public EvalCase Case => EvalCase ?? JudgeReplyCorpus.Case;

    public string AnswerText => Answer ?? JudgeReplyCorpus.Answer;

    public override string ToString() => Name;
}
