using System.Diagnostics;
using FluentAssertions;
using Xunit.Abstractions;

namespace RestateEvals.Tests;

/// <summary>
/// Measures (and only reports, never asserts) the per-evaluation overhead of the deterministic judge checks on a 3 KB
/// answer: the evidence of 5 criteria, the grader-addressing scan and the contradiction check of 5 reasonings.
/// </summary>
public sealed class JudgeChecksOverheadTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Timing")]
    public void Reports_microseconds_per_call()
    {
        var answer = ThreeKilobyteAnswer();
        var evidence = Evidence(answer);
        var reasonings = new[]
        {
            "The answer removes the mutex and explains that Restate serializes exclusive handlers per key, which is exactly the single-writer guarantee this criterion asks for.",
            "It correctly says the teammate's race diagnosis is wrong: shared handlers are read-only, so the write fails with RT0017.",
            "Mentions resuming with --deployment latest; the example command would fail because the key is missing a slash, a minor detail.",
            "The answer explains why a lock would be wrong here and keeps state in the object.",
            "Covers cancellation and the kill route; nothing in the answer is misleading.",
        };

        evidence.Should().HaveCount(5).And.OnlyContain(e => QuotedEvidence.IsQuotedFrom(e, answer));
        GraderAddressing.Find(answer).Should().BeNull();
        reasonings.Should().OnlyContain(r => ContradictoryReasoning.Find(5, r) == null);

        var quotedPerEvaluation = Measure(() =>
        {
            var quotable = QuotedEvidence.For(answer);
            foreach (var e in evidence)
            {
                _ = quotable.IsQuoted(e);
            }
        });
        var quotedStatic = Measure(() =>
        {
            foreach (var e in evidence)
            {
                _ = QuotedEvidence.IsQuotedFrom(e, answer);
            }
        });
        var addressing = Measure(() => GraderAddressing.Find(answer));
        var contradiction = Measure(() =>
        {
            foreach (var r in reasonings)
            {
                _ = ContradictoryReasoning.Find(5, r);
            }
        });

        output.WriteLine($"answer: {answer.Length} chars");
        output.WriteLine($"QuotedEvidence.For(answer) + 5 x IsQuoted: {quotedPerEvaluation:F1} µs per evaluation");
        output.WriteLine($"5 x QuotedEvidence.IsQuotedFrom (static wrapper): {quotedStatic:F1} µs ({quotedStatic / 5:F1} µs per call)");
        output.WriteLine($"GraderAddressing.Find (3 KB answer): {addressing:F1} µs per call");
        output.WriteLine($"5 x ContradictoryReasoning.Find: {contradiction:F1} µs ({contradiction / 5:F1} µs per call)");
    }

    /// <summary>Median microseconds per call over 9 rounds, after a warm-up.</summary>
    private static double Measure(Action action)
    {
        for (var i = 0; i < 200; i++)
        {
            action();
        }

        var rounds = new List<double>();
        for (var round = 0; round < 9; round++)
        {
            const int Calls = 300;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < Calls; i++)
            {
                action();
            }

            rounds.Add(watch.Elapsed.TotalMicroseconds / Calls);
        }

        rounds.Sort();
        return rounds[rounds.Count / 2];
    }

    private static string ThreeKilobyteAnswer()
    {
        var answer = QuotedEvidenceTests.Answer;
        foreach (var good in EvalCatalog.All.Select(c => c.GoodAnswers[0]))
        {
            if (answer.Length >= 3_072)
            {
                break;
            }

            answer += "\n\n" + good;
        }

        return answer[..answer.LastIndexOf(' ', 3_072)];
    }

    private static List<string> Evidence(string answer)
    {
        var sentences = answer.Split([". ", "\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length is > 40 and < 400 && !s.Contains('`', StringComparison.Ordinal) && !s.StartsWith('-') && !s.StartsWith('#'))
            .ToList();
        return [sentences[1], sentences[^1], sentences[sentences.Count / 2], sentences[2][..30] + " … " + sentences[3][..30], sentences[^2]];
    }
}
