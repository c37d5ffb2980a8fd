using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using RestateEvals.Execution;

namespace RestateEvals.Samples;

/// <summary>The sample's clients, built once per test run from <see cref="SampleSettings"/>.</summary>
internal static class SampleSetup
{
    private static readonly Lazy<SampleSettings> LazySettings = new(() => SampleSettings.FromEnvironment(Environment.GetEnvironmentVariable));
    private static readonly Lazy<IChatClient?> AgentClient = new(() => Settings.Agent?.CreateClient(Settings.Recording, Path.Combine(RecordingDirectory, "agent")));
    private static readonly Lazy<IChatClient?> JudgeClient = new(() => Settings.Judge?.CreateClient(Settings.Recording, Path.Combine(RecordingDirectory, "judge")));

    public static SampleSettings Settings => LazySettings.Value;

    /// <summary>RESTATEEVALS_RECORDING_DIR, else <c>recordings/</c> beside this project.</summary>
    public static string RecordingDirectory => Settings.RecordingDirectory ?? Path.Combine(ProjectDirectory(), "recordings");

    /// <summary>
    /// The configured agent, or the shipped reference answers offline; with grading by execution on, offline requests for
    /// code are answered with the shipped good reference implementations.
    /// </summary>
    public static IChatClient CreateAgent() => AgentClient.Value ?? (Settings.Options.Execution is null
        ? new ReferenceAnswerChatClient()
        : new ReferenceAnswerChatClient().AsBuilder().UseReferenceImplementations("good").Build());

    /// <summary>
    /// The configured LLM judge, or offline the reference-answer judge, which grades only the cases' labelled reference
    /// answers (the offline agent gives exactly those) and is inconclusive on anything else.
    /// </summary>
    public static IJudge CreateJudge() => JudgeClient.Value is { } judge ? new LlmJudge(judge) : new ReferenceAnswerJudge();

    private static string ProjectDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) is { Length: > 0 } directory && Directory.Exists(directory) ? directory : Environment.CurrentDirectory;
}
