#if XUNIT_V3
using Xunit.Sdk;
#else
using Xunit.Abstractions;
#endif

namespace RestateEvals.Xunit;

/// <summary>
/// A theory row naming one <see cref="EvalCase"/>. Serializable, so Test Explorer and <c>dotnet test --list-tests</c>
/// show each case as its own row, named by id and title.
/// </summary>
public sealed class EvalCaseRow : IXunitSerializable
{
    private string _id = string.Empty;

    /// <summary>For the xUnit deserializer only.</summary>
    public EvalCaseRow()
    {
    }

    /// <summary>A row for the case with <paramref name="id"/>.</summary>
    public EvalCaseRow(string id)
    {
        _id = EvalCatalog.Get(id).Id;
    }

    /// <summary>The case this row stands for.</summary>
    public EvalCase Case => EvalCatalog.Get(_id);

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        _id = info.GetValue<string>("id") ?? string.Empty;
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue("id", _id);
    }

    /// <summary>The row's display text: id and title.</summary>
    public override string ToString() => Case.ToString();
}
