#if XUNIT_V3
using Xunit.Sdk;
#else
using Xunit.Abstractions;
#endif

namespace RestateEvals;

/// <summary>
/// A theory row naming one <see cref="EvalCase"/>: a shipped case by id, or your own case file
/// (<see cref="FromFile"/>). Serializable, so Test Explorer and <c>dotnet test --list-tests</c> show each case as its
/// own row, named by id and title.
/// </summary>
public sealed class EvalCaseRow : IXunitSerializable
{
    private string _id = string.Empty;
    private string _path = string.Empty;

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
    public EvalCase Case => _path.Length > 0 ? EvalCatalog.LoadFile(_path) : EvalCatalog.Get(_id);

    /// <summary>A row for your own case file (the schema of the shipped case files); it is read and validated now, and a problem names the file and the field.</summary>
    /// <exception cref="InvalidDataException">The file is missing, malformed or incomplete, or its id is taken.</exception>
    public static EvalCaseRow FromFile(string path)
    {
        var evalCase = EvalCatalog.LoadFile(path);
        return new EvalCaseRow { _id = evalCase.Id, _path = Path.GetFullPath(path) };
    }

    /// <summary>A row for one of your own cases already read with <see cref="EvalCatalog.LoadFile"/>.</summary>
    internal static EvalCaseRow ForLoaded(EvalCase evalCase) => new() { _id = evalCase.Id, _path = EvalCatalog.PathOf(evalCase.Id) ?? string.Empty };

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        _id = info.GetValue<string>("id") ?? string.Empty;
        _path = info.GetValue<string>("path") ?? string.Empty;
        if (_path.Length > 0)
        {
            _ = EvalCatalog.LoadFile(_path); // known to EvalCatalog.Get in this process too
        }
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue("id", _id);
        info.AddValue("path", _path);
    }

    /// <summary>The row's display text: id and title.</summary>
    public override string ToString() => Case.ToString();
}
