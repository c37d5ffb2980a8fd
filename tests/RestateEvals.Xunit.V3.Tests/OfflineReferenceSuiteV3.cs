using Microsoft.Extensions.AI;
using RestateEvals.Snapshots;
using RestateEvals;

namespace RestateEvals.Xunit.V3.Tests;

/// <summary>The shipped suite on xUnit v3, offline: reference answers judged by the checklist judge; nine rows, all must pass.</summary>
public sealed class OfflineReferenceSuiteV3(ITestOutputHelper output) : VirtualObjectsAndStateEvals(output)
{
    // Deterministic answers: any change is a regression.
    protected override ISnapshotVerifier? Snapshots { get; } = new MarkdownSnapshotVerifier(new SnapshotOptions { Mode = SnapshotMode.Strict });

    protected override IChatClient CreateAgent() => new ReferenceAnswerChatClient();

    protected override IJudge CreateJudge() => new ReferenceAnswerJudge();
}
