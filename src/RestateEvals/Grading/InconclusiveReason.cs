namespace RestateEvals;

/// <summary>Why a sample or a case could not be graded. Reports classify by it, never by a message's wording.</summary>
public enum InconclusiveReason
{
    /// <summary>The agent threw, or returned an empty answer.</summary>
    AgentError,

    /// <summary>The agent did not answer within <see cref="EvalOptions.AgentTimeout"/>, or its client gave up by itself.</summary>
    AgentTimeout,

    /// <summary>A model endpoint (agent or judge) answered 429 / 503, or sent a Retry-After, until the retries ran out.</summary>
    RateLimited,

    /// <summary>The judge's reply could not be used; <see cref="JudgeOutcome.ReplyProblem"/> says why.</summary>
    JudgeUnusable,

    /// <summary>The judge did not answer within <see cref="JudgeOptions.Timeout"/>, or its client gave up by itself.</summary>
    JudgeTimeout,

    /// <summary>The judge call failed (an error other than a timeout or rate limiting).</summary>
    JudgeCallFailed,

    /// <summary>A judge panel disagreed by more than its allowed spread.</summary>
    JudgesDisagree,

    /// <summary>The answer addresses the grader or tries to instruct it (found by the check, or reported by the judge).</summary>
    AnswerAddressesGrader,

    /// <summary>Grading by execution could not conclude (no code, or the sandbox could not run it).</summary>
    ExecutionInconclusive,

    /// <summary>The run was stopped before the sample was graded.</summary>
    Interrupted,

    /// <summary>No judge was configured.</summary>
    NoJudge,

    /// <summary>A judge that grades only known answers (<see cref="ReferenceAnswerJudge"/>) was given another answer.</summary>
    UnknownAnswer,
}
