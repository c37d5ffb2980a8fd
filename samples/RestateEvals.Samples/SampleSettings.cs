using System.Globalization;
using System.Numerics;

namespace RestateEvals.Samples;

/// <summary>Everything the sample reads from the environment. See README.md, "Configuration".</summary>
public sealed record SampleSettings(ModelEndpoint? Agent, ModelEndpoint? Judge, bool RequireLive, EvalOptions Options, RecordingMode Recording, string? RecordingDirectory)
{
    /// <summary>True when neither agent nor judge is configured: the run uses the shipped reference answers and the checklist judge.</summary>
    public bool Offline => Agent is null && Judge is null;

    /// <summary>Reads the settings; the judge falls back to the agent's endpoint.</summary>
    public static SampleSettings FromEnvironment(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var agent = ModelEndpoint.FromEnvironment("RESTATEEVALS_AGENT_", read);
        var judge = ModelEndpoint.FromEnvironment("RESTATEEVALS_JUDGE_", read) ?? agent;
        var policy = new GradingPolicy
        {
            Samples = Number(read, "RESTATEEVALS_SAMPLES", 1),
            MinimumMean = Number(read, "RESTATEEVALS_MIN_MEAN", 4.0),
            MinimumCriterionScore = Number(read, "RESTATEEVALS_MIN_CRITERION", 3.0),
        };
        var options = new EvalOptions
        {
            SystemPrompt = read("RESTATEEVALS_SYSTEM_PROMPT"),
            Policy = policy,
            MaxConcurrency = read("RESTATEEVALS_MAX_CONCURRENCY") is { Length: > 0 } ? Number(read, "RESTATEEVALS_MAX_CONCURRENCY", 0) : null,

            // Grading by execution (off by default): the agent's own code for VOS-01, 02, 04, 05, 06 and 07 runs on a real Restate server.
            Execution = Flag(read, "RESTATEEVALS_EXECUTION") ? new RestateEvals.Execution.RestateExecutionGrader() : null,
        };
        options.Validate();
        var recording = read("RESTATEEVALS_RECORDING") is { Length: > 0 } mode
            ? Enum.TryParse<RecordingMode>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : throw new InvalidOperationException($"RESTATEEVALS_RECORDING '{mode}' is not one of Live, Record, ReplayOnly.")
            : RecordingMode.Record;
        return new SampleSettings(agent, judge, string.Equals(read("RESTATEEVALS_REQUIRE_LIVE"), "true", StringComparison.OrdinalIgnoreCase), options, recording, read("RESTATEEVALS_RECORDING_DIR"));
    }

    private static bool Flag(Func<string, string?> read, string name) => read(name)?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "0" => false,
        "true" or "1" => true,
        var other => throw new InvalidOperationException($"{name} '{other}' is not true or false."),
    };

    private static T Number<T>(Func<string, string?> read, string name, T fallback)
        where T : INumberBase<T> =>
        read(name) is { Length: > 0 } text
            ? T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new InvalidOperationException($"{name} '{text}' is not a number (use '.' as the decimal separator).")
            : fallback;
}
