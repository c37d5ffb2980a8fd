using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace RestateEvals.Tests;

/// <summary>CI runs the test command written in README.md; keep the two in step.</summary>
public sealed partial class ReadmeTests
{
    private static string RepositoryRoot([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    [Fact]
    public void Ci_runs_the_readme_test_command()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var match = TestCommand().Match(readme);
        match.Success.Should().BeTrue("README.md has a 'Run the tests' command block");
        var command = match.Groups["command"].Value.Trim();
        command.Should().StartWith("dotnet test");
        File.ReadAllLines(Path.Combine(RepositoryRoot(), ".ci", "run")).Select(l => l.Trim()).Should().Contain(command);
    }

    [Fact]
    public void Readme_lists_every_case_and_its_ground_truth_test()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        foreach (var evalCase in EvalCatalog.All)
        {
            readme.Should().Contain($"| {evalCase.Id} | {evalCase.Severity.ToString().ToLowerInvariant()} |");
            foreach (var test in evalCase.GroundTruthTests)
            {
                readme.Should().Contain("`" + test["GroundTruthTests.".Length..] + "`");
            }
        }
    }

    [GeneratedRegex(@"Run the tests[^\n]*\n+```bash\n(?<command>[^\n]+)\n```")]
    private static partial Regex TestCommand();
}
