namespace RestateEvals;

/// <summary>The agent under evaluation threw, timed out or returned nothing; the case is inconclusive, never passed. The message is scrubbed of secrets (<see cref="SecretScrubber"/>).</summary>
public sealed class AgentFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AgentFailedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AgentFailedException(string message)
        : base(SecretScrubber.Scrub(message))
    {
    }

    /// <summary>Creates the exception with a message and why the agent failed.</summary>
    public AgentFailedException(string message, InconclusiveReason reason, Exception? innerException = null)
        : base(SecretScrubber.Scrub(message), innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the agent failed: <see cref="InconclusiveReason.AgentError"/> (default), <see cref="InconclusiveReason.AgentTimeout"/> or <see cref="InconclusiveReason.RateLimited"/>.</summary>
    public InconclusiveReason Reason { get; } = InconclusiveReason.AgentError;

    /// <summary>Creates the exception with a message and the cause.</summary>
    public AgentFailedException(string message, Exception innerException)
        : base(SecretScrubber.Scrub(message), innerException)
    {
    }
}
