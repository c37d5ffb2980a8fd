namespace RestateEvals;

/// <summary>What a shipped reference answer is known to be: one that must pass its rubric, or one with a known flaw that must fail it.</summary>
public enum ReferenceLabel
{
    /// <summary>One of <see cref="EvalCase.GoodAnswers"/>: must pass.</summary>
    Good,

    /// <summary>One of <see cref="EvalCase.FlawedAnswers"/>: must fail (a scored fail; inconclusive does not count).</summary>
    Flawed,
}
