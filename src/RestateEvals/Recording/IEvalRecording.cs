namespace RestateEvals;

/// <summary>A record/replay store in a chat client pipeline; reached with <c>client.GetService&lt;IEvalRecording&gt;()</c>.</summary>
public interface IEvalRecording
{
    /// <summary>Drops every recorded response of <paramref name="caseId"/>, so a failing answer is never replayed on the next run.</summary>
    Task ForgetAsync(string caseId, CancellationToken cancellationToken = default);
}
