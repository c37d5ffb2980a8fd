using RestateEvals;

namespace FluentAssertions;

/// <summary>
/// Entry point: <c>result.Should().PassRubric()</c>. In the <c>FluentAssertions</c> namespace, like FluentAssertions'
/// own <c>Should()</c> overloads, so <c>using FluentAssertions;</c> is all a test file needs.
/// </summary>
public static class EvalResultAssertionExtensions
{
    /// <summary>Starts assertions on <paramref name="result"/>.</summary>
    public static EvalResultAssertions Should(this EvalResult? result) => new(result!);
}
