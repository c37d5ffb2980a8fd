namespace RestateEvals;

/// <summary>One sampled answer and what the judge made of it.</summary>
/// <param name="Index">Sample index, 0..k-1.</param>
/// <param name="Answer">The agent's answer; <see langword="null"/> when the agent failed.</param>
/// <param name="Outcome">The judge outcome (inconclusive when the agent failed).</param>
public sealed record EvalSample(int Index, AgentAnswer? Answer, JudgeOutcome Outcome)
{
    /// <summary>The follow-up answer with the code, when the case was graded by execution; <see langword="null"/> otherwise.</summary>
    public AgentAnswer? CodeAnswer { get; init; }

    /// <summary>What running the agent's code showed, when the case was graded by execution (<see cref="EvalOptions.Execution"/>); <see langword="null"/> otherwise.</summary>
    public ExecutionResult? Execution { get; init; }
}
