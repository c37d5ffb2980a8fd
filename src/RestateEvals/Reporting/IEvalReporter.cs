namespace RestateEvals;

/// <summary>
/// Renders a run into one file of the report folder. The Markdown summary, JSON results and HTML report are reporters;
/// add your own to <see cref="EvalReport.Reporters"/> (or a suite's <c>Reporters</c>) to write another format.
/// </summary>
public interface IEvalReporter
{
    /// <summary>The file written into the report folder.</summary>
    string FileName { get; }

    /// <summary>The file's content for <paramref name="run"/>, secrets scrubbed.</summary>
    string Render(EvalRun run);
}
