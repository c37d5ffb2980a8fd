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

    [Fact]
    public void Readme_install_and_quick_start_blocks_are_marked_for_the_readme_check()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        string Block(string name)
        {
            var match = Regex.Match(readme, $@"<!-- {name}:begin -->\n```[a-z]*\n(?<code>.*?)```\n<!-- {name}:end -->", RegexOptions.Singleline);
            match.Success.Should().BeTrue($"README.md has one fenced block between <!-- {name}:begin/end --> (.ci/readme-check runs it)");
            return match.Groups["code"].Value;
        }

        foreach (var setup in new[] { "xunit-v2", "xunit-v3-mtp", "xunit-v3-vstest" })
        {
            Block("install-" + setup).Should().Contain("dotnet add package Microsoft.Extensions.AI.OpenAI --version ");
        }

        Block("global-json-mtp").Should().Contain("\"Microsoft.Testing.Platform\"");
        Block("quickstart-xunit-v2").Should().Contain("using OpenAI;").And.Contain("using Xunit.Abstractions;");
        Block("quickstart-xunit-v3").Should().Contain("using OpenAI;").And.Contain("using Xunit;").And.NotContain("Xunit.Abstractions");
        Block("fluentassertions").Should().Contain("using FluentAssertions;");
        File.ReadAllLines(Path.Combine(RepositoryRoot(), ".ci", "run")).Select(l => l.Trim()).Should().Contain("bash .ci/readme-check");
    }

    [GeneratedRegex(@"Run the tests[^\n]*\n+```bash\n(?<command>[^\n]+)\n```")]
    private static partial Regex TestCommand();
}
