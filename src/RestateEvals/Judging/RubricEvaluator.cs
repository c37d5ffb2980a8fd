using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace RestateEvals;

/// <summary>
/// The rubric of one case as a Microsoft.Extensions.AI.Evaluation <see cref="IEvaluator"/>: judges the response with the
/// <see cref="ChatConfiguration"/>'s chat client (or the checklist judge when constructed with one) and emits one
/// <see cref="NumericMetric"/> per criterion, named by criterion id.
/// </summary>
public sealed class RubricEvaluator : IEvaluator
{
    private readonly EvalCase _case;
    private readonly GradingPolicy _policy;
    private readonly JudgeOptions? _judgeOptions;
    private readonly IJudge? _fixedJudge;

    /// <summary>Creates an evaluator for <paramref name="evalCase"/> that judges with the chat client of the <see cref="ChatConfiguration"/> passed to <see cref="EvaluateAsync"/>.</summary>
    public RubricEvaluator(EvalCase evalCase, GradingPolicy? policy = null, JudgeOptions? judgeOptions = null)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        _case = evalCase;
        _policy = policy ?? new GradingPolicy();
        _policy.Validate();
        _judgeOptions = judgeOptions;
    }

    /// <summary>Creates an evaluator for <paramref name="evalCase"/> that always judges with <paramref name="judge"/>.</summary>
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
            ? JudgeOutcome.Inconclusive("no judge: pass a ChatConfiguration or construct the evaluator with an IJudge", string.Empty, "none")
            : await judge.JudgeAsync(_case, modelResponse.Text, cancellationToken).ConfigureAwait(false);

        var metrics = _case.Criteria.Select(c => ToMetric(c, outcome)).ToList();
        return new EvaluationResult(metrics);
    }

    private NumericMetric ToMetric(Criterion criterion, JudgeOutcome outcome)
    {
        if (!outcome.IsConclusive)
        {
            var missing = new NumericMetric(criterion.Id, null, outcome.Problem)
            {
                Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Inconclusive, failed: true, outcome.Problem),
            };
            missing.AddDiagnostics(EvaluationDiagnostic.Error($"Judge output unusable: {outcome.Problem}"));
            return missing;
        }

        var score = outcome.Scores.Single(s => s.CriterionId == criterion.Id);
        var rating = score.Score switch
        {
            5 => EvaluationRating.Exceptional,
            4 => EvaluationRating.Good,
            3 => EvaluationRating.Average,
            2 => EvaluationRating.Poor,
            _ => EvaluationRating.Unacceptable,
        };
        var failed = score.Score < _policy.MinimumCriterionScore;
        return new NumericMetric(criterion.Id, score.Score, score.Reason)
        {
            Interpretation = new EvaluationMetricInterpretation(rating, failed, failed ? $"Below {VerdictFormatter.Score(_policy.MinimumCriterionScore)}: {score.Reason}" : score.Reason),
        };
    }
}
