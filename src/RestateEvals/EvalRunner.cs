using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>
/// Evaluates cases: asks the agent k times, judges each answer, grades the lot. Samples and cases overlap: by default
/// every pipeline starts at once and the clients' adaptive limiters (<c>builder.UseEvalConcurrency()</c>) pace the calls to
/// each endpoint; with <see cref="EvalOptions.MaxConcurrency"/> set, at most that many pipelines run at a time across
/// everything this runner evaluates.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The SemaphoreSlim never allocates its wait handle (only WaitAsync is used), so there is nothing to dispose.")]
public sealed class EvalRunner
{
    private readonly IChatClient _agentClient;
    private readonly Agent _agent;
    private readonly IJudge _judge;
    private readonly EvalOptions _options;
    private readonly SemaphoreSlim? _gate;

    /// <summary>Creates a runner for the agent behind <paramref name="agentClient"/>, graded by <paramref name="judge"/>.</summary>
    public EvalRunner(IChatClient agentClient, IJudge judge, EvalOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(agentClient);
        ArgumentNullException.ThrowIfNull(judge);
        _options = options ?? new EvalOptions();
        _agentClient = agentClient;
        _agent = new Agent(agentClient, _options, timeProvider);
        _judge = judge;
        _gate = _options.MaxConcurrency is { } cap ? new SemaphoreSlim(cap, cap) : null;
    }

    /// <summary>Evaluates one case. Agent and judge failures give an inconclusive verdict; cancellation throws.</summary>
    public async Task<EvalResult> RunAsync(EvalCase evalCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        var codeRequest = _options.Execution?.CodeRequestFor(evalCase);
        var samples = await Task.WhenAll(Enumerable.Range(0, _options.Policy.Samples).Select(i => RunSampleAsync(evalCase, codeRequest, i, cancellationToken))).ConfigureAwait(false);
        var graded = codeRequest is null ? evalCase : ExecutionCriterion.AddTo(evalCase);
        var result = new EvalResult(graded, samples, Grader.Grade(graded, [.. samples.Select(s => s.Outcome)], _options.Policy));
        if (!result.Verdict.Passed)
        {
            // Failed or inconclusive: neither the answer nor its grading may be replayed on the next run.
            foreach (var recording in Recordings())
            {
                await recording.ForgetAsync(evalCase.Id, cancellationToken).ConfigureAwait(false);
            }
        }

        return result;
    }

    /// <summary>Evaluates several cases with overlapping calls; results in the order given.</summary>
    public async Task<IReadOnlyList<EvalResult>> RunManyAsync(IEnumerable<EvalCase> cases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return await Task.WhenAll(cases.Select(c => RunAsync(c, cancellationToken))).ConfigureAwait(false);
    }

    private IEnumerable<IEvalRecording> Recordings()
    {
        IEnumerable<IEvalRecording> agent = _agentClient.GetService<IEvalRecording>() is { } recording ? [recording] : [];
        IEnumerable<IEvalRecording> judge = _judge is IRecordedJudge recorded ? recorded.Recordings : [];
        return agent.Concat(judge).Distinct(ReferenceEqualityComparer.Instance).Cast<IEvalRecording>();
    }

    private async Task<EvalSample> RunSampleAsync(EvalCase evalCase, string? codeRequest, int index, CancellationToken cancellationToken)
    {
        if (_gate is null)
        {
            return await RunPipelineAsync(evalCase, codeRequest, index, cancellationToken).ConfigureAwait(false);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunPipelineAsync(evalCase, codeRequest, index, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<EvalSample> RunPipelineAsync(EvalCase evalCase, string? codeRequest, int index, CancellationToken cancellationToken)
    {
        AgentAnswer answer;
        try
        {
            answer = await _agent.AskAsync(evalCase, index, cancellationToken).ConfigureAwait(false);
        }
        catch (AgentFailedException ex)
        {
            return new EvalSample(index, null, JudgeOutcome.Inconclusive(ex.Message, string.Empty, "none", ex.Reason));
        }

        var judging = _judge.JudgeAsync(evalCase, answer.Text, cancellationToken);
        if (codeRequest is null)
        {
            return new EvalSample(index, answer, await judging.ConfigureAwait(false));
        }

        var (codeAnswer, execution) = await ExecuteAsync(evalCase, answer, codeRequest, index, cancellationToken).ConfigureAwait(false);
        var outcome = await judging.ConfigureAwait(false);
        return new EvalSample(index, answer, WithExecution(outcome, execution)) { CodeAnswer = codeAnswer, Execution = execution };
    }

    /// <summary>The follow-up turn asking for the code, and the code's run; agent failures make the execution inconclusive.</summary>
    private async Task<(AgentAnswer? CodeAnswer, ExecutionResult Execution)> ExecuteAsync(EvalCase evalCase, AgentAnswer answer, string codeRequest, int index, CancellationToken cancellationToken)
    {
        AgentAnswer codeAnswer;
        try
        {
            codeAnswer = await _agent.FollowUpAsync(evalCase, answer, codeRequest, index, cancellationToken).ConfigureAwait(false);
        }
        catch (AgentFailedException ex)
        {
            return (null, ExecutionResult.Inconclusive($"Asked for the fix as code, the agent failed: {ex.Message}"));
        }

        return (codeAnswer, await _options.Execution!.ExecuteAsync(evalCase, codeAnswer.Text, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The judge's outcome with the <see cref="ExecutionCriterion"/> score added; inconclusive when either is.</summary>
    private static JudgeOutcome WithExecution(JudgeOutcome outcome, ExecutionResult execution)
    {
        if (!outcome.IsConclusive)
        {
            return outcome;
        }

        if (ExecutionCriterion.Score(execution) is not { } score)
        {
            return JudgeOutcome.Inconclusive($"Grading by execution was inconclusive: {execution.Summary}", outcome.RawText, outcome.JudgeName, InconclusiveReason.ExecutionInconclusive)
                .WithTokens(outcome.InputTokens, outcome.OutputTokens);
        }

        return JudgeOutcome.Conclusive([.. outcome.Scores, score], outcome.RawText, outcome.JudgeName)
            .WithTokens(outcome.InputTokens, outcome.OutputTokens);
    }
}
