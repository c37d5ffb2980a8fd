namespace RestateEvals;

/// <summary>What <see cref="LlmJudge"/> asks the provider for.</summary>
public enum JudgeResponseFormat
{
    /// <summary>A JSON schema fixing the criterion ids, the item fields and integer scores 1-5; JSON mode when the provider rejects schemas (decided once per judge, on the first rejection).</summary>
    Auto,

    /// <summary>Always the JSON schema; a provider that rejects it makes every sample inconclusive.</summary>
    JsonSchema,

    /// <summary>Plain JSON mode, for providers without schema support; the reply contract is still enforced.</summary>
    Json,
}
