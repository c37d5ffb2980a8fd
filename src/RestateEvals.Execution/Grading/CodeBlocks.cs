using System.Text.RegularExpressions;

namespace RestateEvals.Execution;

/// <summary>Finds the TypeScript module in an agent's reply: a fenced code block (ts, typescript, js, javascript or no language).</summary>
internal static partial class CodeBlocks
{
    private static readonly HashSet<string> Languages = new(StringComparer.OrdinalIgnoreCase) { string.Empty, "ts", "typescript", "js", "javascript", "mjs", "mts", "tsx" };

    /// <summary>
    /// The module: the only code block, or, when there are several, the last one that exports <paramref name="export"/>
    /// (else the longest). <see langword="null"/> when the reply has no code block in a TypeScript-like language.
    /// </summary>
    public static string? Extract(string reply, string export)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = Fence().Matches(reply.ReplaceLineEndings("\n"))
            .Where(m => Languages.Contains(m.Groups["lang"].Value.Trim()))
            .Select(m => m.Groups["code"].Value.Trim('\n'))
            .Where(code => code.Trim().Length > 0)
            .ToList();
        if (blocks.Count <= 1)
        {
            return blocks.FirstOrDefault();
        }

        var exporting = blocks.Where(b => Regex.IsMatch(b, $@"export\s+(const|let|var)\s+{Regex.Escape(export)}\b", RegexOptions.None, TimeSpan.FromSeconds(1))).ToList();
        return exporting.Count > 0 ? exporting[^1] : blocks.MaxBy(b => b.Length);
    }

    [GeneratedRegex(@"^[ \t]*(?<fence>`{3,}|~{3,})[ \t]*(?<lang>[\w+-]*)[^\n]*\n(?<code>.*?)\n[ \t]*\k<fence>[ \t]*$", RegexOptions.Singleline | RegexOptions.Multiline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Fence();
}
