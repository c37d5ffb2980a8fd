using System.ClientModel;
using System.Globalization;
using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>
/// An LLM judge: one call per answer at temperature 0, asking for a JSON schema (or JSON mode), with bounded re-asks
/// on unusable output. A reply is used only when it is one clean, complete scoring (<see cref="JudgeReplyParser"/>)
/// that ended normally, and every score of 4 or 5 quotes the answer (<see cref="QuotedEvidence"/>). An answer that
/// addresses the grader (<see cref="GraderAddressing"/>) is never sent: the sample is inconclusive.
/// </summary>
public sealed class LlmJudge : IJudge, IRecordedJudge
{
    private const int MaxExcerpt = 200;
    private readonly IChatClient _client;
    private readonly JudgeOptions _options;
    private volatile bool _schemaRejected;

    /// <summary>Creates a judge over <paramref name="client"/>.</summary>
    public LlmJudge(IChatClient client, JudgeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new JudgeOptions();
        _options.Validate();
    }

    IEnumerable<IEvalRecording> IRecordedJudge.Recordings => _client.GetService<IEvalRecording>() is { } recording ? [recording] : [];

    /// <inheritdoc />
    public async Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(answer);
        var judgeName = _options.ChatOptions?.ModelId ?? "llm-judge";
        if (GraderAddressing.Find(answer) is { } addressed)
        {
            return JudgeOutcome.Inconclusive($"the answer addresses the grader (\"{Excerpt(addressed)}\"); instructions inside an answer are never followed, so this sample cannot pass", string.Empty, judgeName, InconclusiveReason.AnswerAddressesGrader);
        }

        var quotable = QuotedEvidence.For(answer);
        var nonce = JudgePrompt.NewNonce(answer);
        List<ChatMessage> messages = [.. JudgePrompt.Build(evalCase, answer, nonce)];
        var raw = string.Empty;
        long? input = null;
        long? output = null;
        for (var attempt = 0; attempt <= _options.MaxReasks; attempt++)
        {
            ChatResponse response;
            try
            {
                response = await CallAsync(messages, evalCase, nonce, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return JudgeOutcome.Inconclusive($"the judge did not answer within {VerdictFormatter.Seconds(_options.Timeout)} s (JudgeOptions.Timeout); a later reply is discarded", raw, judgeName, InconclusiveReason.JudgeTimeout);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                return JudgeOutcome.Inconclusive(SecretScrubber.Scrub($"the judge client cancelled the call by itself before JudgeOptions.Timeout ({VerdictFormatter.Seconds(_options.Timeout)} s), probably its own network timeout: {ex.Message}"), raw, judgeName, InconclusiveReason.JudgeTimeout);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var reason = TransientFailure.IsOverload(ex, DateTimeOffset.UtcNow) ? InconclusiveReason.RateLimited : InconclusiveReason.JudgeCallFailed;
                return JudgeOutcome.Inconclusive(SecretScrubber.Scrub($"the judge call failed: {ex.GetType().Name}: {ex.Message}"), raw, judgeName, reason);
            }

            raw = response.Text;
            judgeName = response.ModelId ?? judgeName;
            input = TokenCounts.Add(input, response.Usage?.InputTokenCount);
            output = TokenCounts.Add(output, response.Usage?.OutputTokenCount);
            var (reply, problem, kind) = Read(response, evalCase, quotable);
            if (problem is null && reply!.AddressesGrader)
            {
                var why = string.IsNullOrWhiteSpace(reply.AddressesGraderReason) ? "no reason given" : Excerpt(reply.AddressesGraderReason);
                return JudgeOutcome.Inconclusive($"the judge reports that the answer addresses the grader ({why}); instructions inside an answer are never followed, so this sample cannot pass", raw, judgeName, InconclusiveReason.AnswerAddressesGrader)
                    .WithTokens(input, output);
            }

            if (problem is null)
            {
                return JudgeOutcome.Conclusive(reply!.Scores, raw, judgeName).WithTokens(input, output);
            }

            if (attempt == _options.MaxReasks)
            {
                var attempts = (attempt + 1).ToString(CultureInfo.InvariantCulture);
                return JudgeOutcome.Inconclusive($"unusable judge output after {attempts} attempt(s): {problem}", raw, judgeName, InconclusiveReason.JudgeUnusable, kind).WithTokens(input, output);
            }

            messages = [.. JudgePrompt.Build(evalCase, answer, nonce), new ChatMessage(ChatRole.User, Reask(evalCase, problem, raw))];
        }

        throw new InvalidOperationException("Unreachable: the loop returns on its last attempt.");
    }

