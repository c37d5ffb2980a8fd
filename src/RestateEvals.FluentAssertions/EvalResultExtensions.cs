namespace RestateEvals.FluentAssertions;

/// <summary>Entry point: <c>result.Should().PassRubric()</c>.</summary>
public static class EvalResultExtensions
{
    /// <summary>Starts assertions on <paramref name="result"/>.</summary>
    public static EvalResultAssertions Should(this EvalResult? result) => new(result!);
}
