using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Xunit;
#if !XUNIT_V3
using Xunit.Abstractions;
#endif

namespace RestateEvals;

/// <summary>
/// Calibration for any judge: it must pass every good reference answer and fail every flawed one, under the same
/// <see cref="Policy"/> the evals use. One row per reference answer, plus <see cref="Agreement_with_the_reference_labels"/>,
/// which reports accuracy, false passes, false fails and Cohen's kappa overall and per criterion
/// (<see cref="CalibrationReport"/>). Derive one class and override <see cref="CreateJudge"/>; run it whenever the
/// judge model, prompt or thresholds change. Each reference answer is judged once per class and test run; the rows and
/// the agreement report share the verdicts.
/// </summary>
public abstract class JudgeCalibration
{
    /// <summary>The file the agreement report is written to in <see cref="ReportDirectory"/>.</summary>
    public const string ReportFileName = "restateevals-calibration.md";

    private static readonly ConcurrentDictionary<(Type Calibration, string Answer), Lazy<Task<EvalResult>>> Graded = new();
    private static readonly ConcurrentDictionary<Type, SemaphoreSlim> Gates = new();

    private readonly ITestOutputHelper? _output;
    private readonly string _sourceDirectory;

    /// <summary>
    /// Creates the calibration; <paramref name="output"/> receives the agreement report (on xUnit v3, the current test's
    /// output is used when none is given). <paramref name="sourceFilePath"/> is filled in by the compiler with the
    /// derived class's file, so the report is written beside it.
    /// </summary>
    protected JudgeCalibration(ITestOutputHelper? output = null, [CallerFilePath] string sourceFilePath = "")
    {
        _output = output;
        _sourceDirectory = SourceDirectory.Of(GetType(), sourceFilePath);
    }

    /// <summary>Where the agreement report is written, when there is one.</summary>
#if XUNIT_V3
    protected ITestOutputHelper? Output => _output ?? TestContext.Current.TestOutputHelper;
#else
    protected ITestOutputHelper? Output => _output;
#endif

    /// <summary>The thresholds applied. Default: <see cref="GradingPolicy"/> defaults.</summary>
    protected virtual GradingPolicy Policy { get; } = new();

    /// <summary>How many reference answers the agreement report judges at once (1-64). Default: 4.</summary>
    protected virtual int MaxConcurrency => 4;

    /// <summary>
    /// Where the agreement report (<see cref="ReportFileName"/>) is written. Default, as for the eval suite:
    /// <c>{RESTATEEVALS_REPORT_DIR or TestResults/restateevals beside the test file}/{test class name}</c>; the test file is
    /// known when the derived class calls the base constructor explicitly (e.g. <c>: JudgeCalibration(output)</c>), else
    /// the current directory is used. Return <see langword="null"/> for no file (the report still goes to the test output).
    /// </summary>
    protected virtual string? ReportDirectory => Path.Combine(
        Environment.GetEnvironmentVariable("RESTATEEVALS_REPORT_DIR") is { Length: > 0 } directory ? directory : Path.Combine(_sourceDirectory, "TestResults", "restateevals"),
        GetType().Name);

    /// <summary>The judge under calibration.</summary>
    protected abstract IJudge CreateJudge();

    /// <summary>
    /// The cases whose reference answers <c>Agreement_with_the_reference_labels</c> grades. Default: the nine shipped
    /// cases; add your own with <c>EvalCatalog.All.Concat(EvalCatalog.LoadDirectory("Cases"))</c> (those with
    /// good or flawed answers take part; the per-answer rows stay the shipped ones).
    /// </summary>
    protected virtual IEnumerable<EvalCase> Cases => EvalCatalog.All;

    /// <summary>A good reference answer must pass.</summary>
    [Theory, ClassData(typeof(GoodReferenceAnswerData)), Trait("Category", "JudgeCalibration")]
    public async Task Good_reference_answer_passes(ReferenceAnswerRow answer)
    {
        var result = await GradeAsync(answer, CreateJudge());
        if (!result.Verdict.Passed)
        {
            throw new RubricNotMetException($"The judge failed a good reference answer ({answer}).\n\n{VerdictFormatter.Describe(result)}");
        }
    }

    /// <summary>A flawed reference answer must fail (scored and below the thresholds; inconclusive does not count).</summary>
    [Theory, ClassData(typeof(FlawedReferenceAnswerData)), Trait("Category", "JudgeCalibration")]
    public async Task Flawed_reference_answer_fails(ReferenceAnswerRow answer)
    {
        var result = await GradeAsync(answer, CreateJudge());
        if (result.Verdict.Status != VerdictStatus.Failed)
        {
            throw new RubricNotMetException($"The judge did not fail a flawed reference answer ({answer}): it was {result.Verdict.Status.ToString().ToLowerInvariant()}.\n\n{VerdictFormatter.Describe(result)}");
        }
    }

    /// <summary>
    /// Judges every reference answer, writes the <see cref="CalibrationReport"/> (Markdown) to the test output and to
    /// <see cref="ReportDirectory"/>, and fails when any flawed answer passed, quoting them. Good answers that do not
    /// pass are reported here and fail their own rows.
    /// </summary>
    [Fact, Trait("Category", "JudgeCalibration")]
    public async Task Agreement_with_the_reference_labels()
    {
        if (MaxConcurrency is < 1 or > 64)
        {
            throw new InvalidOperationException($"{GetType().Name}.MaxConcurrency must be between 1 and 64; it is {MaxConcurrency}.");
        }

        var judge = CreateJudge();
        var cases = Cases.ToList();
        var rows = ReferenceAnswerRow.For(cases, flawed: false).Concat(ReferenceAnswerRow.For(cases, flawed: true)).ToList();
        var results = await Task.WhenAll(rows.Select(r => GradeAsync(r, judge)));
        var report = CalibrationReport.Create(rows.Select((r, i) => new ReferenceVerdict(results[i].Case, r.Label, r.Index, results[i].Verdict)));

        var markdown = report.ToMarkdown();
        Output?.WriteLine($"Judge: {results.SelectMany(r => r.Samples).Select(s => s.Outcome.JudgeName).FirstOrDefault() ?? judge.GetType().Name}");
        Output?.WriteLine(markdown);
        if (ReportDirectory is { } reportDirectory)
        {
            Directory.CreateDirectory(reportDirectory);
            await File.WriteAllTextAsync(Path.Combine(reportDirectory, ReportFileName), markdown);
        }

        if (!report.NoFlawedAnswerPassed)
        {
            var quoted = string.Join("\n\n", report.FalsePasses.Select(a => $"{a}: {VerdictFormatter.Summary(a.Verdict)}\n> {a.Answer.ReplaceLineEndings("\n> ")}"));
            throw new RubricNotMetException(SecretScrubber.Scrub($"The judge passed {report.FalsePasses.Count} flawed reference answer(s); a judge that lets known wrong advice through cannot grade the evals ({report}).\n\n{quoted}"));
        }
    }

    private Task<EvalResult> GradeAsync(ReferenceAnswerRow answer, IJudge judge)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var calibration = GetType();
        var gate = Gates.GetOrAdd(calibration, _ => new SemaphoreSlim(Math.Clamp(MaxConcurrency, 1, 64)));
        return Graded.GetOrAdd((calibration, answer.ToString()), _ => new Lazy<Task<EvalResult>>(async () =>
        {
            await gate.WaitAsync();
            try
            {
                return await ReferenceGrading.GradeAsync(judge, EvalCatalog.Get(answer.CaseId), answer.Label, answer.Index, Policy);
            }
            finally
            {
                gate.Release();
            }
        })).Value;
    }
}
