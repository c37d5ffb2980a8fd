namespace RestateEvals;

/// <summary>Framework-neutral checks on an <see cref="EvalResult"/>.</summary>
public static class EvalResultExtensions
{
    /// <summary>Throws <see cref="RubricNotMetException"/> with the full explanation unless the case passed.</summary>
    public static EvalResult EnsurePassed(this EvalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Verdict.Passed ? result : throw new RubricNotMetException(VerdictFormatter.Describe(result));
    }
}
