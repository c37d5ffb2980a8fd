namespace RestateEvals;

/// <summary>Keys RestateEvals puts into <c>ChatOptions.AdditionalProperties</c> so middleware (caching, logging, fakes) can tell calls apart.</summary>
public static class EvalChatProperties
{
    /// <summary>The <see cref="EvalCase.Id"/> being asked or judged.</summary>
    public const string CaseId = "restateevals.case";

    /// <summary>The sample index (0..k-1) of the call.</summary>
    public const string SampleIndex = "restateevals.sample";

    /// <summary><c>"agent"</c> on calls to the agent under evaluation, <c>"agent-code"</c> on the follow-up asking it for the fix as code (grading by execution), <c>"judge"</c> on judge calls.</summary>
    public const string Role = "restateevals.role";

    /// <summary>On judge calls: <see cref="JudgePrompt.RubricHash"/> of the case, so recordings change when the rubric or judge prompt does.</summary>
    public const string RubricHash = "restateevals.rubric";

    /// <summary>On judge calls: the random nonce of the answer delimiters, which recordings replace by a placeholder in their keys.</summary>
    public const string AnswerNonce = "restateevals.nonce";
}
