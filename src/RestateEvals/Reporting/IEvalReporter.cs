namespace RestateEvals;

/// <summary>Renders a run into one file of the report folder (Markdown summary, JSON results, HTML report).</summary>
internal interface IEvalReporter
{
    /// <summary>The file written into the report folder.</summary>
    string FileName { get; }

    /// <summary>The file's content for <paramref name="run"/>, secrets scrubbed.</summary>
    string Render(EvalRun run);
}
