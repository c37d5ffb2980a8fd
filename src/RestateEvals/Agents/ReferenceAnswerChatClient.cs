using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>
/// An offline stand-in for an agent: answers each case with one of the reference answers shipped in its case file
/// (<see cref="EvalCase.GoodAnswers"/> or <see cref="EvalCase.FlawedAnswers"/>). It exercises the whole pipeline
/// without a model; it says nothing about your agent. The case is identified by
/// <see cref="EvalChatProperties.CaseId"/>, which <see cref="Agent"/> sets on every call.
/// </summary>
public sealed class ReferenceAnswerChatClient : IChatClient
{
    /// <summary>The model id this client reports.</summary>
    public const string ModelName = "reference-answers";

    private readonly bool _flawed;
    private readonly int _index;

    /// <summary>Answers with good answer (or, when <paramref name="flawed"/>, flawed answer) number <paramref name="index"/>.</summary>
    public ReferenceAnswerChatClient(bool flawed = false, int index = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        _flawed = flawed;
        _index = index;
    }

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var id = options?.AdditionalProperties?.TryGetValue(EvalChatProperties.CaseId, out var value) == true ? value as string : null;
        if (id is null)
        {
            throw new InvalidOperationException($"{nameof(ReferenceAnswerChatClient)} needs ChatOptions.AdditionalProperties[\"{EvalChatProperties.CaseId}\"]; call it through RestateEvals.Agent.");
        }

        var evalCase = EvalCatalog.Get(id);
        var answers = _flawed ? evalCase.FlawedAnswers : evalCase.GoodAnswers;
        if (_index >= answers.Count)
        {
            throw new InvalidOperationException($"{evalCase.Id} has {answers.Count} {(_flawed ? "flawed" : "good")} reference answer(s); index {_index} requested.");
        }

        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answers[_index])) { ModelId = ModelName });
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Reference answers are not streamed.");

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
