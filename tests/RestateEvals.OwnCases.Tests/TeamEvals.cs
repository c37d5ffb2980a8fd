using Microsoft.Extensions.AI;
using RestateEvals;
using RestateEvals.Snapshots;
using Xunit.Abstractions;

namespace RestateEvals.OwnCases.Tests;

/// <summary>The team's case files, one row each.</summary>
public sealed class TeamCases() : CaseFilesData("Cases");

/// <summary>
/// The team's suite: the nine shipped cases plus one row per file in Cases/, offline here (reference answers judged by
/// the reference-answer judge); point CreateAgent and CreateJudgeClient at your agent and judge instead.
/// </summary>
public sealed class TeamEvals(ITestOutputHelper output) : VirtualObjectsAndStateEvals(output)
{
    protected override ISnapshotVerifier? Snapshots { get; } = new MarkdownSnapshotVerifier(new SnapshotOptions { Mode = SnapshotMode.Strict });

    protected override IChatClient CreateAgent() => new ReferenceAnswerChatClient();

    protected override IJudge CreateJudge() => new ReferenceAnswerJudge();

    [Theory, ClassData(typeof(TeamCases)), Trait("Suite", "Team")]
    public Task TeamCase(EvalCaseRow evalCase) => EvaluateAsync(evalCase);
}

/// <summary>The judge calibrated on the shipped cases and the team's: every good reference answer passes, every flawed one fails.</summary>
public sealed class TeamCalibration(ITestOutputHelper output) : JudgeCalibration(output)
{
    protected override IEnumerable<EvalCase> Cases => EvalCatalog.All.Concat(EvalCatalog.LoadDirectory("Cases"));

    protected override IJudge CreateJudge() => new ReferenceAnswerJudge();
}
