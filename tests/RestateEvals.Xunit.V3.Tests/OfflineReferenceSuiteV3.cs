using Microsoft.Extensions.AI;
using RestateEvals.Xunit;

namespace RestateEvals.Xunit.V3.Tests;

/// <summary>The shipped suite on xUnit v3, offline: reference answers judged by the checklist judge; nine rows, all must pass.</summary>
public sealed class OfflineReferenceSuiteV3(ITestOutputHelper output) : VirtualObjectsAndStateEvals(output)
{
    protected override IChatClient CreateAgent() => new ReferenceAnswerChatClient();

    protected override IJudge CreateJudge() => new ChecklistJudge();
}
