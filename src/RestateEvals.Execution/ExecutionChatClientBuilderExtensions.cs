using Microsoft.Extensions.AI;

namespace RestateEvals.Execution;

/// <summary>Offline runs of grading by execution.</summary>
public static class ExecutionChatClientBuilderExtensions
{
    /// <summary>
    /// Answers the request for code (grading by execution) with the shipped reference implementation
    /// <paramref name="name"/> (<c>good</c>, or a <c>flawed-…</c> one, see <see cref="ExecutionTasks.References"/>);
    /// every other call goes to the inner client, e.g. a <c>ReferenceAnswerChatClient</c>.
    /// </summary>
    public static ChatClientBuilder UseReferenceImplementations(this ChatClientBuilder builder, string name = "good")
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return builder.Use(inner => new ReferenceImplementationChatClient(inner, name));
    }
}
