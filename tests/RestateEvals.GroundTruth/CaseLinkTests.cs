using FluentAssertions;

namespace RestateEvals.GroundTruth;

public sealed class CaseLinkTests
{
    [Fact]
    public void Every_case_links_to_an_existing_ground_truth_test()
    {
        var tests = typeof(GroundTruthTests).GetMethods().Where(m => m.GetCustomAttributes(typeof(FactAttribute), false).Length > 0)
            .Select(m => $"{nameof(GroundTruthTests)}.{m.Name}").ToList();
        EvalCatalog.All.SelectMany(c => c.GroundTruthTests).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(tests, "every case's claims are demonstrated, and every demonstration backs a case");
    }

    [Fact]
    public void A_missing_program_is_a_clear_error()
    {
        var act = () => Tooling.RequireOnPath("node", "/nonexistent-dir");
        act.Should().Throw<InvalidOperationException>().WithMessage("'node' was not found on PATH. The ground-truth tests need Node.js 20+ and npm*");
    }
}
