using System.Text;
using System.Text.RegularExpressions;

namespace RestateEvals.Execution;

/// <summary>What <see cref="CodeBlocks.Extract"/> found: the module to run, or why there is none (the run is then inconclusive).</summary>
internal readonly record struct CodeExtraction(string? Code, string? Problem)
{
    public static CodeExtraction Module(string code) => new(code, null);

    public static CodeExtraction None(string problem) => new(null, problem);
}

/// <summary>
/// Finds the TypeScript module in an agent's reply. Candidates are fenced code blocks labelled as TypeScript (<c>ts</c>,
/// <c>typescript</c>, <c>mts</c>, <c>cts</c>, <c>tsx</c>) or JavaScript (<c>js</c>, <c>javascript</c>, <c>mjs</c>,
/// <c>cjs</c>, <c>jsx</c>), and unlabelled blocks that read as a module (a line that starts an <c>import</c> or
/// <c>export</c> statement); a block labelled anything else (<c>bash</c>, <c>json</c>, <c>log</c>, <c>console</c>,
/// <c>text</c>, ...) never is. The module is the candidate that defines the contracted export, in any form
/// (<c>export const cart</c>, <c>export function cart</c>, <c>export { cart }</c>, <c>export { x as cart }</c>, ...);
/// comments do not count. Two different blocks that both define it are ambiguous, and so is a reply with several
/// candidates none of which defines it: nothing is run, and the reason says why.
/// </summary>
internal static partial class CodeBlocks
{
    private static readonly HashSet<string> TypeScriptLike = new(StringComparer.OrdinalIgnoreCase) { "ts", "typescript", "mts", "cts", "tsx", "js", "javascript", "mjs", "cjs", "jsx" };

    /// <summary>Why a reply without any candidate has no module (the wording the reports and tests know).</summary>
    public const string NoBlock = "The reply to the request for code has no ```ts code block, so nothing could be run.";

    /// <summary>The module that defines <paramref name="export"/>, or why none could be chosen.</summary>
    public static CodeExtraction Extract(string reply, string export)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentException.ThrowIfNullOrEmpty(export);
        var candidates = Fence().Matches(reply.ReplaceLineEndings("\n"))
            .Select(m => (Language: m.Groups["lang"].Value.Trim(), Code: m.Groups["code"].Value.Trim('\n')))
            .Where(b => b.Code.Trim().Length > 0)
            .Where(b => TypeScriptLike.Contains(b.Language) || (b.Language.Length == 0 && ReadsAsModule().IsMatch(WithoutComments(b.Code))))
            .Select(b => b.Code)
            .ToList();
        if (candidates.Count == 0)
        {
            return CodeExtraction.None(NoBlock);
        }

        var defining = candidates.Where(c => Defines(c, export)).ToList();
        var distinct = defining.Select(Normalized).Distinct(StringComparer.Ordinal).Count();
        return distinct switch
        {
            1 => CodeExtraction.Module(defining[0]),
            > 1 => CodeExtraction.None($"The reply has {distinct} different TypeScript code blocks that each define `{export}`, so which one is the module is ambiguous; nothing was run."),
            _ when candidates.Count == 1 => CodeExtraction.Module(candidates[0]), // Run, so the failure says what the module lacks.
            _ => CodeExtraction.None($"The reply has {candidates.Count} TypeScript code blocks and none of them defines `{export}`, so which one is the module is unclear; nothing was run."),
        };
    }

    /// <summary>Whether <paramref name="code"/> exports a binding named <paramref name="export"/> (comments ignored).</summary>
    internal static bool Defines(string code, string export)
    {
        var text = WithoutComments(code);
        var name = Regex.Escape(export);
        if (Regex.IsMatch(text, $@"(?<![\w$.])export\s+(?:declare\s+)?(?:(?:const|let|var)\s+|(?:async\s+)?function\s*\*?\s*|(?:abstract\s+)?class\s+){name}(?![\w$])", RegexOptions.None, TimeSpan.FromSeconds(1))
            || Regex.IsMatch(text, $@"(?<![\w$.])export\s*\*\s*as\s+(?:{name}(?![\w$])|([""']){name}\1)", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return true;
        }

        foreach (Match list in ExportList().Matches(text))
        {
            if (list.Groups["type"].Success)
            {
                continue; // export type { ... } exports no value.
            }

            foreach (var specifier in list.Groups["list"].Value.Split(','))
            {
                var parts = specifier.Trim();
                if (parts.Length == 0 || parts.StartsWith("type ", StringComparison.Ordinal))
                {
                    continue; // A type-only specifier exports no value.
                }

                var asIndex = AsKeyword().Match(parts);
                var exported = (asIndex.Success ? parts[(asIndex.Index + asIndex.Length)..] : parts).Trim().Trim('"', '\'');
                if (string.Equals(exported, export, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The code with its comments blanked out (strings and template literals kept), so a commented-out export does not count.</summary>
    internal static string WithoutComments(string code)
    {
        var text = new StringBuilder(code.Length);
        var i = 0;
        while (i < code.Length)
        {
            var c = code[i];
            if (c is '"' or '\'' or '`')
            {
                var end = i + 1;
                while (end < code.Length && code[end] != c && (c == '`' || code[end] != '\n'))
                {
                    end += code[end] == '\\' ? 2 : 1;
                }

                end = Math.Min(end + 1, code.Length);
                text.Append(code, i, end - i);
                i = end;
            }
            else if (c == '/' && i + 1 < code.Length && code[i + 1] == '/')
            {
                var end = code.IndexOf('\n', i);
                i = end < 0 ? code.Length : end;
                text.Append(' ');
            }
            else if (c == '/' && i + 1 < code.Length && code[i + 1] == '*')
            {
                var end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var stop = end < 0 ? code.Length : end + 2;
                text.Append(code.AsSpan(i, stop - i).Contains('\n') ? "\n" : " ");
                i = stop;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        return text.ToString();
    }

    /// <summary>Equal modules written out twice (e.g. the same block repeated) count as one.</summary>
    private static string Normalized(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.TrimEnd())).Trim();

    [GeneratedRegex(@"^[ \t]*(?<fence>`{3,}|~{3,})[ \t]*(?<lang>[\w+-]*)[^\n]*\n(?<code>.*?)\n[ \t]*\k<fence>[ \t]*$", RegexOptions.Singleline | RegexOptions.Multiline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Fence();

    /// <summary>A line that starts an import or export statement (not a shell's <c>export NAME=value</c>).</summary>
    [GeneratedRegex(@"^[ \t]*(?:import\s*(?:type\s+)?(?:[\w$*{]|[""'])|import\s*\(|export\s+(?:default|declare|const|let|var|async|function|class|abstract|type|interface|enum|namespace)\b|export\s*[{*])", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReadsAsModule();

    /// <summary><c>export { a, b as c }</c>, with or without <c>from "..."</c>, and <c>export type { ... }</c> (which the caller skips).</summary>
    [GeneratedRegex(@"(?<![\w$.])export\s*(?<type>type\s*)?\{(?<list>[^{}]*)\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExportList();

    [GeneratedRegex(@"\s+as\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AsKeyword();
}
