namespace RestateEvals;

/// <summary>Why a case did not pass, derived from its verdict's and samples' <see cref="InconclusiveReason"/> (never from message wording).</summary>
internal enum FailureCause
{
    /// <summary>Every sample was scored and the rubric's thresholds were not met.</summary>
    RubricFailed,

    /// <summary>The rubric passed but the answer no longer matches its verified snapshot (strict mode).</summary>
    SnapshotChanged,

    /// <summary>The judge's output could not be used (malformed, refused, missing a criterion).</summary>
    JudgeUnusable,

    /// <summary>A judge panel disagreed by more than its allowed spread.</summary>
    JudgesDisagree,

    /// <summary>The answer contained text addressed to the grader.</summary>
    AnswerAddressedGrader,

    /// <summary>The agent threw or returned nothing.</summary>
    AgentError,

    /// <summary>The agent or the judge did not answer in time.</summary>
    Timeout,

    /// <summary>A model endpoint answered 429 / rate limited.</summary>
    RateLimited,

    /// <summary>The run was cancelled or stopped before the case finished.</summary>
    Interrupted,

    /// <summary>The agent's code ran on a real Restate server and broke the scenario's invariant (or did not compile or serve).</summary>
    ExecutionFailed,

    /// <summary>Grading by execution could not conclude: no code in the reply, or the sandbox could not run it.</summary>
    ExecutionInconclusive,

    /// <summary>No judge that reads decided: no judge configured, or a reference-answer judge met an answer it does not know.</summary>
    NotJudged,
}

/// <summary>Classifies non-passing cases by <see cref="FailureCause"/>.</summary>
internal static class FailureCauses
{
    /// <summary>The cause of a non-passing case; <see langword="null"/> when its test passed.</summary>
    public static FailureCause? Classify(EvalResult result, VerdictStatus outcome, string? snapshotProblem = null)
    {
        if (outcome == VerdictStatus.Passed)
        {
            return null;
        }

        if (result.Verdict.Passed)
        {
            return snapshotProblem is null ? FailureCause.RubricFailed : FailureCause.SnapshotChanged;
        }

        // Code that failed on the server fails the case whatever else happened (a judge that was inconclusive included).
        if (result.FailedExecution is not null)
        {
            return FailureCause.ExecutionFailed;
        }

        var reason = result.Verdict.Reason
            ?? result.Verdict.Samples.Select(s => s.Reason).FirstOrDefault(r => r is not null)
            ?? result.Samples.Select(s => s.Outcome.Reason).FirstOrDefault(r => r is not null);
        return reason switch
        {
            null => FailureCause.RubricFailed,
            InconclusiveReason.ExecutionInconclusive => FailureCause.ExecutionInconclusive,
            InconclusiveReason.RateLimited => FailureCause.RateLimited,
            InconclusiveReason.AgentTimeout or InconclusiveReason.JudgeTimeout => FailureCause.Timeout,
            InconclusiveReason.Interrupted => FailureCause.Interrupted,
            InconclusiveReason.AnswerAddressesGrader => FailureCause.AnswerAddressedGrader,
            InconclusiveReason.JudgesDisagree => FailureCause.JudgesDisagree,
            InconclusiveReason.AgentError => FailureCause.AgentError,
            InconclusiveReason.UnknownAnswer or InconclusiveReason.NoJudge => FailureCause.NotJudged,
            _ => FailureCause.JudgeUnusable,
        };
    }

    /// <summary>The first problem text of a case (a failed execution's summary, then the verdict's, then the samples'), or the snapshot problem.</summary>
    public static string? Problem(EvalResult result, string? snapshotProblem = null) =>
        result.Verdict.Passed
            ? snapshotProblem
            : result.FailedExecution?.Summary ?? Problems(result).FirstOrDefault();

    /// <summary>Short label, e.g. "rubric failed".</summary>
    public static string Label(this FailureCause cause) => cause switch
    {
        FailureCause.RubricFailed => "rubric failed",
        FailureCause.SnapshotChanged => "snapshot changed",
        FailureCause.JudgeUnusable => "judge unusable",
        FailureCause.JudgesDisagree => "judges disagree",
        FailureCause.AnswerAddressedGrader => "answer addressed the grader",
        FailureCause.AgentError => "agent error",
        FailureCause.Timeout => "timeout",
        FailureCause.RateLimited => "rate-limited",
        FailureCause.ExecutionFailed => "execution failed",
        FailureCause.ExecutionInconclusive => "execution inconclusive",
        FailureCause.NotJudged => "not judged",
        _ => "interrupted",
    };

    /// <summary>Label as an identifier, e.g. "rubric-failed".</summary>
    public static string Slug(this FailureCause cause) => cause.Label().Replace(' ', '-');

    private static List<string> Problems(EvalResult result) =>
        [.. new[] { result.Verdict.Problem }
            .Concat(result.Verdict.Samples.Select(s => s.Problem))
            .Concat(result.Samples.Select(s => s.Outcome.Problem))
            .OfType<string>()
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)];
}
