using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace RestateEvals.Snapshots;

/// <summary>A compact line diff (DiffPlex): <c>- </c> verified, <c>+ </c> received, with a little context.</summary>
internal static class InlineDiff
{
    /// <summary>The changed lines of <paramref name="verified"/> → <paramref name="received"/>, with <paramref name="context"/> lines around each change.</summary>
    public static string Render(string verified, string received, int context = 2)
    {
        var lines = InlineDiffBuilder.Diff((verified ?? string.Empty).TrimEnd('\n'), (received ?? string.Empty).TrimEnd('\n'), ignoreWhiteSpace: false).Lines;
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Inserted or ChangeType.Deleted)
            {
                for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!keep[i])
            {
                if (i == 0 || keep[i - 1])
                {
                    text.Append("  ...\n");
                }

                continue;
            }

            var prefix = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            text.Append(prefix).Append(lines[i].Text).Append('\n');
        }

        return text.ToString();
    }
}
