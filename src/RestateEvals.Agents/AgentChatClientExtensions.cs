using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;

namespace RestateEvals.Agents;

/// <summary><c>agent.AsEvalChatClient()</c>: a Microsoft Agent Framework <see cref="AIAgent"/> as the agent under evaluation.</summary>
public static class AgentChatClientExtensions
{
    /// <summary>
    /// Wraps <paramref name="agent"/> as an <see cref="IChatClient"/> to return from
    /// <c>VirtualObjectsAndStateEvals.CreateAgent()</c> or to pass to <see cref="EvalRunner"/>. Every call runs the
    /// agent in a new session (each case is its own conversation) and returns all the messages of the run, so the
    /// functions the agent called (name, arguments, result) reach <see cref="AgentAnswer.FunctionCalls"/>, the snapshot
    /// and the report. The agent's own instructions and options apply; the evals' chat options are not passed on.
    /// Compose record/replay or retries on the result as on any chat client.
    /// </summary>
    public static IChatClient AsEvalChatClient(this AIAgent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return new AgentChatClient(agent);
    }
}
