namespace RestateEvals;

/// <summary>One reference answer, its label, and the verdict a judge's scores gave it: one row of a <see cref="CalibrationReport"/>.</summary>
/// <param name="Case">The case the answer belongs to.</param>
/// <param name="Label">Good (must pass) or flawed (must fail).</param>
/// <param name="Index">Index among the case's good or flawed answers, from 0.</param>
/// <param name="Verdict">The graded verdict.</param>
public sealed record ReferenceVerdict(EvalCase Case, ReferenceLabel Label, int Index, Verdict Verdict)
{
    /// <summary>The answer text, from <see cref="EvalCase.GoodAnswers"/> or <see cref="EvalCase.FlawedAnswers"/>.</summary>
    public string Answer => (Label == ReferenceLabel.Flawed ? Case.FlawedAnswers : Case.GoodAnswers)[Index];

    /// <summary>True when the verdict matches the label: a good answer passed, or a flawed answer was scored and failed. Inconclusive never agrees.</summary>
    public bool AgreesWithLabel => Label == ReferenceLabel.Good ? Verdict.Passed : Verdict.Status == VerdictStatus.Failed;

    /// <summary>True for a flawed answer that passed: the judge let known wrong advice through.</summary>
    public bool IsFalsePass => Label == ReferenceLabel.Flawed && Verdict.Passed;

    /// <summary>True for a good answer that did not pass (failed or inconclusive).</summary>
    public bool IsFalseFail => Label == ReferenceLabel.Good && !Verdict.Passed;

    /// <summary>E.g. <c>VOS-01 flawed #2</c> (numbered from 1).</summary>
    public override string ToString() => $"{Case.Id} {(Label == ReferenceLabel.Flawed ? "flawed" : "good")} #{Index + 1}";
}
