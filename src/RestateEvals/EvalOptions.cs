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

    /// <summary>How many answer-and-judge pipelines (one per case sample) may run at once. Default: 4.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        Policy.Validate();
        if (MaxConcurrency is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "EvalOptions.MaxConcurrency must be between 1 and 64.");
        }

        if (AgentTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(AgentTimeout), AgentTimeout, "EvalOptions.AgentTimeout must be positive.");
        }
    }
}
