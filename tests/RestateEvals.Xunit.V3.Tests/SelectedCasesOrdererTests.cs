using System.Reflection;
using RestateEvals;
using Xunit.Sdk;

namespace RestateEvals.Xunit.V3.Tests;

public sealed class SelectedCasesOrdererTests
{
    [Fact]
    public void Records_the_selected_cases_of_each_class_and_orders_them_by_case()
    {
        var methods = new[] { TestMethod("My.Suite", "VOS-09"), TestMethod("My.Suite", "VOS-02"), TestMethod("Other.Suite", "VOS-05"), TestMethod("My.Suite", null) };
        var ordered = new SelectedCasesOrderer().OrderTestMethods(methods);

        Assert.Equal(["", "VOS-02", "VOS-05", "VOS-09"], ordered.Select(m => m!.Traits.TryGetValue("Case", out var v) ? v.First() : ""));
        Assert.Equal(["VOS-02", "VOS-09"], SelectedCasesOrderer.For("My.Suite"));
        Assert.Equal(["VOS-05"], SelectedCasesOrderer.For("Other.Suite"));
        Assert.Null(SelectedCasesOrderer.For("Never.Run"));
    }

    [Fact]
    public void The_suite_base_class_uses_the_orderer()
    {
        var attribute = typeof(OfflineReferenceSuiteV3).GetCustomAttributes<TestMethodOrdererAttribute>(inherit: true).Single();
        Assert.Equal(typeof(SelectedCasesOrderer), attribute.OrdererType);
    }

    private static ITestMethod TestMethod(string className, string? caseId) => Fake<ITestMethod>(new()
    {
        ["TestClass"] = Fake<ITestClass>(new() { ["TestClassName"] = className }),
        ["MethodName"] = "Test_" + caseId,
        ["Traits"] = caseId is null
            ? new Dictionary<string, IReadOnlyCollection<string>>()
            : new Dictionary<string, IReadOnlyCollection<string>> { ["Case"] = [caseId] },
    });

    private static T Fake<T>(Dictionary<string, object?> values)
        where T : class
    {
        var fake = DispatchProxy.Create<T, PropertyProxy>();
        ((PropertyProxy)(object)fake).Values = values;
        return fake;
    }

    /// <summary>An xUnit object with just the properties the orderer reads.</summary>
    public class PropertyProxy : DispatchProxy
    {
        public Dictionary<string, object?> Values { get; set; } = [];

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod is { Name: var name } && name.StartsWith("get_", StringComparison.Ordinal) && Values.TryGetValue(name[4..], out var value)
                ? value
                : throw new NotSupportedException(targetMethod?.Name);
    }
}
