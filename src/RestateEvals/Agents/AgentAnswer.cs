namespace RestateEvals;

/// <summary>What the agent under evaluation answered, with the facts needed to review it.</summary>
/// <param name="Text">The answer text.</param>
/// <param name="ModelId">The model that answered, as the chat client reported it.</param>
/// <param name="InputTokens">Prompt tokens, when reported.</param>
/// <param name="OutputTokens">Completion tokens, when reported.</param>
/// <param name="Latency">Wall time of the call.</param>
public sealed record AgentAnswer(string Text, string? ModelId, long? InputTokens, long? OutputTokens, TimeSpan Latency);
