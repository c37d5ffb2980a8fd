using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>How cases are put to the agent and graded.</summary>
public sealed class EvalOptions
{
    /// <summary>System prompt sent before each case input. Default: none (the agent's own).</summary>
    public string? SystemPrompt { get; set; }

    /// <summary>Chat options for agent calls (model id, temperature...). Default: none, the client's defaults.</summary>
    public ChatOptions? AgentChatOptions { get; set; }

    /// <summary>Pass thresholds and samples per case. Default: mean &gt;= 4.0, every criterion &gt;= 3, one sample.</summary>
    public GradingPolicy Policy { get; set; } = new();

    /// <summary>Time allowed for one agent call. Default: 2 minutes.</summary>
    public TimeSpan AgentTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A fixed cap on the answer-and-judge pipelines (one per case sample) that run at once, 1 to 256. Default:
    /// <see langword="null"/>, no fixed cap: every pipeline starts at once and the adaptive limiters of the agent and judge
    /// clients (<c>builder.UseEvalConcurrency()</c>) decide how many calls each endpoint gets. When set, it also caps those.
    /// </summary>
    public int? MaxConcurrency { get; set; }

    /// <summary>
    /// Grading by execution: for the cases it has a task for, the agent is also asked for the fix as code, which is run
    /// and scored as <see cref="ExecutionCriterion"/> (a failed execution fails the case). Default: <see langword="null"/>,
    /// off. <c>RestateEvals.Execution</c>'s <c>RestateExecutionGrader</c> runs the code on a real Restate server.
    /// </summary>
    public IExecutionGrader? Execution { get; set; }

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        Policy.Validate();
        if (MaxConcurrency is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "EvalOptions.MaxConcurrency must be between 1 and 256, or null for no fixed cap (the adaptive limiters decide).");
        }

        if (AgentTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(AgentTimeout), AgentTimeout, "EvalOptions.AgentTimeout must be positive.");
        }
    }
}
