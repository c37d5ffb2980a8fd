using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace RestateEvals;

/// <summary>Assertions on an <see cref="EvalResult"/>: whether its verdict passes the rubric, and per-criterion scores.</summary>
public sealed class EvalResultAssertions : ReferenceTypeAssertions<EvalResult, EvalResultAssertions>
{
    /// <summary>Creates assertions on <paramref name="subject"/>.</summary>
    public EvalResultAssertions(EvalResult subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "eval result";

    /// <summary>
    /// Asserts the case passed its rubric. On failure the message lists every criterion with score, threshold and the
    /// judge's reason, then the ideal behaviour; an inconclusive verdict fails with the judge's raw output.
    /// </summary>
    [CustomAssertion]
    public AndConstraint<EvalResultAssertions> PassRubric(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:eval result} to pass its rubric{reason}, but it was <null>.")
            .Then
            .ForCondition(Subject!.Verdict.Passed)
            .FailWith(Escape($"Expected {{context:eval result}} {Subject.Case.Id} \"{Subject.Case.Title}\" to pass its rubric ({Subject.Verdict.Policy})") + "{reason}"
                + Escape($", but {Subject.Verdict.Status.ToString().ToLowerInvariant()}: {VerdictFormatter.Summary(Subject.Verdict)}.\n\n{VerdictFormatter.Details(Subject)}"));
        return new AndConstraint<EvalResultAssertions>(this);
    }

    /// <summary>Asserts the case did not pass (failed or inconclusive); for calibration tests of flawed answers.</summary>
    [CustomAssertion]
    public AndConstraint<EvalResultAssertions> NotPassRubric(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:eval result} not to pass its rubric{reason}, but it was <null>.")
            .Then
            .ForCondition(Subject!.Verdict.Status != VerdictStatus.Passed)
            .FailWith(Escape($"Expected {{context:eval result}} {Subject.Case.Id} \"{Subject.Case.Title}\" not to pass its rubric ({Subject.Verdict.Policy})") + "{reason}"
                + Escape($", but it passed: {VerdictFormatter.Summary(Subject.Verdict)}.\n\n{VerdictFormatter.Details(Subject)}"));
        return new AndConstraint<EvalResultAssertions>(this);
    }

    /// <summary>Asserts criterion <paramref name="criterionId"/> scored at least <paramref name="minimum"/> (mean over samples).</summary>
    [CustomAssertion]
    public AndConstraint<EvalResultAssertions> HaveCriterionScoreAtLeast(string criterionId, double minimum, string because = "", params object[] becauseArgs)
    {
        var criterion = Subject?.Verdict.Criteria.FirstOrDefault(c => string.Equals(c.Criterion.Id, criterionId, StringComparison.Ordinal));
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:eval result} to have a criterion score{reason}, but it was <null>.")
            .Then
            .ForCondition(Subject!.Verdict.Status != VerdictStatus.Inconclusive)
            .FailWith(Escape($"Expected {{context:eval result}} {Subject.Case.Id} to score criterion '{criterionId}' at least {VerdictFormatter.Score(minimum)}") + "{reason}"
                + Escape($", but {VerdictFormatter.Summary(Subject.Verdict)}.\n\nRaw judge output:\n{Subject.Verdict.RawJudgeText}\n"))
            .Then
            .ForCondition(criterion is not null)
            .FailWith(Escape($"Expected {{context:eval result}} {Subject.Case.Id} to score criterion '{criterionId}' at least {VerdictFormatter.Score(minimum)}") + "{reason}"
                + Escape($", but the case has no such criterion (it has {string.Join(", ", Subject.Case.Criteria.Select(c => c.Id))})."))
            .Then
            .ForCondition(criterion?.Score >= minimum)
            .FailWith(Escape($"Expected {{context:eval result}} {Subject.Case.Id} to score criterion '{criterionId}' at least {VerdictFormatter.Score(minimum)}") + "{reason}"
                + Escape($", but it scored {VerdictFormatter.Score(criterion?.Score ?? 0)}: {string.Join(" / ", criterion?.Reasons ?? [])}"));
        return new AndConstraint<EvalResultAssertions>(this);
    }

    /// <summary>Scrubs secrets; FluentAssertions runs the message through string.Format, so double every brace that is ours, not a placeholder.</summary>
    private static string Escape(string text) =>
        SecretScrubber.Scrub(text).Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)
            .Replace("{{context:eval result}}", "{context:eval result}", StringComparison.Ordinal);
}
