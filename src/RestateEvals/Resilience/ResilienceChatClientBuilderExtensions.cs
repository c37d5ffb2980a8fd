using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary><c>builder.UseEvalRetries()</c>: retries with backoff and Retry-After for agent and judge clients.</summary>
public static class ResilienceChatClientBuilderExtensions
{
    /// <summary>Adds a <see cref="RetryingChatClient"/>.</summary>
    public static ChatClientBuilder UseEvalRetries(this ChatClientBuilder builder, RetryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new RetryingChatClient(inner, options));
    }
}
