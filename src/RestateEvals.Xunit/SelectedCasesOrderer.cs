using System.Collections.Concurrent;
#if XUNIT_V3
using Xunit.Sdk;
using Xunit.v3;
#else
using Xunit.Abstractions;
using Xunit.Sdk;
#endif

namespace RestateEvals;

/// <summary>
/// Orders a suite's tests by case id and records which cases were selected (after any <c>--filter</c> or Test
/// Explorer selection), so the suite can overlap the LLM calls of exactly those cases and no others.
/// </summary>
#if XUNIT_V3
public sealed class SelectedCasesOrderer : ITestMethodOrderer
#else
public sealed class SelectedCasesOrderer : ITestCaseOrderer
#endif
{
#if !XUNIT_V3
    /// <summary>The type name for xUnit v2's <c>[TestCaseOrderer]</c>.</summary>
    public const string TypeName = "RestateEvals.SelectedCasesOrderer";

    /// <summary>The assembly name for xUnit v2's <c>[TestCaseOrderer]</c>.</summary>
    public const string AssemblyName = "RestateEvals.Xunit";
#endif

    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Selected = new(StringComparer.Ordinal);

    /// <summary>The case ids selected for the test class named <paramref name="testClassName"/> (full name), or <see langword="null"/> when unknown.</summary>
    public static IReadOnlyList<string>? For(string testClassName) => Selected.TryGetValue(testClassName, out var ids) ? ids : null;

#if XUNIT_V3
    /// <summary>xUnit v3 orders a class's test methods (only those with selected tests) before running any of them.</summary>
    public IReadOnlyCollection<TTestMethod?> OrderTestMethods<TTestMethod>(IReadOnlyCollection<TTestMethod?> testMethods)
        where TTestMethod : notnull, ITestMethod =>
        [.. testMethods.Where(m => m is null), .. Record(testMethods.OfType<TTestMethod>(), t => t.TestClass.TestClassName, t => t.MethodName, t => t.Traits)];
#else
    /// <inheritdoc />
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase => Record(testCases, t => t.TestMethod.TestClass.Class.Name, t => t.DisplayName, t => t.Traits);
#endif

    private static List<TTest> Record<TTest, TValues>(IEnumerable<TTest> tests, Func<TTest, string> className, Func<TTest, string> displayName, Func<TTest, IReadOnlyDictionary<string, TValues>> traits)
        where TValues : IEnumerable<string>
    {
        string CaseId(TTest test) => traits(test).TryGetValue("Case", out var values) ? values.FirstOrDefault() ?? string.Empty : string.Empty;
        var ordered = tests.OrderBy(CaseId, StringComparer.Ordinal).ThenBy(displayName, StringComparer.Ordinal).ToList();
        foreach (var group in ordered.GroupBy(className, StringComparer.Ordinal))
        {
            Selected[group.Key] = [.. group.Select(CaseId).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)];
        }

        return ordered;
    }
}
