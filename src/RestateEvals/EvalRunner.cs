using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>Evaluates cases: asks the agent k times, judges each answer, grades the lot.</summary>
public sealed class EvalRunner
{
    private readonly Agent _agent;
    private readonly IJudge _judge;
    private readonly EvalOptions _options;

    /// <summary>Creates a runner for the agent behind <paramref name="agentClient"/>, graded by <paramref name="judge"/>.</summary>
    public EvalRunner(IChatClient agentClient, IJudge judge, EvalOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(agentClient);
        ArgumentNullException.ThrowIfNull(judge);
        _options = options ?? new EvalOptions();
        _agent = new Agent(agentClient, _options, timeProvider);
        _judge = judge;
    }

    /// <summary>Evaluates one case. Agent and judge failures give an inconclusive verdict; cancellation throws.</summary>
    public async Task<EvalResult> RunAsync(EvalCase evalCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        var samples = new List<EvalSample>();
        for (var index = 0; index < _options.Policy.Samples; index++)
        {
            var sample = await RunSampleAsync(evalCase, index, cancellationToken).ConfigureAwait(false);
            samples.Add(sample);
            if (!sample.Outcome.IsConclusive)
            {
                break;
            }
        }

        return new EvalResult(evalCase, samples, Grader.Grade(evalCase, [.. samples.Select(s => s.Outcome)], _options.Policy));
    }

    private async Task<EvalSample> RunSampleAsync(EvalCase evalCase, int index, CancellationToken cancellationToken)
    {
        AgentAnswer answer;
        try
        {
            answer = await _agent.AskAsync(evalCase, index, cancellationToken).ConfigureAwait(false);
        }
        catch (AgentFailedException ex)
        {
            return new EvalSample(index, null, JudgeOutcome.Inconclusive(ex.Message, string.Empty, "none"));
        }

        var outcome = await _judge.JudgeAsync(evalCase, answer.Text, cancellationToken).ConfigureAwait(false);
        return new EvalSample(index, answer, outcome);
    }
}
