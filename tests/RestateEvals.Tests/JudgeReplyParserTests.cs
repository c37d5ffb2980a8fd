using System.Globalization;
using FluentAssertions;

namespace RestateEvals.Tests;

public sealed class JudgeReplyParserTests
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-01");

    private static string Ids(int index) => Case.Criteria[index].Id;

    private static string Entry(int index, string score, string reason = "\"ok\"") =>
        $$"""{"id":"{{Ids(index)}}","score":{{score}},"reason":{{reason}},"evidence":"q"}""";

    private static string Reply(params string[] entries) => $$"""{"criteria":[{{string.Join(",", entries)}}]}""";

    private static string Valid(string score = "4") => Reply(Entry(0, score), Entry(1, score), Entry(2, score), Entry(3, score));

    [Fact]
    public void Parses_a_plain_reply_in_rubric_order()
    {
        var reply = JudgeReplyParser.Parse(Reply(Entry(3, "2"), Entry(0, "5"), Entry(1, "4"), Entry(2, "3")), Case);
        reply.IsValid.Should().BeTrue(reply.Problem);
        reply.Scores.Select(s => (s.CriterionId, s.Score)).Should().Equal((Ids(0), 5), (Ids(1), 4), (Ids(2), 3), (Ids(3), 2));
        reply.Scores[0].Reason.Should().Be("ok");
        reply.Scores[0].Evidence.Should().Be("q");
    }

    [Theory]
    [InlineData("```json\n{0}\n```")]
    [InlineData("Here is my grading:\n{0}\nHope this helps {{not json}}.")]
    [InlineData("Thinking {{ about it }} first... {0}")]
    [InlineData("```\n{0}```")]
    public void Tolerates_fences_and_prose_around_the_object(string wrapper)
    {
        var reply = JudgeReplyParser.Parse(string.Format(CultureInfo.InvariantCulture, wrapper, Valid()), Case);
        reply.IsValid.Should().BeTrue(reply.Problem);
        reply.Scores.Should().OnlyContain(s => s.Score == 4);
    }

    [Theory]
    [InlineData("\"4\"")]
    [InlineData("4.0")]
    [InlineData("\"4.0\"")]
    [InlineData("4e0")]
    public void Accepts_integral_scores_written_as_numbers_or_strings(string score)
    {
        JudgeReplyParser.Parse(Valid(score), Case).Scores.Should().OnlyContain(s => s.Score == 4);
    }

    [Fact]
    public void Number_parsing_ignores_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            JudgeReplyParser.Parse(Valid("\"4.0\""), Case).Scores.Should().OnlyContain(s => s.Score == 4);
            JudgeReplyParser.Parse(Valid("\"4,0\""), Case).Problem.Should().Be($"criterion '{Ids(0)}' has no numeric \"score\"");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("0", "has score 0, outside the integers 1-5")]
    [InlineData("6", "has score 6, outside the integers 1-5")]
    [InlineData("4.5", "has score 4.5, outside the integers 1-5")]
    [InlineData("-1", "has score -1, outside the integers 1-5")]
    [InlineData("null", "has no numeric \"score\"")]
    [InlineData("\"five\"", "has no numeric \"score\"")]
    [InlineData("\"NaN\"", "has no numeric \"score\"")]
    [InlineData("true", "has no numeric \"score\"")]
    public void Rejects_scores_outside_1_to_5(string score, string problem)
    {
        JudgeReplyParser.Parse(Reply(Entry(0, score), Entry(1, "4"), Entry(2, "4"), Entry(3, "4")), Case)
            .Problem.Should().Be($"criterion '{Ids(0)}' {problem}");
    }

    [Fact]
    public void A_missing_criterion_is_named()
    {
        JudgeReplyParser.Parse(Reply(Entry(0, "5"), Entry(1, "5")), Case).Problem
            .Should().Be($"missing criterion '{Ids(2)}', '{Ids(3)}'");
    }

    [Fact]
    public void Duplicate_unknown_and_reasonless_entries_are_rejected()
    {
        JudgeReplyParser.Parse(Reply(Entry(0, "5"), Entry(0, "5"), Entry(2, "5"), Entry(3, "5")), Case).Problem
            .Should().Be($"criterion '{Ids(0)}' is scored more than once");
        JudgeReplyParser.Parse(Reply("""{"id":"made-up","score":5,"reason":"r"}"""), Case).Problem
            .Should().Be("unknown criterion 'made-up'");
        JudgeReplyParser.Parse(Reply(Entry(0, "5", "\"  \""), Entry(1, "5"), Entry(2, "5"), Entry(3, "5")), Case).Problem
            .Should().Be($"criterion '{Ids(0)}' has no \"reason\"");
    }

    [Theory]
    [InlineData(null, "the judge returned no text")]
    [InlineData("   ", "the judge returned no text")]
    [InlineData("I'm sorry, but I can't help with grading this.", "no JSON object found in the judge output (refusal or prose only)")]
    [InlineData("{\"verdict\":\"pass\"}", "the JSON object has no \"criteria\" array")]
    [InlineData("{\"criteria\":{\"a\":5}}", "\"criteria\" is not an array")]
    [InlineData("{\"criteria\":[5]}", "a \"criteria\" entry is not an object")]
    [InlineData("{\"criteria\":[{\"score\":5}]}", "a \"criteria\" entry has no \"id\"")]
    [InlineData("{\"criteria\":[", "no JSON object found in the judge output (refusal or prose only)")]
    public void Unusable_output_gives_a_problem_and_no_scores(string? raw, string problem)
    {
        var reply = JudgeReplyParser.Parse(raw, Case);
        reply.IsValid.Should().BeFalse();
        reply.Problem.Should().Be(problem);
        reply.Scores.Should().BeEmpty();
    }
}
