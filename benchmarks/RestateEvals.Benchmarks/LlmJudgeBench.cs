using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using RestateEvals;

/// <summary>
/// The LLM path's own overhead per evaluation: <see cref="LlmJudge"/> over an in-memory client that answers at once
/// with a valid scoring of a good reference answer (prompt, parse, evidence, contradiction and grader-addressing checks).
/// </summary>
internal static class LlmJudgeBench
{
    public static async Task RunAsync()
    {
        var items = EvalCatalog.All.Select(c => (Case: c, Answer: c.GoodAnswers[0], Reply: Reply(c, c.GoodAnswers[0]))).ToList();
        var judges = items.Select(i => new LlmJudge(new Replying(i.Reply))).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var outcome = await judges[i].JudgeAsync(items[i].Case, items[i].Answer);
            if (!outcome.IsConclusive)
            {
                throw new InvalidOperationException($"{items[i].Case.Id}: {outcome.Problem}");
            }
        }

        const int Rounds = 300;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < items.Count; i++)
            {
                _ = await judges[i].JudgeAsync(items[i].Case, items[i].Answer);
            }
        }

        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var evaluations = Rounds * items.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"LLM judge path: {evaluations} evaluations, {watch.Elapsed.TotalMicroseconds / evaluations:0} µs and {allocated / evaluations / 1024.0:0} KB per evaluation (reply parsing and every check; no network)."));
    }

    /// <summary>Scores 5 on every criterion, quoting the answer's first sentence.</summary>
    private static string Reply(EvalCase evalCase, string answer)
    {
        var quote = string.Join(' ', answer.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Take(8));
        return JsonSerializer.Serialize(new { criteria = evalCase.Criteria.Select(c => new { id = c.Id, evidence = quote, reasoning = $"The answer covers {c.Id}.", score = 5 }) });
    }

    private sealed class Replying(string reply) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)) { FinishReason = ChatFinishReason.Stop });

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
