using FluentAssertions;
using RestateEvals;
using Xunit.Abstractions;

namespace RestateEvals.Tests;

public sealed class JudgeCalibrationTests : IDisposable
{
    private readonly TempDirectory _reports = new("calibration");

    public void Dispose() => _reports.Dispose();

    [Fact]
    public async Task A_judge_that_passes_flawed_answers_fails_the_agreement_fact_quoting_them_and_writes_the_report()
    {
        var output = new RecordingOutput();
        var calibration = new LenientCalibration(output, _reports.Path);

        var act = calibration.Agreement_with_the_reference_labels;
        var message = (await act.Should().ThrowAsync<RubricNotMetException>()).Which.Message;

        message.Should().StartWith("The judge passed 18 flawed reference answer(s); a judge that lets known wrong advice through cannot grade the evals (36 reference answers: accuracy 50.0%, 18 false pass(es), 0 false fail(s), Cohen's κ 0.00).")
            .And.Contain("VOS-01 flawed #1: mean 5 (needs >= 4.0), lowest 5 (needs >= 3)\n> " + EvalCatalog.Get("VOS-01").FlawedAnswers[0])
            .And.Contain("VOS-09 flawed #2");
        var report = await File.ReadAllTextAsync(Path.Combine(_reports.Path, nameof(LenientCalibration), JudgeCalibration.ReportFileName));
        report.Should().Contain("| all 36 | 18/18 | 0/18 | 0 | 50.0% | 18 | 0 | 0.00 |");
        output.Lines.Should().Contain(report);
    }

    [Fact]
    public async Task The_rows_and_the_agreement_fact_share_one_verdict_per_reference_answer()
    {
        var calibration = new CountingCalibration();
        await calibration.Agreement_with_the_reference_labels();
        await new CountingCalibration().Good_reference_answer_passes(new ReferenceAnswerRow("VOS-04", flawed: false, 1));
        await new CountingCalibration().Flawed_reference_answer_fails(new ReferenceAnswerRow("VOS-04", flawed: true, 0));

        CountingCalibration.Calls.Should().Be(36);
    }

    /// <summary>A judge that scores every criterion 5: it passes every flawed answer.</summary>
    private sealed class LenientCalibration(ITestOutputHelper output, string reports) : JudgeCalibration(output)
    {
        protected override string? ReportDirectory => Path.Combine(reports, GetType().Name);

        protected override IJudge CreateJudge() => new AllFives();
    }

    private sealed class CountingCalibration : JudgeCalibration
    {
        private static int _calls;

        public static int Calls => Volatile.Read(ref _calls);

        protected override string? ReportDirectory => null;

        protected override IJudge CreateJudge() => new Counting();

        private sealed class Counting : IJudge
        {
            private readonly ReferenceAnswerJudge _inner = new();

            public Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default)
            {
                Interlocked.Increment(ref _calls);
                return _inner.JudgeAsync(evalCase, answer, cancellationToken);
            }
        }
    }

    private sealed class AllFives : IJudge
    {
        public Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default) =>
            Task.FromResult(JudgeOutcome.Conclusive([.. evalCase.Criteria.Select(c => new JudgeScore(c.Id, 5, "fine", string.Empty))], "{}", "all-fives"));
    }

    private sealed class RecordingOutput : ITestOutputHelper
    {
        public List<string> Lines { get; } = [];

        public void WriteLine(string message)
        {
            lock (Lines)
            {
                Lines.Add(message);
            }
        }

        public void WriteLine(string format, params object[] args) => WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
    }
}
