using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using RestateEvals.Snapshots;
using Xunit;
#if !XUNIT_V3
using Xunit.Abstractions;
#endif

namespace RestateEvals.Xunit;

/// <summary>
/// The nine Virtual Objects and State evals as xUnit tests, one test (and one Test Explorer row) per case, with
/// <c>Severity</c> and <c>Case</c> traits. Derive one class, override <see cref="CreateAgent"/> and
/// <see cref="CreateJudgeClient"/> (or <see cref="CreateJudge"/>), and run <c>dotnet test</c>.
/// </summary>
#if XUNIT_V3
[TestMethodOrderer(typeof(SelectedCasesOrderer))]
#else
[TestCaseOrderer(SelectedCasesOrderer.TypeName, SelectedCasesOrderer.AssemblyName)]
#endif
public abstract class VirtualObjectsAndStateEvals
{
    private static readonly ConcurrentDictionary<Type, Lazy<ConcurrentDictionary<string, Task<EvalResult>>>> Runs = new();
    private static readonly ConcurrentDictionary<Type, Lazy<Task<EvalResult>>> Preflights = new();

    private static readonly Dictionary<string, string> MethodByCase = typeof(VirtualObjectsAndStateEvals).GetMethods()
        .SelectMany(m => m.CustomAttributes.Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Case")
            .Select(a => (Case: (string)a.ConstructorArguments[1].Value!, Method: m.Name)))
        .ToDictionary(x => x.Case, x => x.Method, StringComparer.Ordinal);

    private readonly Lazy<string> _sourceDirectory;

    /// <summary>The test method of each of your own case rows evaluated in this process (for snapshot names).</summary>
    private static readonly ConcurrentDictionary<string, string> OwnCaseMethods = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Creates the suite; <paramref name="output"/> receives each answer and its verdict. <paramref name="sourceFilePath"/>
    /// is filled in by the compiler with the derived class's file, so snapshots are written beside it.
    /// </summary>
    protected VirtualObjectsAndStateEvals(ITestOutputHelper? output = null, [CallerFilePath] string sourceFilePath = "")
    {
        Output = output;
        _sourceDirectory = new(() => SourceDirectory.Of(GetType(), sourceFilePath));
    }

    /// <summary>Where answers and verdicts are written, when given.</summary>
    protected ITestOutputHelper? Output { get; }

    /// <summary>Options for asking and grading; override to set a system prompt, thresholds or k. Default: <see cref="EvalOptions"/> defaults.</summary>
    protected virtual EvalOptions Options { get; } = new();

    /// <summary>Options for the LLM judge. Default: <see cref="JudgeOptions"/> defaults.</summary>
    protected virtual JudgeOptions JudgeOptions { get; } = new();

    /// <summary>
    /// Snapshot review of answers and verdicts (<c>{Class}.{Method}_{case}.verified.md</c> beside the test file). An
    /// unchanged answer reuses its verified verdict instead of calling the judge. Return <see langword="null"/> to turn
    /// snapshots off. Default: <see cref="MarkdownSnapshotVerifier"/> with <see cref="SnapshotOptions"/> defaults.
    /// </summary>
    protected virtual ISnapshotVerifier? Snapshots { get; } = new MarkdownSnapshotVerifier();

    /// <summary><see cref="Snapshots"/> unless its mode is <see cref="SnapshotMode.Off"/>.</summary>
    private ISnapshotVerifier? ActiveSnapshots => Snapshots is { Mode: not SnapshotMode.Off } snapshots ? snapshots : null;

    /// <summary>Where snapshots are written. Default: the directory of the derived class's source file, also when the class declares no constructor (found under the test project; the current directory when the sources are not on this machine).</summary>
    protected virtual string SnapshotDirectory => _sourceDirectory.Value;

    /// <summary>
    /// Where the run's Markdown summary and JSON results are written: when the selected cases have finished (at most
    /// every 30 s before that), and at process exit or interruption (marked partial); appended to GITHUB_STEP_SUMMARY
    /// at exit when it is set. Cases of an earlier run in the same folder that this run did not select stay, marked stale. Default: <c>{RESTATEEVALS_REPORT_DIR or TestResults/restateevals
    /// beside the snapshots}/{test class name}</c>. Return <see langword="null"/> for no report.
    /// </summary>
    protected virtual string? ReportDirectory => Path.Combine(
        Environment.GetEnvironmentVariable("RESTATEEVALS_REPORT_DIR") is { Length: > 0 } directory ? directory : Path.Combine(SnapshotDirectory, "TestResults", "restateevals"),
        GetType().Name);

    /// <summary>
    /// Whether to check the judge before the first case: once per suite class and test run, the judge
    /// (<see cref="CreateJudge"/>, without snapshot reuse) grades one known-good reference answer
    /// (<see cref="PreflightCase"/>, good answer #1). When it cannot score it (no valid scoring: a reasoning model out of
    /// tokens, a provider without JSON output, a wrong model name), every test of the suite fails at once with a
    /// <see cref="JudgePreflightException"/> naming the problem, and the agent is never called. A scored verdict, even a
    /// failing one, lets the suite run (the output warns; run <see cref="JudgeCalibration"/>). The preflight is one
    /// extra judge call (recorded like the others). Default: <see langword="true"/>, for every judge.
    /// </summary>
    protected virtual bool JudgePreflight => true;

