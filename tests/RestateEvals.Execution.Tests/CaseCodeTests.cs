using System.Text.RegularExpressions;
using FluentAssertions;
using RestateEvals.Execution;
using Xunit;

namespace RestateEvals.Execution.Tests;

/// <summary>
/// Every complete TypeScript module in a case file (ideal behaviour, anchors, good and flawed answers) type-checks with
/// <c>tsc --strict</c> against the pinned SDK, with the execution package's own type-checker. A block whose first line
/// is a <c>// excerpt</c> comment is a fragment and exempt; every other <c>ts</c> block must be a whole module.
/// </summary>
public sealed partial class CaseCodeTests
{
    public static TheoryData<string> CaseIds() => [.. EvalCatalog.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Every_complete_typescript_module_in_the_case_type_checks(string caseId)
    {
        var evalCase = EvalCatalog.Get(caseId);
        var blocks = Blocks(evalCase).ToList();
        foreach (var block in blocks.Where(b => !b.IsTypeScript))
        {
            block.Code.Should().NotMatchRegex(@"\bctx\.|^import |=>", $"{block.Where} has an unlabelled block that looks like TypeScript: label it ts");
        }

        foreach (var block in blocks.Where(b => b.IsTypeScript && !b.IsExcerpt))
        {
            var diagnostics = await TypeCheckAsync(block.Code);
            diagnostics.Should().BeEmpty($"{block.Where} is a complete module (mark a fragment with a first line '// excerpt: ...')");
        }
    }

    [Fact]
    public async Task The_check_fails_wrong_code_the_old_vos05_send_with_an_input_for_an_input_less_handler()
    {
        var good = Blocks(EvalCatalog.Get("VOS-05")).Single(b => b.IsTypeScript && !b.IsExcerpt).Code;
        var old = good.Replace(".endTrial(restate.rpc.sendOpts(", ".endTrial({}, restate.rpc.sendOpts(", StringComparison.Ordinal);
        old.Should().NotBe(good);
        (await TypeCheckAsync(old)).Should().ContainMatch("*TS2554*");
    }

    [Fact]
    public void Fragments_and_modules_are_told_apart()
    {
        var evalCase = EvalCatalog.Get("VOS-05");
        var withFragment = evalCase with { GoodAnswers = ["Like this:\n```ts\n// excerpt: a handler\nctx.set(\"a\", 1);\n```\nand\n```typescript\nexport const x = 1;\n```\n```\nrestate invocations list\n```"] };
        var blocks = Blocks(withFragment).Where(b => b.Where.Contains("good answer", StringComparison.Ordinal)).ToList();
        blocks.Select(b => (b.IsTypeScript, b.IsExcerpt)).Should().Equal((true, true), (true, false), (false, false));
    }

    private static IEnumerable<Block> Blocks(EvalCase evalCase)
    {
        var texts = new List<(string Where, string Text)> { ($"{evalCase.Id} ideal behaviour", evalCase.IdealBehavior) };
        texts.AddRange(evalCase.GoodAnswers.Select((a, i) => ($"{evalCase.Id} good answer {i + 1}", a)));
        texts.AddRange(evalCase.FlawedAnswers.Select((a, i) => ($"{evalCase.Id} flawed answer {i + 1}", a)));
        foreach (var criterion in evalCase.Criteria)
        {
            var anchors = criterion.Anchors;
            texts.AddRange(new[] { anchors.Five, anchors.Four, anchors.Three, anchors.Two, anchors.One }.Select((a, i) => ($"{evalCase.Id} {criterion.Id} anchor {5 - i}", a)));
        }

        foreach (var (where, text) in texts)
        {
            foreach (Match match in Fence().Matches(text))
            {
                var language = match.Groups["lang"].Value.Trim();
                var code = match.Groups["code"].Value;
                var isTypeScript = language is "ts" or "typescript";
                yield return new Block(where, code, isTypeScript, isTypeScript && code.TrimStart().StartsWith("// excerpt", StringComparison.Ordinal));
            }
        }
    }

    private static async Task<IReadOnlyList<string>> TypeCheckAsync(string code)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var installation = await SandboxInstallation.EnsureAsync(new SandboxOptions(), timeout.Token);
        var run = Directory.CreateDirectory(Path.Combine(installation.RunsDirectory, "case-code-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(run, "task.ts"), code, timeout.Token);
            using var checker = new TypeChecker(installation);
            var reply = await checker.CheckAsync(run, timeout.Token);
            return reply["diagnostics"]!.AsArray().Select(d => (string)d!).ToList();
        }
        finally
        {
            SandboxInstallation.TryDelete(run);
        }
    }

    [GeneratedRegex(@"```(?<lang>[^\n`]*)\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    private sealed record Block(string Where, string Code, bool IsTypeScript, bool IsExcerpt);
}
