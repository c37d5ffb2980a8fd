using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;

namespace RestateEvals.Agents;

/// <summary>An <see cref="AIAgent"/> behind the <see cref="IChatClient"/> interface the evals call: one new session per call, every message of the run returned.</summary>
internal sealed class AgentChatClient(AIAgent agent) : IChatClient
{
    private readonly ChatClientMetadata _metadata = new("microsoft.agents.ai", null, agent.Name ?? agent.Id);

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var session = await agent.CreateSessionAsync(cancellationToken).ConfigureAwait(false);
        var response = await agent.RunAsync(messages, session, options: null, cancellationToken).ConfigureAwait(false);
        return new ChatResponse([.. response.Messages])
        {
            ModelId = (response.RawRepresentation as ChatResponse)?.ModelId ?? agent.Name ?? agent.Id,
            ResponseId = response.ResponseId,
            FinishReason = response.FinishReason,
            Usage = response.Usage,
            CreatedAt = response.CreatedAt,
        };
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("RestateEvals never streams the agent's answer.");

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType.IsInstanceOfType(agent) ? agent
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
    }
}
