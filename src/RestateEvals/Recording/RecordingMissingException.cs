namespace RestateEvals;

/// <summary>A <see cref="RecordingMode.ReplayOnly"/> call had no recording.</summary>
public sealed class RecordingMissingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RecordingMissingException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RecordingMissingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public RecordingMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
