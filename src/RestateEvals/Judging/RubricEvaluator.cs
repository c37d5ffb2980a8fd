using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace RestateEvals;

/// <summary>
/// The rubric of one case as a Microsoft.Extensions.AI.Evaluation <see cref="IEvaluator"/>: judges the response with the
/// <see cref="ChatConfiguration"/>'s chat client (or the checklist judge when constructed with one) and emits one
/// <see cref="NumericMetric"/> per criterion, named by criterion id. The answer is graded by <see cref="Grader"/> as one
/// sample, like <see cref="EvalRunner"/> grades each sample; every metric carries the case verdict in its metadata
/// (<c>restateevals.verdict</c>: Passed, Failed or Inconclusive; <c>restateevals.summary</c>: why).
/// </summary>
public sealed class RubricEvaluator : IEvaluator
{
    private readonly EvalCase _case;
    private readonly GradingPolicy _policy;
    private readonly JudgeOptions? _judgeOptions;
    private readonly IJudge? _fixedJudge;

    /// <summary>Creates an evaluator for <paramref name="evalCase"/> that judges with the chat client of the <see cref="ChatConfiguration"/> passed to <see cref="EvaluateAsync"/>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The two constructors differ in a required parameter (IJudge), so no call is ambiguous.")]
    public RubricEvaluator(EvalCase evalCase, GradingPolicy? policy = null, JudgeOptions? judgeOptions = null)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        _case = evalCase;
        _policy = policy ?? new GradingPolicy();
        _policy.Validate();
        _judgeOptions = judgeOptions;
    }

    /// <summary>Creates an evaluator for <paramref name="evalCase"/> that always judges with <paramref name="judge"/>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The two constructors differ in a required parameter (IJudge), so no call is ambiguous.")]
    public RubricEvaluator(EvalCase evalCase, IJudge judge, GradingPolicy? policy = null)
        : this(evalCase, policy)
    {
        ArgumentNullException.ThrowIfNull(judge);
        _fixedJudge = judge;
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames => [.. _case.Criteria.Select(c => c.Id)];

    /// <inheritdoc />
    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modelResponse);
        var judge = _fixedJudge ?? (chatConfiguration is null ? null : new LlmJudge(chatConfiguration.ChatClient, _judgeOptions));
        var outcome = judge is null
            ? JudgeOutcome.Inconclusive("no judge: pass a ChatConfiguration or construct the evaluator with an IJudge", string.Empty, "none", InconclusiveReason.NoJudge)
            : await judge.JudgeAsync(_case, modelResponse.Text, cancellationToken).ConfigureAwait(false);

        // The same grading path as EvalRunner: the Grader decides, for this single sample, by the policy's rule.
        var verdict = Grader.Grade(_case, [outcome], _policy);
        var metrics = _case.Criteria.Select((c, i) => ToMetric(c, verdict, i)).ToList();
        return new EvaluationResult(metrics);
    }

    private NumericMetric ToMetric(Criterion criterion, Verdict verdict, int index)
    {
        NumericMetric metric;
        if (verdict.Status == VerdictStatus.Inconclusive)
        {
            metric = new NumericMetric(criterion.Id, null, verdict.Problem)
            {
                Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Inconclusive, failed: true, verdict.Problem),
            };
            metric.AddDiagnostics(EvaluationDiagnostic.Error($"Judge output unusable: {verdict.Problem}"));
        }
        else
        {
            var result = verdict.Criteria[index];
            var score = result.Score;
            var reason = result.Reasons[0];
            var rating = score switch
            {
                >= 4.5 => EvaluationRating.Exceptional,
                >= 3.5 => EvaluationRating.Good,
                >= 2.5 => EvaluationRating.Average,
                >= 1.5 => EvaluationRating.Poor,
                _ => EvaluationRating.Unacceptable,
            };
            var failed = score < _policy.MinimumCriterionScore - 1e-9;
            metric = new NumericMetric(criterion.Id, score, reason)
            {
                Interpretation = new EvaluationMetricInterpretation(rating, failed, failed ? $"Below {VerdictFormatter.Score(_policy.MinimumCriterionScore)}: {reason}" : reason),
            };
        }

        metric.AddOrUpdateMetadata("restateevals.verdict", verdict.Status.ToString());
        metric.AddOrUpdateMetadata("restateevals.summary", VerdictFormatter.Summary(verdict));
        return metric;
    }
}
