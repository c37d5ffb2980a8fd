namespace RestateEvals.Execution;

/// <summary>
/// A reference implementation shipped with an executable task: <c>good</c> keeps the invariant; each <c>flawed-*</c>
/// embodies one piece of wrong advice and must fail on the real server for the reason in its <see cref="Flaw"/>.
/// </summary>
/// <param name="CaseId">The case, e.g. <c>VOS-01</c>.</param>
/// <param name="Name">The file name without <c>.ts</c>: <c>good</c> or <c>flawed-…</c>.</param>
/// <param name="Code">The TypeScript module.</param>
public sealed record ReferenceImplementation(string CaseId, string Name, string Code)
{
    /// <summary>True for the good implementation.</summary>
    public bool IsGood => Name == "good";

    /// <summary>The wrong advice a flawed implementation embodies (its <c>// flaw:</c> comment); <see langword="null"/> for the good one.</summary>
    public string? Flaw => IsGood ? null : string.Join(' ', Code.Split('\n').SkipWhile(l => !l.StartsWith("// flaw:", StringComparison.Ordinal))
        .TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)).Select(l => l.TrimStart('/').Trim()))
        .Replace("flaw:", string.Empty, StringComparison.Ordinal).Trim();

    /// <inheritdoc />
    public override string ToString() => $"{CaseId} {Name}";
}
