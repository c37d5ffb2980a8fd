using System.Collections.Concurrent;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RestateEvals.Xunit;

/// <summary>
/// Orders a suite's tests by case id and records which cases were selected (after any <c>--filter</c> or Test
/// Explorer selection), so the suite can overlap the LLM calls of exactly those cases and no others.
/// </summary>
public sealed class SelectedCasesOrderer : ITestCaseOrderer
{
    /// <summary>The assembly-qualified type name for <c>[TestCaseOrderer]</c>.</summary>
    public const string TypeName = "RestateEvals.Xunit.SelectedCasesOrderer";

    /// <summary>The assembly name for <c>[TestCaseOrderer]</c>.</summary>
    public const string AssemblyName = "RestateEvals.Xunit";

    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Selected = new(StringComparer.Ordinal);

    /// <summary>The case ids selected for the test class named <paramref name="testClassName"/>, or <see langword="null"/> when unknown.</summary>
    public static IReadOnlyList<string>? For(string testClassName) => Selected.TryGetValue(testClassName, out var ids) ? ids : null;

    /// <inheritdoc />
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase
    {
        var ordered = testCases.OrderBy(t => CaseId(t), StringComparer.Ordinal).ThenBy(t => t.DisplayName, StringComparer.Ordinal).ToList();
        foreach (var group in ordered.GroupBy(t => t.TestMethod.TestClass.Class.Name, StringComparer.Ordinal))
        {
            Selected[group.Key] = [.. group.Select(t => CaseId(t)).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)];
        }

        return ordered;
    }

    private static string CaseId(ITestCase testCase) =>
        testCase.Traits.TryGetValue("Case", out var values) && values.Count > 0 ? values[0] : string.Empty;
}
