namespace RestateEvals;

/// <summary>
/// Grades the shipped reference answers with a judge on the evals' own path (<see cref="IJudge.JudgeAsync"/>, then
/// <see cref="Grader.Grade"/> under the same thresholds, one sample): for judge calibration and the judge preflight.
/// </summary>
public static class ReferenceGrading
{
    /// <summary>The model id reported for a reference answer in an <see cref="EvalResult"/>.</summary>
    public const string AnswerModelId = ReferenceAnswerChatClient.ModelName;

    /// <summary>Every reference answer of <paramref name="cases"/>: per case, the good answers, then the flawed ones.</summary>
    public static IEnumerable<(EvalCase Case, ReferenceLabel Label, int Index)> AnswersOf(IEnumerable<EvalCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return cases.SelectMany(c =>
            Enumerable.Range(0, c.GoodAnswers.Count).Select(i => (c, ReferenceLabel.Good, i))
                .Concat(Enumerable.Range(0, c.FlawedAnswers.Count).Select(i => (c, ReferenceLabel.Flawed, i))));
    }

    /// <summary>
    /// Judges reference answer <paramref name="index"/> of <paramref name="evalCase"/> (good or flawed, by
    /// <paramref name="label"/>) and grades it under <paramref name="policy"/>'s thresholds with one sample. A judge that
    /// cannot score gives an inconclusive verdict; cancellation throws.
    /// </summary>
    public static async Task<EvalResult> GradeAsync(IJudge judge, EvalCase evalCase, ReferenceLabel label, int index, GradingPolicy policy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(policy);
        var answers = label == ReferenceLabel.Flawed ? evalCase.FlawedAnswers : evalCase.GoodAnswers;
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, answers.Count);
        var onePolicy = new GradingPolicy { MinimumMean = policy.MinimumMean, MinimumCriterionScore = policy.MinimumCriterionScore, Samples = 1 };
        onePolicy.Validate();

        var answer = answers[index];
        var outcome = await judge.JudgeAsync(evalCase, answer, cancellationToken).ConfigureAwait(false);
        var sample = new EvalSample(0, new AgentAnswer(answer, AnswerModelId, null, null, TimeSpan.Zero), outcome);
        return new EvalResult(evalCase, [sample], Grader.Grade(evalCase, [outcome], onePolicy));
    }

    /// <summary>
    /// Grades every reference answer of <paramref name="cases"/> (default: <see cref="EvalCatalog.All"/>) with
    /// <paramref name="judge"/>, at most <paramref name="maxConcurrency"/> judge calls at once (1-64; default 4), and
    /// reports the agreement with the labels.
    /// </summary>
    public static async Task<CalibrationReport> CalibrateAsync(IJudge judge, GradingPolicy policy, IEnumerable<EvalCase>? cases = null, int maxConcurrency = 4, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxConcurrency, 64);
        using var gate = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        var graded = await Task.WhenAll(AnswersOf(cases ?? EvalCatalog.All).Select(async a =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var result = await GradeAsync(judge, a.Case, a.Label, a.Index, policy, cancellationToken).ConfigureAwait(false);
                return new ReferenceVerdict(a.Case, a.Label, a.Index, result.Verdict);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        return CalibrationReport.Create(graded);
    }
}
