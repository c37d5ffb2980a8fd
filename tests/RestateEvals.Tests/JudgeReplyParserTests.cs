using System.Globalization;
using FluentAssertions;

namespace RestateEvals.Tests;

public sealed class JudgeReplyParserTests
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-01");

    private static string Ids(int index) => Case.Criteria[index].Id;

    private static string Entry(int index, string score, string reasoning = "\"ok\"") =>
        $$"""{"id":"{{Ids(index)}}","evidence":"q","reasoning":{{reasoning}},"score":{{score}}}""";

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
    [InlineData("```\n{0}\n```")]
    [InlineData("  \n{0}\n\n")]
    public void Accepts_one_object_alone_or_in_one_code_fence(string wrapper)
    {
        var reply = JudgeReplyParser.Parse(string.Format(CultureInfo.InvariantCulture, wrapper, Valid()), Case);
        reply.IsValid.Should().BeTrue(reply.Problem);
        reply.Scores.Should().OnlyContain(s => s.Score == 4);
    }

    [Theory]
    [InlineData("Here is my grading:\n{0}", "text outside the JSON object")]
    [InlineData("{0}\nVerdict: FAIL", "text after the JSON object (a second object or prose)")]
    [InlineData("{0}\n{0}", "text after the JSON object (a second object or prose)")]
    [InlineData("```json\n{0}\n```\nDone.", "text outside the JSON object (only one code fence around one object is allowed)")]
    [InlineData("```json\n{0}\n```\n```json\n{0}\n```", "text outside the JSON object (only one code fence around one object is allowed)")]
    public void Text_or_a_second_object_around_the_reply_is_unusable(string wrapper, string problem)
    {
        JudgeReplyParser.Parse(string.Format(CultureInfo.InvariantCulture, wrapper, Valid()), Case).Problem.Should().Be(problem);
    }

    [Theory]
    [InlineData("\"4\"")]
    [InlineData("4.0")]
    [InlineData("\"4.0\"")]
    [InlineData("4e0")]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("4.5")]
    [InlineData("-1")]
    [InlineData("null")]
    [InlineData("true")]
    public void Scores_are_json_integers_1_to_5_only(string score)
    {
        var problem = JudgeReplyParser.Parse(Reply(Entry(0, score), Entry(1, "4"), Entry(2, "4"), Entry(3, "4")), Case).Problem;
        problem.Should().StartWith($"criterion '{Ids(0)}' has the score ").And.EndWith(": it must be a JSON integer 1-5");
    }

    [Fact]
    public void A_missing_criterion_is_named()
    {
        JudgeReplyParser.Parse(Reply(Entry(0, "5"), Entry(1, "5")), Case).Problem
            .Should().Be($"missing criterion '{Ids(2)}', '{Ids(3)}'");
    }

    [Fact]
    public void Duplicate_unknown_misspelled_and_reasonless_entries_are_rejected()
    {
        JudgeReplyParser.Parse(Reply(Entry(0, "5"), Entry(0, "5"), Entry(2, "5"), Entry(3, "5")), Case).Problem
            .Should().Be($"criterion '{Ids(0)}' is scored more than once");
        JudgeReplyParser.Parse(Reply("""{"id":"made-up","evidence":"","reasoning":"r","score":5}"""), Case).Problem
            .Should().Be("unknown criterion id 'made-up'");
        JudgeReplyParser.Parse(Reply(Entry(0, "5").Replace(Ids(0), Ids(0).ToUpperInvariant(), StringComparison.Ordinal), Entry(1, "5"), Entry(2, "5"), Entry(3, "5")), Case).Problem
            .Should().Be($"unknown criterion id '{Ids(0).ToUpperInvariant()}'");
        JudgeReplyParser.Parse(Reply(Entry(0, "5", "\"  \""), Entry(1, "5"), Entry(2, "5"), Entry(3, "5")), Case).Problem
            .Should().Be($"criterion '{Ids(0)}' needs a string \"evidence\" and a non-empty string \"reasoning\"");
    }

    [Theory]
    [InlineData("""{"criteria":[],"criteria":[]}""", "a property name appears twice in one object")]
    [InlineData("""{"pass":false,"criteria":[]}""", "unknown top-level property 'pass' (only \"criteria\", \"addressesGrader\" and \"addressesGraderReason\" are allowed)")]
    [InlineData("""{"criteria":[],"verdict":"fail"}""", "unknown top-level property 'verdict' (only \"criteria\", \"addressesGrader\" and \"addressesGraderReason\" are allowed)")]
    public void Duplicate_keys_and_unknown_top_level_properties_are_unusable(string raw, string problem)
    {
        JudgeReplyParser.Parse(raw, Case).Problem.Should().Be(problem);
    }

    [Fact]
    public void Item_fields_are_exactly_id_evidence_reasoning_score_in_that_order()
    {
        var scoreFirst = $$"""{"id":"{{Ids(0)}}","score":5,"evidence":"q","reasoning":"r"}""";
        JudgeReplyParser.Parse(Reply(scoreFirst), Case).Problem.Should()
            .Be("a \"criteria\" entry must have exactly \"id\", \"evidence\", \"reasoning\", \"score\" in that order, not \"id\", \"score\", \"evidence\", \"reasoning\"");
        var duplicateScore = $$"""{"id":"{{Ids(0)}}","evidence":"q","reasoning":"r","score":1,"score":5}""";
        JudgeReplyParser.Parse(Reply(duplicateScore), Case).Problem.Should().Be("a property name appears twice in one object");
        var extra = $$"""{"id":"{{Ids(0)}}","evidence":"q","reasoning":"r","score":5,"final":1}""";
        JudgeReplyParser.Parse(Reply(extra), Case).Problem.Should().Be("a \"criteria\" entry has the unknown property 'final'");
    }

    [Fact]
    public void Oversized_replies_are_rejected_without_parsing()
    {
        var huge = Valid() + new string(' ', JudgeReplyParser.MaxReplyLength);
        JudgeReplyParser.Parse(huge, Case).Problem.Should().StartWith("the reply has ").And.EndWith($"characters, over the limit of {JudgeReplyParser.MaxReplyLength}");
    }

    [Fact]
    public void Problems_quote_only_a_short_sanitised_excerpt()
    {
        var injected = new string('x', 500) + "\\nIgnore <this>";
        var problem = JudgeReplyParser.Parse(Reply($$"""{"id":"{{injected}}","evidence":"","reasoning":"r","score":5}"""), Case).Problem!;
        problem.Should().Be($"unknown criterion id '{new string('x', 40)}...'");
    }

    [Theory]
    [InlineData(null, "the judge returned no text")]
    [InlineData("   ", "the judge returned no text")]
    [InlineData("I'm sorry, but I can't help with grading this.", "no JSON object in the reply (a refusal or prose only)")]
    [InlineData("{\"criteria\":{\"a\":5}}", "\"criteria\" is missing or not an array")]
    [InlineData("{\"criteria\":[5]}", "a \"criteria\" entry is not an object")]
    [InlineData("{\"criteria\":[", "the reply is not valid JSON")]
    [InlineData("[1,2]", "no JSON object in the reply (a refusal or prose only)")]
    [InlineData("{\"criteria\":[{\"id\":\"x\",\"evidence\":\"\",\"reasoning\":\"r\",\"score\":04}]}", "the reply is not valid JSON")]
    public void Unusable_output_gives_a_problem_and_no_scores(string? raw, string problem)
    {
        var reply = JudgeReplyParser.Parse(raw, Case);
        reply.IsValid.Should().BeFalse();
        reply.Problem.Should().Be(problem);
        reply.Scores.Should().BeEmpty();
    }
}
