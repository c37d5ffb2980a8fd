namespace RestateEvals;

/// <summary>How agent and judge calls use recordings.</summary>
public enum RecordingMode
{
    /// <summary>Every call goes to the model; nothing is read or written.</summary>
    Live,

    /// <summary>Replay a recorded response when there is one, otherwise call the model and record it. A case that does not pass has its recordings dropped, so a failing answer is never replayed on the next run.</summary>
    Record,

    /// <summary>Only replay; a call with no recording fails (the case is inconclusive). For deterministic CI runs; recordings are never dropped.</summary>
    ReplayOnly,
}