    /// <summary>The case whose first good reference answer the judge preflight grades. Default: <c>VOS-01</c> (the first case).</summary>
    protected virtual EvalCase PreflightCase => EvalCatalog.All[0];

    /// <summary>The agent under evaluation. Called once for all the selected cases of a run (and again for a case re-run in the same process); not disposed by the suite.</summary>
    protected abstract IChatClient CreateAgent();

    /// <summary>The judge model. Default: none, which fails every test with a configuration error unless <see cref="CreateJudge"/> is overridden.</summary>
    protected virtual IChatClient? CreateJudgeClient() => null;

    /// <summary>
    /// The judge. Default: an <see cref="LlmJudge"/> over <see cref="CreateJudgeClient"/>; return a
    /// <see cref="ChecklistJudge"/> for offline runs, or wrap yours in a <see cref="PrescreeningJudge"/> to skip the
    /// LLM for answers with a red flag.
    /// </summary>
    protected virtual IJudge CreateJudge() =>
        new LlmJudge(
            CreateJudgeClient() ?? throw new InvalidOperationException($"No judge configured for {GetType().Name}: override CreateJudgeClient() to return the judge model's IChatClient, or CreateJudge() to return another IJudge (e.g. new ChecklistJudge() for offline runs)."),
            JudgeOptions);

