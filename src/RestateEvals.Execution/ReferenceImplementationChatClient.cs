using Microsoft.Extensions.AI;

namespace RestateEvals.Execution;

/// <summary>
/// Offline stand-in for the code turn: answers the request for code (role <c>agent-code</c>) with a shipped reference
/// implementation in a ```ts block, and passes every other call on. It exercises grading by execution without a model.
/// </summary>
internal sealed class ReferenceImplementationChatClient(IChatClient inner, string name) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var properties = options?.AdditionalProperties;
        if (properties?.TryGetValue(EvalChatProperties.Role, out var role) != true || role as string != "agent-code")
        {
            return base.GetResponseAsync(messages, options, cancellationToken);
        }

        var caseId = properties.TryGetValue(EvalChatProperties.CaseId, out var id) ? id as string : null;
        var reference = ExecutionTasks.References(caseId ?? string.Empty).FirstOrDefault(r => r.Name == name)
            ?? throw new InvalidOperationException($"No reference implementation '{name}' for {caseId ?? "(no case id)"}.");
        var text = $"Here is the module:\n\n```ts\n{reference.Code.Trim()}\n```\n";
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = "reference-implementations" });
    }
}
