namespace RestateEvals;

/// <summary>
/// Grades by execution: for a case whose fix is code, the agent is asked (in a follow-up turn of the same conversation)
/// for one module with a stated contract, and the module is run against a scenario. The outcome becomes the
/// <see cref="ExecutionCriterion"/> of the case, and a failed execution fails the case whatever the rubric says.
/// Set it on <see cref="EvalOptions.Execution"/>; <c>RestateEvals.Execution</c> runs the code on a real Restate server.
/// </summary>
public interface IExecutionGrader
{
    /// <summary>The follow-up message asking for the code, with its contract; <see langword="null"/> when the case has no executable task.</summary>
    string? CodeRequestFor(EvalCase evalCase);

    /// <summary>
    /// Extracts the code from <paramref name="reply"/> (the agent's answer to <see cref="CodeRequestFor"/>), runs it and
    /// checks the scenario. Never throws for bad code: a reply with no code, code that does not compile or breaks the
    /// invariant is a result. Throws <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    Task<ExecutionResult> ExecuteAsync(EvalCase evalCase, string reply, CancellationToken cancellationToken = default);
}
