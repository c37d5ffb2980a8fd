namespace RestateEvals;

/// <summary>
/// The "Executes correctly" criterion added to a case graded by execution (<see cref="IExecutionGrader"/>): 5 when the
/// agent's code ran and the scenario's invariant held, 1 when it did not. It is a <see cref="Criterion.MustPass"/>
/// criterion: a failed execution fails the sample and the case whatever the other scores and thresholds say.
/// </summary>
public static class ExecutionCriterion
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "executes-correctly";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        Dimension.Restate,
        "Executes correctly: the agent's own code for the fix, run on a real Restate server, keeps the scenario's invariant.",
        new ScoreAnchors
        {
            Five = "The code type-checked against the Restate SDK, served as an endpoint, and the scenario's invariant held.",
            Four = "(not used: execution is pass/fail)",
            Three = "(not used: execution is pass/fail)",
            Two = "(not used: execution is pass/fail)",
            One = "The code did not type-check, could not be served or registered, or broke the invariant on the real server.",
        })
    {
        MustPass = true,
    };

    /// <summary><paramref name="evalCase"/> with the criterion appended (unchanged when it already has it).</summary>
    public static EvalCase AddTo(EvalCase evalCase)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        return evalCase.Criteria.Any(c => c.Id == Id) ? evalCase : evalCase with { Criteria = [.. evalCase.Criteria, Criterion] };
    }

    /// <summary><paramref name="evalCase"/> without the criterion (the rubric the judge scores).</summary>
    public static EvalCase RemoveFrom(EvalCase evalCase)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        return evalCase.Criteria.Any(c => c.Id == Id) ? evalCase with { Criteria = [.. evalCase.Criteria.Where(c => c.Id != Id)] } : evalCase;
    }

    /// <summary>The score for <paramref name="result"/>: 5 with the summary when it passed, 1 when it failed; <see langword="null"/> when inconclusive.</summary>
    public static JudgeScore? Score(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var evidence = string.Join("; ", result.Observations);
        return result.Status switch
        {
            ExecutionStatus.Passed => new JudgeScore(Id, 5, result.Summary, evidence),
            ExecutionStatus.Failed => new JudgeScore(Id, 1, result.Summary, evidence),
            _ => null,
        };
    }
}
