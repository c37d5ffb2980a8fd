using System.Text;
using FluentAssertions;

namespace RestateEvals.Tests;

/// <summary>Thousands of malformed judge replies: the parser never throws, and nothing built from a failing reply passes.</summary>
public sealed class JudgeReplyFuzzTests
{
    private const string Noise = "{}[]\",:0129 \n\tabcxyz\\-.eE+`#*'";
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-04");

    [Fact]
    public void Mutations_of_a_failing_reply_never_crash_and_never_pass()
    {
        var failing = "```json\n" + JudgeJson.Scores(Case, 2, 1, 2, 1) + "\n```";
        var random = new Random(20261125);
        var usable = 0;
        for (var i = 0; i < 10000; i++)
        {
            var mutated = Mutate(failing, random, mutations: 1 + random.Next(8));
            var reply = JudgeReplyParser.Parse(mutated, Case);
            if (!reply.IsValid)
            {
                reply.Scores.Should().BeEmpty();
                reply.Problem.Should().NotBeNullOrWhiteSpace();
                continue;
            }

            usable++;
            reply.Scores.Select(s => s.CriterionId).Should().Equal(Case.Criteria.Select(c => c.Id));
            reply.Scores.Should().OnlyContain(s => s.Score >= 1 && s.Score <= 5);
            var outcome = JudgeOutcome.Conclusive(reply.Scores, mutated, "fuzz");
            Grader.Grade(Case, [outcome], new GradingPolicy()).Passed.Should().BeFalse($"mutation {i} of a failing reply must not pass:\n{mutated}");
        }

        usable.Should().BeGreaterThan(0, "some mutations only touch prose and stay parseable");
        usable.Should().BeLessThan(10000);
    }

    [Fact]
    public void Random_text_and_every_truncation_never_crash_and_never_parse()
    {
        var random = new Random(7);
        for (var i = 0; i < 10000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 400)).Select(_ => Noise[random.Next(Noise.Length)])]);
            JudgeReplyParser.Parse(text, Case).IsValid.Should().BeFalse(text);
        }

        var valid = JudgeJson.AllScores(Case, 5);
        for (var length = 0; length < valid.Length; length++)
        {
            JudgeReplyParser.Parse(valid[..length], Case).IsValid.Should().BeFalse($"a reply cut at {length} is incomplete");
        }

        JudgeReplyParser.Parse(valid, Case).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Pathological_inputs_finish_quickly()
    {
        var inputs = new[]
        {
            new string('{', 100_000),
            string.Concat(Enumerable.Repeat("{\"criteria\":[", 5_000)),
            "{\"criteria\":[" + string.Join(",", Enumerable.Repeat("{\"id\":\"fix\",\"evidence\":\"\",\"reasoning\":\"r\",\"score\":5}", 20_000)) + "]}",
            "\"" + new string('\\', 50_000) + "\"",
        };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var input in inputs)
        {
            JudgeReplyParser.Parse(input, Case).IsValid.Should().BeFalse();
        }

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    private static string Mutate(string text, Random random, int mutations)
    {
        var builder = new StringBuilder(text);
        for (var m = 0; m < mutations && builder.Length > 0; m++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, 1);
                    break;
                case 1:
                    builder.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 2:
                    builder[at] = Noise[random.Next(Noise.Length)];
                    break;
                default:
                    var length = Math.Min(builder.Length - at, random.Next(1, 20));
                    builder.Remove(at, length);
                    break;
            }
        }

        return builder.ToString();
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udfff")]
    [InlineData("ok \\ud83d then")]
    public async Task A_lone_surrogate_escape_is_an_unusable_reply_never_an_exception(string escape)
    {
        var reply = JudgeJson.AllScores(Case, 5).Replace("\"reasoning\":\"", "\"reasoning\":\"" + escape, StringComparison.Ordinal);
        JudgeReplyParser.Parse(reply, Case).Kind.Should().Be(JudgeReplyProblem.UnreadableText);
        var outcome = await new LlmJudge(FakeChatClient.Replying(reply)).JudgeAsync(Case, Case.GoodAnswers[0]);
        outcome.Reason.Should().Be(InconclusiveReason.JudgeUnusable);
        outcome.ReplyProblem.Should().Be(JudgeReplyProblem.UnreadableText);
    }
}
