using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using RestateEvals.Snapshots;
using Xunit;
#if !XUNIT_V3
using Xunit.Abstractions;
#endif

namespace RestateEvals;

/// <summary>
/// The nine Virtual Objects and State evals as xUnit tests, one test (and one Test Explorer row) per case, with
/// <c>Severity</c> and <c>Case</c> traits from the case file. Derive one class, override <see cref="CreateAgent"/> and
/// <see cref="CreateJudgeClient"/> (or <see cref="CreateJudge"/>), and run <c>dotnet test</c>. This class only declares
/// the tests and wires output and cancellation; <see cref="EvalSession"/> (framework-neutral) does the work.
/// </summary>
#if XUNIT_V3
[TestMethodOrderer(typeof(SelectedCasesOrderer))]
#else
[TestCaseOrderer(SelectedCasesOrderer.TypeName, SelectedCasesOrderer.AssemblyName)]
#endif
public abstract class VirtualObjectsAndStateEvals
{
    private static readonly Dictionary<string, string> MethodByCase = typeof(VirtualObjectsAndStateEvals).GetMethods()
        .Select(m => (Traits: m.GetCustomAttribute<CaseTraitsAttribute>(), Method: m.Name))
        .Where(x => x.Traits is not null)
        .ToDictionary(x => x.Traits!.CaseId, x => x.Method, StringComparer.Ordinal);

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

    /// <summary>Where snapshots are written. Default: the directory of the derived class's source file, also when the class declares no constructor (found under the test project; the current directory when the sources are not on this machine).</summary>
    protected virtual string SnapshotDirectory => _sourceDirectory.Value;

    /// <summary>
    /// Where the run's Markdown summary, JSON results and HTML report are written, once: when the selected cases have
    /// finished, or at process exit or SIGTERM (marked partial); appended to GITHUB_STEP_SUMMARY
    /// at exit when it is set. Cases of an earlier run in the same folder that this run did not select stay, marked stale. Default: <c>{RESTATEEVALS_REPORT_DIR or TestResults/restateevals
    /// beside the snapshots}/{test class name}</c>. Return <see langword="null"/> for no report.
    /// </summary>
    protected virtual string? ReportDirectory => Path.Combine(
        Environment.GetEnvironmentVariable("RESTATEEVALS_REPORT_DIR") is { Length: > 0 } directory ? directory : Path.Combine(SnapshotDirectory, "TestResults", "restateevals"),
        GetType().Name);

    /// <summary>Your own report writers (<see cref="IEvalReporter"/>), written beside the Markdown, JSON and HTML reports. Default: none.</summary>
    protected virtual IEnumerable<IEvalReporter> Reporters => [];

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
    /// <see cref="JudgePanel"/> for several judges, or a <see cref="ReferenceAnswerJudge"/> for offline runs of the
    /// plumbing (it grades only the cases' labelled reference answers).
    /// </summary>
    protected virtual IJudge CreateJudge() =>
        new LlmJudge(
            CreateJudgeClient() ?? throw new InvalidOperationException($"No judge configured for {GetType().Name}: override CreateJudgeClient() to return the judge model's IChatClient, or CreateJudge() to return another IJudge (e.g. new ReferenceAnswerJudge() for offline runs on reference answers)."),
            JudgeOptions);

    /// <summary>VOS-01 (critical).</summary>
    [Theory, ClassData(typeof(Vos01Data)), CaseTraits("VOS-01")]
    public Task Vos01_ConcurrentDecrements_NoApplicationMutex(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-02 (high).</summary>
    [Theory, ClassData(typeof(Vos02Data)), CaseTraits("VOS-02")]
    public Task Vos02_SharedHandlerWritesState(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-03 (medium).</summary>
    [Theory, ClassData(typeof(Vos03Data)), CaseTraits("VOS-03")]
    public Task Vos03_ObjectsAreNotPods(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-04 (high).</summary>
    [Theory, ClassData(typeof(Vos04Data)), CaseTraits("VOS-04")]
    public Task Vos04_SameKeySelfCallDeadlock(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-05 (high).</summary>
    [Theory, ClassData(typeof(Vos05Data)), CaseTraits("VOS-05")]
    public Task Vos05_SleepInExclusiveHandler(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-06 (high).</summary>
    [Theory, ClassData(typeof(Vos06Data)), CaseTraits("VOS-06")]
    public Task Vos06_NoRollbackOnTerminalError(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-07 (medium).</summary>
    [Theory, ClassData(typeof(Vos07Data)), CaseTraits("VOS-07")]
    public Task Vos07_InMemoryStateIsNotObjectState(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-08 (high).</summary>
    [Theory, ClassData(typeof(Vos08Data)), CaseTraits("VOS-08")]
    public Task Vos08_KeyStuckBehindFailingInvocation(EvalCaseRow evalCase) => EvaluateAsync(evalCase);

    /// <summary>VOS-09 (high).</summary>
    [Theory, ClassData(typeof(Vos09Data)), CaseTraits("VOS-09")]
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

        var result = await EvalSession.For(GetType().FullName!).EvaluateAsync(Settings(), evalCase.Case, Output is { } output ? output.WriteLine : null, CancellationToken);
        OnResult(result);
    }

    /// <summary>The snapshot file names for <paramref name="evalCase"/> in this suite.</summary>
    protected SnapshotName SnapshotFor(EvalCase evalCase) => EvalSession.SnapshotFor(Settings(), evalCase);

    /// <summary>Called with every result that passed, after it was written to <see cref="Output"/> and the report. Default: nothing.</summary>
    protected virtual void OnResult(EvalResult result)
    {
    }

    /// <summary>The test's cancellation: <c>TestContext.Current.CancellationToken</c> on xUnit v3 (stopping a run stops waiting); none on v2.</summary>
#if XUNIT_V3
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;
#else
    private static CancellationToken CancellationToken => CancellationToken.None;
#endif

    private SuiteSettings Settings() => new()
    {
        Name = GetType().Name,
        CreateAgent = CreateAgent,
        CreateJudge = CreateJudge,
        Options = Options,
        Snapshots = Snapshots,
        SnapshotDirectory = SnapshotDirectory,
        ReportDirectory = ReportDirectory,
        JudgePreflight = JudgePreflight,
        Reporters = [.. Reporters],
        PreflightCase = PreflightCase,
        TestMethodOf = id => MethodByCase.TryGetValue(id, out var shipped) ? shipped : OwnCaseMethods.TryGetValue(id, out var own) ? own : null,
        Selection = () => SelectedCasesOrderer.For(GetType().FullName!),
    };
}
