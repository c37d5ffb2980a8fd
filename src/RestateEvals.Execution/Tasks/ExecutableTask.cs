using System.Reflection;

namespace RestateEvals.Execution;

/// <summary>
/// A case whose fix is code: the contract the agent's module must meet (from <c>Tasks/{case}/contract.md</c>), the
/// export the host serves, the imports it may use, and the scenario that checks the invariant on the real server.
/// </summary>
internal abstract class ExecutableTask
{
    /// <summary>The case, e.g. <c>VOS-01</c>.</summary>
    public abstract string CaseId { get; }

    /// <summary>The exported virtual object (and its Restate name), e.g. <c>cart</c>.</summary>
    public abstract string Export { get; }

    /// <summary>Whether the sandbox's <c>./payments</c> module is provided (VOS-06).</summary>
    public virtual bool ProvidesPayments => false;

    /// <summary>The contract text from the embedded <c>contract.md</c>.</summary>
    public string Contract => Resource("contract.md") ?? throw new InvalidOperationException($"No contract for {CaseId}.");

    /// <summary>Runs the scenario against the served module, recording observations and failures on <paramref name="scenario"/>.</summary>
    public abstract Task RunAsync(Scenario scenario, CancellationToken cancellationToken);

    /// <summary>An embedded file of this task (<c>Tasks/{case}/{name}</c>), or <see langword="null"/>.</summary>
    public string? Resource(string name)
    {
        var assembly = typeof(ExecutableTask).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('\\', '/').Equals($"{Prefix}{CaseId}/{name}", StringComparison.Ordinal));
        if (resource is null)
        {
            return null;
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>The embedded reference implementations of this task: <c>good.ts</c> first, then <c>flawed-*.ts</c>.</summary>
    public IReadOnlyList<ReferenceImplementation> References()
    {
        var names = ResourceNames(typeof(ExecutableTask).Assembly)
            .Where(n => n.StartsWith($"{Prefix}{CaseId}/", StringComparison.Ordinal) && n.EndsWith(".ts", StringComparison.Ordinal))
            .Select(n => n[($"{Prefix}{CaseId}/").Length..])
            .OrderBy(n => n == "good.ts" ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal);
        return [.. names.Select(n => new ReferenceImplementation(CaseId, n[..^3], Resource(n)!))];
    }

    private const string Prefix = "RestateEvals.Execution.tasks.";

    private static IEnumerable<string> ResourceNames(Assembly assembly) =>
        assembly.GetManifestResourceNames().Select(n => n.Replace('\\', '/'));
}
