namespace RestateEvals;

/// <summary>
/// Fails every test of a suite when its judge could not score a known-good
/// reference answer before the first case: the judge configuration is broken, and no case was put to the agent.
/// </summary>
public sealed class JudgePreflightException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JudgePreflightException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public JudgePreflightException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public JudgePreflightException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
