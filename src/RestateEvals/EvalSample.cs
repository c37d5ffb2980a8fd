namespace RestateEvals;

/// <summary>One sampled answer and what the judge made of it.</summary>
/// <param name="Index">Sample index, 0..k-1.</param>
/// <param name="Answer">The agent's answer; <see langword="null"/> when the agent failed.</param>
/// <param name="Outcome">The judge outcome (inconclusive when the agent failed).</param>
public sealed record EvalSample(int Index, AgentAnswer? Answer, JudgeOutcome Outcome);
