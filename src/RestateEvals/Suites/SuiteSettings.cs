using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>
/// What an <see cref="EvalSession"/> needs from a test-framework suite class: how to create the agent and judge, the
/// options, where snapshots and reports go, and the preflight. The xUnit suites build it from their overridable members.
/// </summary>
public sealed class SuiteSettings
{
    /// <summary>The suite's name (its test class name): names snapshots and the report.</summary>
    public required string Name { get; init; }

    /// <summary>Creates the agent under evaluation; called once per run of the selected cases (and for a case run again).</summary>
    public required Func<IChatClient> CreateAgent { get; init; }

    /// <summary>Creates the judge.</summary>
    public required Func<IJudge> CreateJudge { get; init; }

    /// <summary>Asking and grading options.</summary>
    public EvalOptions Options { get; init; } = new();

    /// <summary>Snapshot review; <see langword="null"/> (or <see cref="SnapshotMode.Off"/>) for none.</summary>
    public ISnapshotVerifier? Snapshots { get; init; }

    /// <summary>Where snapshots are written.</summary>
    public required string SnapshotDirectory { get; init; }

    /// <summary>Where the run's report is written; <see langword="null"/> for none.</summary>
    public string? ReportDirectory { get; init; }

    /// <summary>Your own report writers, added after the Markdown, JSON and HTML ones. Default: none.</summary>
    public IReadOnlyList<IEvalReporter> Reporters { get; init; } = [];

    /// <summary>Whether the judge grades a known-good answer of <see cref="PreflightCase"/> before the first case. Default: true.</summary>
    public bool JudgePreflight { get; init; } = true;

    /// <summary>The case whose first good answer the preflight grades. Default: the first shipped case.</summary>
    public EvalCase PreflightCase { get; init; } = EvalCatalog.All[0];

    /// <summary>The test method of a case (for snapshot names), or <see langword="null"/> when unknown.</summary>
    public Func<string, string?> TestMethodOf { get; init; } = _ => null;

    /// <summary>The case ids the test framework selected for this suite (after filters), or <see langword="null"/> when unknown.</summary>
    public Func<IReadOnlyList<string>?> Selection { get; init; } = () => null;
}
