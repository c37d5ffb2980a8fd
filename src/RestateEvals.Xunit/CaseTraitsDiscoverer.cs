#if !XUNIT_V3
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RestateEvals;

/// <summary>xUnit v2's discoverer for <see cref="CaseTraitsAttribute"/>.</summary>
public sealed class CaseTraitsDiscoverer : ITraitDiscoverer
{
    /// <summary>The type name for <c>[TraitDiscoverer]</c>.</summary>
    public const string TypeName = "RestateEvals.CaseTraitsDiscoverer";

    /// <summary>The assembly name for <c>[TraitDiscoverer]</c>.</summary>
    public const string AssemblyName = "RestateEvals.Xunit";

    /// <inheritdoc />
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        ArgumentNullException.ThrowIfNull(traitAttribute);
        return CaseTraitsAttribute.For((string)traitAttribute.GetConstructorArguments().First());
    }
}
#endif
