namespace RestateEvals;

/// <summary>Thrown by <see cref="EvalResultExtensions.EnsurePassed"/> when a case failed or was inconclusive.</summary>
public sealed class RubricNotMetException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RubricNotMetException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RubricNotMetException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public RubricNotMetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
