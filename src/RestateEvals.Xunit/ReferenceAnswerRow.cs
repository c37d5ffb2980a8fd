#if XUNIT_V3
using Xunit.Sdk;
#else
using Xunit.Abstractions;
#endif

namespace RestateEvals;

/// <summary>A theory row naming one shipped reference answer: case, good or flawed, index.</summary>
public sealed class ReferenceAnswerRow : IXunitSerializable
{
    /// <summary>For the xUnit deserializer only.</summary>
    public ReferenceAnswerRow()
    {
    }

    /// <summary>Reference answer <paramref name="index"/> of <paramref name="caseId"/>, flawed or good.</summary>
    public ReferenceAnswerRow(string caseId, bool flawed, int index)
    {
        CaseId = EvalCatalog.Get(caseId).Id;
        Flawed = flawed;
        Index = index;
    }

    /// <summary>One row per good (or flawed) reference answer of every case.</summary>
    public static IEnumerable<ReferenceAnswerRow> All(bool flawed) => For(EvalCatalog.All, flawed);

    /// <summary>One row per good (or, when <paramref name="flawed"/>, flawed) reference answer of <paramref name="cases"/>.</summary>
    public static IEnumerable<ReferenceAnswerRow> For(IEnumerable<EvalCase> cases, bool flawed) =>
        (cases ?? throw new ArgumentNullException(nameof(cases))).SelectMany(c => Enumerable.Range(0, flawed ? c.FlawedAnswers.Count : c.GoodAnswers.Count).Select(i => new ReferenceAnswerRow(c.Id, flawed, i)));

    /// <summary>The case id.</summary>
    public string CaseId { get; private set; } = string.Empty;

    /// <summary>True for an answer with a known flaw that must fail.</summary>
    public bool Flawed { get; private set; }

    /// <summary><see cref="ReferenceLabel.Flawed"/> when <see cref="Flawed"/>, else <see cref="ReferenceLabel.Good"/>.</summary>
    public ReferenceLabel Label => Flawed ? ReferenceLabel.Flawed : ReferenceLabel.Good;

    /// <summary>Index among the case's good or flawed answers.</summary>
    public int Index { get; private set; }

    /// <summary>The answer text.</summary>
    public string Answer => Flawed ? EvalCatalog.Get(CaseId).FlawedAnswers[Index] : EvalCatalog.Get(CaseId).GoodAnswers[Index];

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        CaseId = info.GetValue<string>("case") ?? string.Empty;
        Flawed = info.GetValue<bool>("flawed");
        Index = info.GetValue<int>("index");
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue("case", CaseId);
        info.AddValue("flawed", Flawed);
        info.AddValue("index", Index);
    }

    /// <summary>E.g. <c>VOS-01 flawed #2</c>.</summary>
    public override string ToString() => $"{CaseId} {(Flawed ? "flawed" : "good")} #{Index + 1}";
}
