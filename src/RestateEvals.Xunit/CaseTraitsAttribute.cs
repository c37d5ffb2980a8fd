#if !XUNIT_V3
using Xunit.Sdk;
#endif

namespace RestateEvals;

/// <summary>
/// The <c>Case</c> and <c>Severity</c> traits of a test method, read from the case file (so severity is written once,
/// in the JSON): <c>[CaseTraits("VOS-01")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
#if !XUNIT_V3
[TraitDiscoverer(CaseTraitsDiscoverer.TypeName, CaseTraitsDiscoverer.AssemblyName)]
#endif
#if XUNIT_V3
public sealed class CaseTraitsAttribute(string caseId) : Attribute, global::Xunit.v3.ITraitAttribute
#else
public sealed class CaseTraitsAttribute(string caseId) : Attribute, global::Xunit.Sdk.ITraitAttribute
#endif
{
    /// <summary>The case whose traits the test gets.</summary>
    public string CaseId { get; } = caseId;

    /// <summary>The traits of <paramref name="caseId"/>: <c>Case</c> = its id, <c>Severity</c> = its severity in lower case.</summary>
    public static IReadOnlyCollection<KeyValuePair<string, string>> For(string caseId)
    {
        var evalCase = EvalCatalog.Get(caseId);
        return [new("Case", evalCase.Id), new("Severity", evalCase.Severity.ToString().ToLowerInvariant())];
    }

#if XUNIT_V3
    /// <inheritdoc />
    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => For(CaseId);
#endif
}
