namespace RestateEvals.Execution;

/// <summary>The sandbox cannot run: Node.js or npm is missing or too old, the packages could not be installed, or restate-server did not start.</summary>
public sealed class SandboxUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SandboxUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SandboxUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public SandboxUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