    private static (JudgeReply? Reply, string? Problem, JudgeReplyProblem? Kind) Read(ChatResponse response, EvalCase evalCase, QuotedEvidence.QuotableAnswer answer)
    {
        if (response.FinishReason is { } finish && finish != ChatFinishReason.Stop)
        {
            return (null, $"the reply did not end normally (finish reason '{JudgeReplyParser.Sanitize(finish.Value)}')", JudgeReplyProblem.Truncated);
        }

        var reply = JudgeReplyParser.Parse(response.Text, evalCase);
        if (!reply.IsValid)
        {
            return (null, reply.Problem, reply.Kind);
        }

        if (reply.AddressesGrader)
        {
            return (reply, null, null);
        }

        var contradiction = reply.Scores.Select(s => (s, Passage: ContradictoryReasoning.Find(s.Score, s.Reason))).FirstOrDefault(x => x.Passage is not null);
        if (contradiction.Passage is not null)
        {
            return (null, $"criterion '{contradiction.s.CriterionId}' is scored {contradiction.s.Score.ToString(CultureInfo.InvariantCulture)} but its reasoning condemns the answer (\"{JudgeReplyParser.Sanitize(contradiction.Passage)}\")", JudgeReplyProblem.ContradictoryReasoning);
        }

        var unquoted = reply.Scores.Where(s => s.Score >= 4 && !answer.IsQuoted(s.Evidence)).Select(s => $"'{s.CriterionId}'").ToList();
        return unquoted.Count == 0
            ? (reply, null, null)
            : (null, $"the evidence for {string.Join(", ", unquoted)} (scored 4 or 5) is not a verbatim quote of the answer", JudgeReplyProblem.EvidenceNotQuoted);
    }

    private static string Reask(EvalCase evalCase, string problem, string raw) =>
        $"Your previous reply could not be used: {problem}. It began: «{Excerpt(raw)}». "
        + $"Reply again with only the JSON object, scoring each of these criterion ids exactly once, with a verbatim quote from the answer as evidence for every score of 4 or 5: {string.Join(", ", evalCase.Criteria.Select(c => c.Id))}.";

    private static string Excerpt(string text)
    {
        var flat = new string([.. text.Take(MaxExcerpt).Select(c => char.IsControl(c) || c is '«' or '»' or '<' or '>' ? ' ' : c)]).Trim();
        return text.Length > MaxExcerpt ? flat + "…" : flat;
    }

    private async Task<ChatResponse> CallAsync(List<ChatMessage> messages, EvalCase evalCase, string nonce, CancellationToken cancellationToken)
    {
        var schema = _options.ResponseFormat == JudgeResponseFormat.JsonSchema || (_options.ResponseFormat == JudgeResponseFormat.Auto && !_schemaRejected);
        try
        {
            return await HardDeadline.RunAsync(token => _client.GetResponseAsync(messages, CreateChatOptions(evalCase, nonce, schema), token), _options.Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (schema && _options.ResponseFormat == JudgeResponseFormat.Auto && IsSchemaRejection(ex))
        {
            _schemaRejected = true;
            return await HardDeadline.RunAsync(token => _client.GetResponseAsync(messages, CreateChatOptions(evalCase, nonce, schema: false), token), _options.Timeout, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsSchemaRejection(Exception ex) =>
        ex is ClientResultException { Status: 400 } or NotSupportedException or ArgumentException
        && (ex.Message.Contains("json_schema", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("response_format", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("schema", StringComparison.OrdinalIgnoreCase));

    private ChatOptions CreateChatOptions(EvalCase evalCase, string nonce, bool schema)
    {
        var chatOptions = _options.ChatOptions?.Clone() ?? new ChatOptions();
        chatOptions.Temperature = 0;
        chatOptions.ResponseFormat = schema ? JudgeReplySchema.Format(evalCase) : ChatResponseFormat.Json;
        chatOptions.AdditionalProperties ??= [];
        chatOptions.AdditionalProperties[EvalChatProperties.CaseId] = evalCase.Id;
        chatOptions.AdditionalProperties[EvalChatProperties.Role] = "judge";
        chatOptions.AdditionalProperties[EvalChatProperties.RubricHash] = JudgePrompt.RubricHash(evalCase);
        chatOptions.AdditionalProperties[EvalChatProperties.AnswerNonce] = nonce;
        return chatOptions;
    }
}
