using Microsoft.Extensions.AI;
using RestateEvals;
using Xunit.Abstractions;

namespace RestateEvals.Samples;

/// <summary>
/// The integrator's whole test class: nine rows in Test Explorer, one per case. Configure the agent and judge with
/// environment variables (README.md); with nothing set, it runs offline on the shipped reference answers with the
/// checklist judge, which tests the pipeline, not your agent, and says so in every test's output.
/// </summary>
public sealed class RestateAssistantEvals(ITestOutputHelper output) : VirtualObjectsAndStateEvals(output)
{
    protected override EvalOptions Options => SampleSetup.Settings.Options;

    protected override IChatClient CreateAgent() => SampleSetup.CreateAgent();

    protected override IJudge CreateJudge() => SampleSetup.CreateJudge();

    protected override async Task EvaluateAsync(EvalCaseRow evalCase, string testMethod = "")
    {
        var settings = SampleSetup.Settings;
        if (settings.RequireLive && settings.Agent is null)
        {
            throw new InvalidOperationException("RESTATEEVALS_REQUIRE_LIVE=true but no agent is configured: set RESTATEEVALS_AGENT_PROVIDER and RESTATEEVALS_AGENT_MODEL (see README.md).");
        }

        if (settings.Offline)
        {
            Output!.WriteLine("OFFLINE: no RESTATEEVALS_AGENT_PROVIDER set. Answers are the shipped reference answers and the judge is the deterministic checklist judge: this checks the pipeline, not an agent.");
        }
        else
        {
            Output!.WriteLine($"agent: {settings.Agent?.ToString() ?? "reference answers"}; judge: {settings.Judge?.ToString() ?? "checklist"}; recording: {settings.Recording} in {SampleSetup.RecordingDirectory}");
        }

        await base.EvaluateAsync(evalCase, testMethod);
    }
}
