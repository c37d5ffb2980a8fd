using System.Collections.Concurrent;
using System.Globalization;

namespace RestateEvals;

/// <summary>
/// The framework-neutral core of a test suite: one session per suite class and process checks the judge once
/// (preflight) and starts every selected case on one <see cref="EvalRunner"/>, so their calls overlap while the test
/// framework runs the tests one by one; <see cref="EvaluateAsync"/> hands each result out once, checks the snapshot,
/// adds the result to the run's report and throws the failure exception. Test-framework adapters only declare tests
/// and wire output and cancellation.
/// </summary>
public sealed class EvalSession
{
    private static readonly ConcurrentDictionary<string, EvalSession> Sessions = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private ConcurrentDictionary<string, Task<EvalResult>>? _prefetched;
    private Task<EvalResult>? _preflight;

    private EvalSession()
    {
    }

    /// <summary>The session of the suite identified by <paramref name="key"/> (e.g. the test class's full name).</summary>
    public static EvalSession For(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return Sessions.GetOrAdd(key, _ => new EvalSession());
    }

    private static ISnapshotVerifier? SnapshotsOf(SuiteSettings settings) => settings.Snapshots is { Mode: not SnapshotMode.Off } snapshots ? snapshots : null;

    /// <summary>
    /// Evaluates <paramref name="evalCase"/> and throws unless it passed: <see cref="RubricNotMetException"/> with
    /// every criterion (and, in <see cref="SnapshotMode.Strict"/>, the snapshot diff),
    /// <see cref="SnapshotMismatchException"/> for a passing answer whose snapshot changed in Strict mode, or
    /// <see cref="JudgePreflightException"/> when the judge could not score a known-good answer. In Review mode a
    /// changed answer is written to <paramref name="output"/> and the report, and does not fail.
    /// </summary>
    /// <param name="settings">The suite's settings (the calling test's; the first call's start the selected cases).</param>
    /// <param name="evalCase">The case to evaluate.</param>
    /// <param name="output">Receives answers, verdicts and notes; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops waiting for the result.</param>
    public async Task<EvalResult> EvaluateAsync(SuiteSettings settings, EvalCase evalCase, Action<string>? output = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(evalCase);
        Task<EvalResult> run;
        try
        {
            await CheckJudgeAsync(settings, output, cancellationToken).ConfigureAwait(false);

            // Each started run is handed out once; a case run again in the same process is evaluated afresh.
            run = Prefetched(settings).TryRemove(evalCase.Id, out var started) ? started : CreateRunner(settings).RunAsync(evalCase, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && settings.ReportDirectory is not null)
        {
            // A run that cannot grade still writes its reports and a history record, saying why, so an earlier green
            // report is never left standing.
            CouldNotGrade(settings, evalCase, ex);
            throw;
        }

        var result = await run.WaitAsync(cancellationToken).ConfigureAwait(false);
        Write(output, result);

        var snapshots = SnapshotsOf(settings);
        var snapshotProblem = snapshots is null ? null : await snapshots.VerifyAsync(SnapshotFor(settings, evalCase), SnapshotDocument.Render(result), cancellationToken).ConfigureAwait(false);
        var strict = snapshots?.Mode == SnapshotMode.Strict;
        if (snapshotProblem is not null && !strict)
        {
            output?.Invoke(SecretScrubber.Scrub($"Answer changed since verified ({evalCase.Id}); it does not fail the test in SnapshotMode.Review:\n{snapshotProblem}"));
        }

        if (settings.ReportDirectory is { } directory)
        {
            // Written when the selection has finished (or every EvalReport.WriteInterval), and at exit: linear in the cases.
            var report = SuiteReports.For(directory, settings.Name, settings.Reporters);
            report.Add(result, snapshotProblem, snapshotFailsTest: strict);
            report.WriteIfDue(directory);
        }

        snapshotProblem = strict ? snapshotProblem : null;
        if (!result.Verdict.Passed)
        {
            throw new RubricNotMetException(VerdictFormatter.Describe(result) + (snapshotProblem is null ? string.Empty : "\n" + snapshotProblem));
        }

        return snapshotProblem is null ? result : throw new SnapshotMismatchException(SecretScrubber.Scrub(snapshotProblem));
    }

    private static void CouldNotGrade(SuiteSettings settings, EvalCase evalCase, Exception exception)
    {
        var directory = settings.ReportDirectory!;
        var report = SuiteReports.For(directory, settings.Name, settings.Reporters);
        if (report.Problem is not null)
        {
            return;
        }

        var problem = exception is JudgePreflightException
            ? "judge preflight failed: " + exception.Message.Split('\n')[0].Replace("Judge preflight failed: ", string.Empty, StringComparison.Ordinal)
            : $"configuration error: {exception.GetType().Name}: {(exception.InnerException ?? exception).Message}";
        try
        {
            report.Expect([.. settings.Selection() ?? [], evalCase.Id]);
        }
        catch (Exception selection) when (selection is not OperationCanceledException)
        {
            // The selection is only for the report's list of cases; the problem is reported either way.
        }

        report.CouldNotGrade(problem);
        report.Write(directory);
    }

    /// <summary>The snapshot file names of <paramref name="evalCase"/> in a suite: <c>{Suite}.{TestMethod}_{CaseId}</c>.</summary>
    public static SnapshotName SnapshotFor(SuiteSettings settings, EvalCase evalCase)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(evalCase);
        return new SnapshotName(settings.SnapshotDirectory, settings.Name, settings.TestMethodOf(evalCase.Id) ?? "Evaluate", evalCase.Id);
    }

