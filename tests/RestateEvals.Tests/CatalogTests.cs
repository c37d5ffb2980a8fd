using FluentAssertions;

namespace RestateEvals.Tests;

public sealed class CatalogTests
{
    private static readonly int[] Scores = [5, 4, 3, 2, 1];

    [Fact]
    public void Ships_nine_cases_VOS01_to_VOS09_in_order()
    {
        EvalCatalog.All.Select(c => c.Id).Should().Equal(Enumerable.Range(1, 9).Select(i => $"VOS-0{i}"));
    }

    [Theory]
    [InlineData("VOS-01", Severity.Critical)]
    [InlineData("VOS-02", Severity.High)]
    [InlineData("VOS-03", Severity.Medium)]
    public void First_three_cases_have_the_agreed_severity(string id, Severity severity)
    {
        EvalCatalog.Get(id).Severity.Should().Be(severity);
    }

    [Fact]
    public void Every_case_is_complete()
    {
        foreach (var c in EvalCatalog.All)
        {
            c.Criteria.Should().HaveCountGreaterThanOrEqualTo(3).And.HaveCountLessThanOrEqualTo(5, c.Id);
            c.Sources.Should().NotBeEmpty(c.Id);
            var prefix = "GroundTruthTests.Vos0" + c.Id[^1];
            c.GroundTruthTests.Should().NotBeEmpty(c.Id).And.OnlyContain(t => t.StartsWith(prefix, StringComparison.Ordinal), c.Id);
            c.GoodAnswers.Should().HaveCountGreaterThanOrEqualTo(2, c.Id);
            c.FlawedAnswers.Should().HaveCountGreaterThanOrEqualTo(2, c.Id);
            c.Criteria.Should().OnlyContain(x => x.Evidence.Count > 0, c.Id + " needs evidence patterns for the checklist judge");
        }
    }

    [Fact]
    public void Cases_cover_all_three_dimensions()
    {
        EvalCatalog.All.SelectMany(c => c.Criteria).Select(c => c.Dimension).Distinct()
            .Should().BeEquivalentTo([Dimension.Restate, Dimension.AiPlatform, Dimension.VirtualObjectsAndState]);
    }

    [Fact]
    public void Unknown_id_is_a_clear_error()
    {
        var act = () => EvalCatalog.Get("VOS-42");
        act.Should().Throw<KeyNotFoundException>().WithMessage("No eval case 'VOS-42'. Known: VOS-01, *");
    }

    [Theory]
    [InlineData("""{"id":"X","title":"t","severity":"High","input":"i","idealBehavior":"b","criteria":[]}""", "x.json: needs 3-5 criteria, has 0.")]
    [InlineData("""{"id":"X","title":"t","severity":"High","input":"","idealBehavior":"b","criteria":[]}""", "x.json: input is missing.")]
    public void Invalid_case_files_are_rejected_with_the_problem(string json, string message)
    {
        var act = () => EvalCatalog.Parse(json, "x.json");
        act.Should().Throw<InvalidDataException>().WithMessage(message);
    }

    [Fact]
    public void Invalid_patterns_are_rejected()
    {
        const string criterion = """{"id":"a","dimension":"Restate","description":"d","anchors":{"5":"e","4":"g","3":"f","2":"w","1":"p"},"evidence":["(unclosed"]}""";
        var json = $$"""{"id":"X","title":"t","severity":"High","input":"i","idealBehavior":"b","criteria":[{{criterion}},{{criterion.Replace("\"a\"", "\"b\"", StringComparison.Ordinal)}},{{criterion.Replace("\"a\"", "\"c\"", StringComparison.Ordinal)}}]}""";
        var act = () => EvalCatalog.Parse(json, "x.json");
        act.Should().Throw<InvalidDataException>().WithMessage("x.json: criterion 'a' has an invalid pattern '(unclosed'*");
    }

    [Theory]
    [InlineData("""{"5":"e","4":"g","3":"f","2":"w"}""", "x.json: criterion 'a' has no anchor for score 1.")]
    [InlineData("""{"5":"e","4":"g","3":" ","2":"w","1":"p"}""", "x.json: criterion 'a' has no anchor for score 3.")]
    [InlineData("null", "x.json: criterion 'a' needs \"anchors\" for the scores 5, 4, 3, 2 and 1.")]
    public void Every_criterion_needs_an_anchor_for_each_score(string anchors, string message)
    {
        var criterion = $$"""{"id":"a","dimension":"Restate","description":"d","anchors":{{anchors}},"evidence":["x"]}""";
        var json = $$"""{"id":"X","title":"t","severity":"High","input":"i","idealBehavior":"b","criteria":[{{criterion}},{{criterion.Replace("\"a\"", "\"b\"", StringComparison.Ordinal)}},{{criterion.Replace("\"a\"", "\"c\"", StringComparison.Ordinal)}}]}""";
        var act = () => EvalCatalog.Parse(json, "x.json");
        act.Should().Throw<InvalidDataException>().WithMessage(message);
    }

    [Fact]
    public void Every_criterion_has_five_distinct_anchors()
    {
        foreach (var criterion in EvalCatalog.All.SelectMany(c => c.Criteria))
        {
            Scores.Select(criterion.Anchors.For).Should().OnlyHaveUniqueItems(criterion.Id);
        }
    }
}