    /// <summary>VOS-01 (critical).</summary>
    [Theory, ClassData(typeof(Vos01Data)), Trait("Severity", "critical"), Trait("Case", "VOS-01")]
    public Task Vos01_ConcurrentDecrements_NoApplicationMutex(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-02 (high).</summary>
    [Theory, ClassData(typeof(Vos02Data)), Trait("Severity", "high"), Trait("Case", "VOS-02")]
    public Task Vos02_SharedHandlerWritesState(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-03 (medium).</summary>
    [Theory, ClassData(typeof(Vos03Data)), Trait("Severity", "medium"), Trait("Case", "VOS-03")]
    public Task Vos03_ObjectsAreNotPods(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-04 (high).</summary>
    [Theory, ClassData(typeof(Vos04Data)), Trait("Severity", "high"), Trait("Case", "VOS-04")]
    public Task Vos04_SameKeySelfCallDeadlock(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-05 (high).</summary>
    [Theory, ClassData(typeof(Vos05Data)), Trait("Severity", "high"), Trait("Case", "VOS-05")]
    public Task Vos05_SleepInExclusiveHandler(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-06 (high).</summary>
    [Theory, ClassData(typeof(Vos06Data)), Trait("Severity", "high"), Trait("Case", "VOS-06")]
    public Task Vos06_NoRollbackOnTerminalError(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-07 (medium).</summary>
    [Theory, ClassData(typeof(Vos07Data)), Trait("Severity", "medium"), Trait("Case", "VOS-07")]
    public Task Vos07_InMemoryStateIsNotObjectState(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-08 (high).</summary>
    [Theory, ClassData(typeof(Vos08Data)), Trait("Severity", "high"), Trait("Case", "VOS-08")]
    public Task Vos08_KeyStuckBehindFailingInvocation(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-09 (high).</summary>
    [Theory, ClassData(typeof(Vos09Data)), Trait("Severity", "high"), Trait("Case", "VOS-09")]
    public Task Vos09_FixingStateFromOutside(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>
    /// Runs the case, writes its snapshot, and fails the test unless the rubric passed (and, in
    /// <see cref="SnapshotMode.Strict"/>, the snapshot matches); the failure message explains every criterion (and
    /// shows the snapshot diff). In <see cref="SnapshotMode.Review"/>, the default, a changed answer is reported in the
    /// test output and the report as "answer changed since verified", with the diff, and does not fail the test.
    /// </summary>
    /// <param name="evalCase">The row to evaluate.</param>
    /// <param name="testMethod">The calling test method, filled in by the compiler; names the snapshot of your own case rows.</param>
    protected virtual async Task EvaluateAsync(EvalCaseRow evalCase, [CallerMemberName] string testMethod = "")
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        if (testMethod.Length > 0 && !MethodByCase.ContainsKey(evalCase.Case.Id))
        {
            OwnCaseMethods[evalCase.Case.Id] = testMethod;
        }

        var result = await RunAsync(evalCase.Case, CancellationToken.None);
        OnResult(result);
        var snapshots = ActiveSnapshots;
        var snapshotProblem = snapshots is not null ? await snapshots.VerifyAsync(SnapshotFor(result.Case), SnapshotDocument.Render(result)) : null;
        var strict = snapshots?.Mode == SnapshotMode.Strict;
        if (snapshotProblem is not null && !strict)
        {
            Output?.WriteLine(SecretScrubber.Scrub($"Answer changed since verified ({result.Case.Id}); it does not fail the test in SnapshotMode.Review:\n{snapshotProblem}"));
        }

        if (ReportDirectory is { } reportDirectory)
        {
            // Written when the run's selection has finished (or every EvalReport.WriteInterval), and at exit: linear in the cases.
            var report = SuiteReports.For(reportDirectory, GetType().Name);
            report.Add(result, snapshotProblem, snapshotFailsTest: strict);
            report.WriteIfDue(reportDirectory);
        }

        snapshotProblem = strict ? snapshotProblem : null;

        if (!result.Verdict.Passed)
        {
            throw new RubricNotMetException(VerdictFormatter.Describe(result) + (snapshotProblem is null ? string.Empty : "\n" + snapshotProblem));
        }

        if (snapshotProblem is not null)
        {
            throw new SnapshotMismatchException(SecretScrubber.Scrub(snapshotProblem));
        }
    }

    /// <summary>The snapshot file names for <paramref name="evalCase"/> in this suite.</summary>
    protected SnapshotName SnapshotFor(EvalCase evalCase)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        var method = MethodByCase.TryGetValue(evalCase.Id, out var shipped) ? shipped : OwnCaseMethods.TryGetValue(evalCase.Id, out var own) ? own : "Evaluate";
        return new SnapshotName(SnapshotDirectory, GetType().Name, method, evalCase.Id);
    }

    /// <summary>
    /// The result for one case. The first test of this class to get here starts every selected case of the class on one
    /// <see cref="EvalRunner"/> (paced by the clients' adaptive limiters, <c>builder.UseEvalConcurrency()</c>, and bounded by
    /// <see cref="EvalOptions.MaxConcurrency"/> when set), so their LLM calls overlap
    /// although xUnit runs the tests one after another; cases that were not selected are never called.
    /// </summary>
    protected virtual async Task<EvalResult> RunAsync(EvalCase evalCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        await EnsureJudgePreflightAsync(cancellationToken);
        var runs = Runs.GetOrAdd(GetType(), _ => new Lazy<ConcurrentDictionary<string, Task<EvalResult>>>(() =>
        {
            var runner = CreateRunner();
            var selected = SelectedCasesOrderer.For(GetType().FullName!) ?? [evalCase.Id];
            if (ReportDirectory is { } reportDirectory)
            {
                SuiteReports.For(reportDirectory, GetType().Name).Expect(selected);
            }

            return new ConcurrentDictionary<string, Task<EvalResult>>(
                selected.Select(id => KeyValuePair.Create(id, runner.RunAsync(EvalCatalog.Get(id), CancellationToken.None))), StringComparer.Ordinal);
        })).Value;

        // Each started run is handed out once; a case run again in the same process is evaluated afresh.
        return await (runs.TryRemove(evalCase.Id, out var run) ? run : CreateRunner().RunAsync(evalCase, cancellationToken));
    }

    /// <summary>
    /// Runs the <see cref="JudgePreflight"/> once per suite class (every test awaits the same check) and throws a
    /// <see cref="JudgePreflightException"/> when the judge could not score the known-good answer.
    /// </summary>
    protected async Task EnsureJudgePreflightAsync(CancellationToken cancellationToken)
    {
        if (!JudgePreflight)
        {
            return;
        }

        var preflightCase = PreflightCase;
        var result = await Preflights.GetOrAdd(GetType(), _ => new Lazy<Task<EvalResult>>(() =>
            ReferenceGrading.GradeAsync(CreateJudge(), preflightCase, ReferenceLabel.Good, 0, Options.Policy, CancellationToken.None))).Value.WaitAsync(cancellationToken);
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

        Output?.WriteLine(verdict.Passed
            ? $"Judge preflight: {judgeName} scored a known-good reference answer of {result.Case.Id} and passed it: {VerdictFormatter.Summary(verdict)}."
            : $"Judge preflight WARNING: {judgeName} scored a known-good reference answer of {result.Case.Id} but failed it: {VerdictFormatter.Summary(verdict)}. Run JudgeCalibration to see how far the judge can be trusted.");
    }

    /// <summary>The runner for this suite: the agent, the judge (reusing verified verdicts when snapshots are on) and <see cref="Options"/>.</summary>
    protected virtual EvalRunner CreateRunner()
    {
        var judge = CreateJudge();
        if (ActiveSnapshots is { } snapshots)
        {
            judge = new VerifiedVerdictJudge(judge, c => SnapshotDocument.ReadOutcomes(snapshots.ReadVerified(SnapshotFor(c))));
        }

        return new EvalRunner(CreateAgent(), judge, Options);
    }

    /// <summary>Called with every result before it is asserted; writes answers and verdicts to <see cref="Output"/>.</summary>
    protected virtual void OnResult(EvalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (Output is null)
        {
            return;
        }

        foreach (var sample in result.Samples)
        {
            Output.WriteLine(SecretScrubber.Scrub($"--- {result.Case.Id} sample {sample.Index} (model {sample.Answer?.ModelId ?? "?"}, judge {sample.Outcome.JudgeName}) ---"));
            Output.WriteLine(SecretScrubber.Scrub(sample.Answer?.Text ?? "(no answer)"));
        }

        Output.WriteLine(VerdictFormatter.Describe(result));
    }
}