    /// <summary>The runner: the agent, the judge (reusing verified verdicts when snapshots are on) and the options.</summary>
    private static EvalRunner CreateRunner(SuiteSettings settings)
    {
        var judge = settings.CreateJudge();
        if (SnapshotsOf(settings) is { } snapshots)
        {
            judge = new VerifiedVerdictJudge(judge, c => SnapshotDocument.ReadOutcomes(snapshots.ReadVerified(SnapshotFor(settings, c))));
        }

        return new EvalRunner(settings.CreateAgent(), judge, settings.Options);
    }

    /// <summary>The first call starts every selected case of the suite on one runner; later calls get the same set.</summary>
    private ConcurrentDictionary<string, Task<EvalResult>> Prefetched(SuiteSettings settings)
    {
        lock (_lock)
        {
            if (_prefetched is not null)
            {
                return _prefetched;
            }

            var selected = settings.Selection() ?? [];
            if (settings.ReportDirectory is { } directory)
            {
                SuiteReports.For(directory, settings.Name, settings.Reporters).Expect(selected);
            }

            var runner = selected.Count == 0 ? null : CreateRunner(settings);
            return _prefetched = runner is null
                ? new(StringComparer.Ordinal)
                : new(selected.Select(id => KeyValuePair.Create(id, runner.RunAsync(EvalCatalog.Get(id), CancellationToken.None))), StringComparer.Ordinal);
        }
    }

    private async Task CheckJudgeAsync(SuiteSettings settings, Action<string>? output, CancellationToken cancellationToken)
    {
        if (!settings.JudgePreflight)
        {
            return;
        }

        Task<EvalResult> preflight;
        lock (_lock)
        {
            preflight = _preflight ??= ReferenceGrading.GradeAsync(settings.CreateJudge(), settings.PreflightCase, ReferenceLabel.Good, 0, settings.Options.Policy, CancellationToken.None);
        }

        var result = await preflight.WaitAsync(cancellationToken).ConfigureAwait(false);
        var verdict = result.Verdict;
        var judgeName = result.Samples[0].Outcome.JudgeName;
        if (verdict.Status == VerdictStatus.Inconclusive)
        {
            var raw = verdict.RawJudgeText switch
            {
                null or { Length: 0 } => "(none)",
                { Length: > 2000 } text => text[..2000] + "…",
                var text => text,
            };
            throw new JudgePreflightException(SecretScrubber.Scrub(
                $"Judge preflight failed: the judge could not score a known-good reference answer of {result.Case.Id}: {verdict.Problem?.TrimEnd('.')}. "
                + $"Fix the judge configuration (model, token limit, JSON output) before running the evals. No case was put to the agent.\n\nJudge: {judgeName}\nRaw judge output:\n{raw}"));
        }

        output?.Invoke(verdict.Passed
            ? $"Judge preflight: {judgeName} scored a known-good reference answer of {result.Case.Id} and passed it: {VerdictFormatter.Summary(verdict)}."
            : $"Judge preflight WARNING: {judgeName} scored a known-good reference answer of {result.Case.Id} but failed it: {VerdictFormatter.Summary(verdict)}. Run JudgeCalibration to see how far the judge can be trusted.");
    }

    private static void Write(Action<string>? output, EvalResult result)
    {
        if (output is null)
        {
            return;
        }

        foreach (var sample in result.Samples)
        {
            output(SecretScrubber.Scrub(string.Create(CultureInfo.InvariantCulture, $"--- {result.Case.Id} sample {sample.Index} (model {sample.Answer?.ModelId ?? "?"}, judge {sample.Outcome.JudgeName}) ---")));
            output(SecretScrubber.Scrub(sample.Answer?.Text ?? "(no answer)"));
            if (sample.Execution is { } execution)
            {
                output(SecretScrubber.Scrub(string.Create(CultureInfo.InvariantCulture, $"--- {result.Case.Id} sample {sample.Index} code, run on a real Restate server: {execution.Status.ToString().ToLowerInvariant()} ---")));
                output(SecretScrubber.Scrub(execution.Code ?? "(no code)"));
            }
        }

        output(VerdictFormatter.Describe(result));
    }
}
