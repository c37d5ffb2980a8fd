using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>The messages sent to an LLM judge.</summary>
public static class JudgePrompt
{
    /// <summary>The judge's instructions.</summary>
    public const string Instructions = """
        You are a strict, impartial grader of answers given by an AI assistant to developers using Restate (restate.dev), a durable-execution platform with services, virtual objects and workflows.
        Score the answer on each rubric criterion from 1 to 5: pick the anchor (5, 4, 3, 2 or 1) that describes the answer best; when it falls between two anchors, give the lower score.
        Judge against the ideal behaviour and the criteria. An answer that states something false about Restate scores low on every criterion that claim touches, however confident it sounds.
        Reply with only one JSON object, no prose and no code fence, of this shape:
        {"criteria":[{"id":"<criterion id>","score":<integer 1-5>,"reason":"<one or two sentences>","evidence":"<short quote from the answer, or empty>"}]}
        Include every criterion id exactly once.
        """;

    /// <summary>Builds the system and user messages for grading <paramref name="answer"/>.</summary>
    public static IReadOnlyList<ChatMessage> Build(EvalCase evalCase, string answer)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(answer);
        return [new ChatMessage(ChatRole.System, Instructions.ReplaceLineEndings("\n")), new ChatMessage(ChatRole.User, Describe(evalCase) + "## Answer to grade\n<answer>\n" + answer + "\n</answer>\n")];
    }

    /// <summary>A short hash of the instructions and the case's rubric; changes whenever grading would change.</summary>
    public static string RubricHash(EvalCase evalCase)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes((Instructions + "\n" + Describe(evalCase)).ReplaceLineEndings("\n")));
        return Convert.ToHexStringLower(bytes)[..16];
    }

    private static string Describe(EvalCase c)
    {
        var text = new StringBuilder();
        text.Append("## Case ").Append(c.Id).Append(": ").Append(c.Title).Append("\n\n");
        text.Append("## User question\n").Append(c.Input).Append("\n\n");
        text.Append("## Ideal behaviour\n").Append(c.IdealBehavior).Append("\n\n");
        text.Append("## Criteria\n");
        foreach (var criterion in c.Criteria)
        {
            text.Append("- id: ").Append(criterion.Id).Append(" (").Append(criterion.Dimension).Append(")\n")
                .Append("  what: ").Append(criterion.Description).Append('\n')
                .Append("  5 = ").Append(criterion.Anchors.Five).Append('\n')
                .Append("  4 = ").Append(criterion.Anchors.Four).Append('\n')
                .Append("  3 = ").Append(criterion.Anchors.Three).Append('\n')
                .Append("  2 = ").Append(criterion.Anchors.Two).Append('\n')
                .Append("  1 = ").Append(criterion.Anchors.One).Append('\n');
        }

        return text.Append('\n').ToString();
    }
}
