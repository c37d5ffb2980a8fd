using System.Globalization;

namespace RestateEvals;

/// <summary>
/// Grades only answers it knows: an answer identical (up to line endings and surrounding white space) to one of the
/// case's labelled reference answers gets that label (a good answer scores 5 on every criterion, a flawed one 1);
/// any other answer is inconclusive (<see cref="InconclusiveReason.UnknownAnswer"/>). It reads nothing, so it decides
/// nothing new: use it for offline runs and CI of the plumbing, with an LLM judge or a person for real answers.
/// </summary>
public sealed class ReferenceAnswerJudge : IJudge
{
    /// <summary>The name reported as <see cref="JudgeOutcome.JudgeName"/>.</summary>
    public const string Name = "reference-answers";

    /// <inheritdoc />
    public Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(answer);
        cancellationToken.ThrowIfCancellationRequested();
        var text = Canonical(answer);
        var good = IndexOf(evalCase.GoodAnswers, text);
        var flawed = IndexOf(evalCase.FlawedAnswers, text);
        if (good < 0 && flawed < 0)
        {
            return Task.FromResult(JudgeOutcome.Inconclusive(
                $"the reference-answer judge grades only {evalCase.Id}'s labelled reference answers, and this answer is none of them: grade it with an LLM judge, or review and verify its snapshot",
                string.Empty,
                Name,
                InconclusiveReason.UnknownAnswer));
        }

        var (label, index, score) = good >= 0 ? ("good", good, 5) : ("flawed", flawed, 1);
        var reason = string.Create(CultureInfo.InvariantCulture, $"Identical to {evalCase.Id}'s {label} reference answer #{index + 1}, labelled {label} by the case authors.");
        var quote = Quote(answer);
        var scores = evalCase.Criteria.Select(c => new JudgeScore(c.Id, score, reason, score >= 4 ? quote : string.Empty)).ToList();
        return Task.FromResult(JudgeOutcome.Conclusive(scores, reason, Name));
    }

    private static int IndexOf(IReadOnlyList<string> answers, string text)
    {
        for (var i = 0; i < answers.Count; i++)
        {
            if (string.Equals(Canonical(answers[i]), text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Canonical(string text) => text.ReplaceLineEndings("\n").Trim();

    private static string Quote(string answer)
    {
        var first = answer.Trim().Split('\n')[0];
        return first.Length <= 80 ? first : first[..80];
    }
}
