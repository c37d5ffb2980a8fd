using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>Sends a case's input to the integrator's chat client and captures the answer.</summary>
public sealed class Agent
{
    private static readonly System.Text.Json.JsonSerializerOptions CompactJson = new(AIJsonUtilities.DefaultOptions) { WriteIndented = false };
    private readonly IChatClient _client;
    private readonly EvalOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates an agent over <paramref name="client"/>.</summary>
    public Agent(IChatClient client, EvalOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new EvalOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Asks the agent the case's question.</summary>
    /// <exception cref="AgentFailedException">The client threw, timed out or returned no text.</exception>
    public Task<AgentAnswer> AskAsync(EvalCase evalCase, int sampleIndex, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        return SendAsync(evalCase, Conversation(evalCase), sampleIndex, "agent", cancellationToken);
    }

    /// <summary>
    /// Follows up on <paramref name="answer"/> in the same conversation (system prompt, the case's question, the answer)
    /// with <paramref name="request"/>, e.g. the request for the fix as code (<see cref="IExecutionGrader.CodeRequestFor"/>).
    /// The call carries the role <c>agent-code</c> (<see cref="EvalChatProperties.Role"/>).
    /// </summary>
    /// <exception cref="AgentFailedException">The client threw, timed out or returned no text.</exception>
    public Task<AgentAnswer> FollowUpAsync(EvalCase evalCase, AgentAnswer answer, string request, int sampleIndex, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentException.ThrowIfNullOrWhiteSpace(request);
        var messages = Conversation(evalCase);
        messages.Add(new ChatMessage(ChatRole.Assistant, answer.Text));
        messages.Add(new ChatMessage(ChatRole.User, request));
        return SendAsync(evalCase, messages, sampleIndex, "agent-code", cancellationToken);
    }

    private List<ChatMessage> Conversation(EvalCase evalCase)
    {
        List<ChatMessage> messages = [];
        if (!string.IsNullOrWhiteSpace(_options.SystemPrompt))
        {
            messages.Add(new ChatMessage(ChatRole.System, _options.SystemPrompt));
        }

        messages.Add(new ChatMessage(ChatRole.User, evalCase.Input));
        return messages;
    }

    private async Task<AgentAnswer> SendAsync(EvalCase evalCase, List<ChatMessage> messages, int sampleIndex, string role, CancellationToken cancellationToken)
    {
        var chatOptions = _options.AgentChatOptions?.Clone() ?? new ChatOptions();
        chatOptions.AdditionalProperties ??= [];
        chatOptions.AdditionalProperties[EvalChatProperties.CaseId] = evalCase.Id;
        chatOptions.AdditionalProperties[EvalChatProperties.SampleIndex] = sampleIndex;
        chatOptions.AdditionalProperties[EvalChatProperties.Role] = role;

        var started = _time.GetTimestamp();
        ChatResponse response;
        try
        {
            response = await HardDeadline.RunAsync(token => _client.GetResponseAsync(messages, chatOptions, token), _options.AgentTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new AgentFailedException($"The agent did not answer {evalCase.Id} within {VerdictFormatter.Seconds(_options.AgentTimeout)} s (EvalOptions.AgentTimeout); a later answer is discarded.", InconclusiveReason.AgentTimeout);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AgentFailedException($"The agent client cancelled the call for {evalCase.Id} by itself after {VerdictFormatter.Seconds(_time.GetElapsedTime(started))} s, before EvalOptions.AgentTimeout ({VerdictFormatter.Seconds(_options.AgentTimeout)} s): probably its own network timeout (the OpenAI client's default is 100 s). {ex.Message}", InconclusiveReason.AgentTimeout, ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new AgentFailedException($"The agent threw while answering {evalCase.Id}: {ex.GetType().Name}: {ex.Message}", TransientFailure.IsOverload(ex, DateTimeOffset.UtcNow) ? InconclusiveReason.RateLimited : InconclusiveReason.AgentError, ex);
        }

        var latency = _time.GetElapsedTime(started);
        if (string.IsNullOrWhiteSpace(response.Text))
        {
            throw new AgentFailedException($"The agent returned an empty answer for {evalCase.Id}.");
        }

        return new AgentAnswer(response.Text, response.ModelId, response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, latency)
        {
            FunctionCalls = FunctionCalls(response),
        };
    }

    private static List<FunctionCall> FunctionCalls(ChatResponse response)
    {
        var contents = response.Messages.SelectMany(m => m.Contents).ToList();
        var results = contents.OfType<FunctionResultContent>().GroupBy(r => r.CallId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. contents.OfType<FunctionCallContent>().Select(call => new FunctionCall(
            call.Name,
            System.Text.Json.JsonSerializer.Serialize(call.Arguments ?? new Dictionary<string, object?>(), CompactJson),
            results.TryGetValue(call.CallId, out var result) ? Text(result.Result) : null))];
    }

    private static string? Text(object? result) => result switch
    {
        null => null,
        string text => text,
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } element => element.GetString(),
        _ => System.Text.Json.JsonSerializer.Serialize(result, CompactJson),
    };
}
