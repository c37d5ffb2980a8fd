using System.Globalization;
using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>An LLM judge: one call per answer scoring every criterion as JSON, temperature 0, with bounded re-asks on unusable output.</summary>
public sealed class LlmJudge : IJudge
{
    private readonly IChatClient _client;
    private readonly JudgeOptions _options;

    /// <summary>Creates a judge over <paramref name="client"/>.</summary>
    public LlmJudge(IChatClient client, JudgeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new JudgeOptions();
        _options.Validate();
    }

    /// <inheritdoc />
    public async Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(answer);
        List<ChatMessage> messages = [.. JudgePrompt.Build(evalCase, answer)];
        var chatOptions = CreateChatOptions(evalCase);
        string raw = string.Empty;
        string judgeName = chatOptions.ModelId ?? "llm-judge";
        for (var attempt = 0; attempt <= _options.MaxReasks; attempt++)
        {
            ChatResponse response;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(_options.Timeout);
                try
                {
                    response = await _client.GetResponseAsync(messages, chatOptions, timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return JudgeOutcome.Inconclusive($"the judge did not answer within {VerdictFormatter.Seconds(_options.Timeout)} s (JudgeOptions.Timeout)", raw, judgeName);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    return JudgeOutcome.Inconclusive($"the judge call failed: {ex.GetType().Name}: {ex.Message}", raw, judgeName);
                }
            }

            raw = response.Text;
            judgeName = response.ModelId ?? judgeName;
            var reply = JudgeReplyParser.Parse(raw, evalCase);
            if (reply.IsValid)
            {
                return JudgeOutcome.Conclusive(reply.Scores, raw, judgeName);
            }

            if (attempt == _options.MaxReasks)
            {
                var attempts = (attempt + 1).ToString(CultureInfo.InvariantCulture);
                return JudgeOutcome.Inconclusive($"unusable judge output after {attempts} attempt(s): {reply.Problem}", raw, judgeName);
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, raw));
            messages.Add(new ChatMessage(ChatRole.User, $"Your reply could not be used: {reply.Problem}. Reply again with only the JSON object, scoring each of these criterion ids exactly once with an integer 1-5 and a reason: {string.Join(", ", evalCase.Criteria.Select(c => c.Id))}."));
        }

        throw new InvalidOperationException("Unreachable: the loop returns on its last attempt.");
    }

    private ChatOptions CreateChatOptions(EvalCase evalCase)
    {
        var chatOptions = _options.ChatOptions?.Clone() ?? new ChatOptions();
        chatOptions.Temperature = 0;
        chatOptions.ResponseFormat = ChatResponseFormat.Json;
        chatOptions.AdditionalProperties ??= [];
        chatOptions.AdditionalProperties[EvalChatProperties.CaseId] = evalCase.Id;
        chatOptions.AdditionalProperties[EvalChatProperties.Role] = "judge";
        chatOptions.AdditionalProperties[EvalChatProperties.RubricHash] = JudgePrompt.RubricHash(evalCase);
        return chatOptions;
    }
}
