namespace RestateEvals;

/// <summary>What the agent under evaluation answered, with the facts needed to review it.</summary>
/// <param name="Text">The answer text.</param>
/// <param name="ModelId">The model that answered, as the chat client reported it.</param>
/// <param name="InputTokens">Prompt tokens, when reported.</param>
/// <param name="OutputTokens">Completion tokens, when reported.</param>
/// <param name="Latency">Wall time of the call.</param>
public sealed record AgentAnswer(string Text, string? ModelId, long? InputTokens, long? OutputTokens, TimeSpan Latency)
{
    /// <summary>The functions the agent called while answering, in order (from the response's function call and result contents); empty when none.</summary>
    public IReadOnlyList<FunctionCall> FunctionCalls { get; init; } = [];

    /// <summary>Equal when every field is, function calls compared item by item.</summary>
    public bool Equals(AgentAnswer? other) =>
        other is not null && Text == other.Text && ModelId == other.ModelId && InputTokens == other.InputTokens
        && OutputTokens == other.OutputTokens && Latency == other.Latency && FunctionCalls.SequenceEqual(other.FunctionCalls);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, ModelId, InputTokens, OutputTokens, Latency, FunctionCalls.Count);
}
