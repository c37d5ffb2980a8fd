using FluentAssertions;
using Microsoft.Extensions.AI;
using RestateEvals.Snapshots;
using RestateEvals;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RestateEvals.Tests;

public sealed class XunitSuiteTests
{
    [Fact]
    public void Rows_round_trip_through_xunit_serialization_and_read_as_id_and_title()
    {
        var row = new EvalCaseRow("vos-02");
        var copy = SerializationHelper.Deserialize<EvalCaseRow>(SerializationHelper.Serialize(row));
        copy.Case.Id.Should().Be("VOS-02");
        copy.ToString().Should().Be("VOS-02 Shared getBalance handler that writes state");
    }

    [Fact]
    public void There_is_one_theory_data_class_per_case_with_one_row_each()
    {
        var dataTypes = typeof(EvalCaseRow).Assembly.GetTypes().Where(t => t.Name.StartsWith("Vos", StringComparison.Ordinal) && t.Name.EndsWith("Data", StringComparison.Ordinal)).OrderBy(t => t.Name).ToList();
        dataTypes.Select(t => ((EvalCaseRow)((IEnumerable<object[]>)Activator.CreateInstance(t)!).Single()[0]).Case.Id)
            .Should().Equal(EvalCatalog.All.Select(c => c.Id));
        new AllCasesData().Cast<object[]>().Should().HaveCount(9);
    }

    [Fact]
    public void Every_case_has_a_suite_test_with_severity_and_case_traits()
    {
        var tests = typeof(VirtualObjectsAndStateEvals).GetMethods().Where(m => m.GetCustomAttributes(typeof(TheoryAttribute), false).Length > 0).ToList();
        tests.Should().HaveCount(9);
        foreach (var test in tests)
        {
            var data = (ClassDataAttribute)test.GetCustomAttributes(typeof(ClassDataAttribute), false).Single();
            var evalCase = ((EvalCaseRow)((IEnumerable<object[]>)Activator.CreateInstance(data.Class)!).Single()[0]).Case;
            var traits = (CaseTraitsAttribute)test.GetCustomAttributes(typeof(CaseTraitsAttribute), false).Single();
            traits.CaseId.Should().Be(evalCase.Id);
            CaseTraitsAttribute.For(traits.CaseId).Select(t => $"{t.Key}={t.Value}").Should().Equal($"Case={evalCase.Id}", $"Severity={evalCase.Severity.ToString().ToLowerInvariant()}");
            new CaseTraitsDiscoverer().GetTraits(Reflector.Wrap(test.CustomAttributes.Single(a => a.AttributeType == typeof(CaseTraitsAttribute)))).Select(t => $"{t.Key}={t.Value}").Should()
                .Equal([$"Case={evalCase.Id}", $"Severity={evalCase.Severity.ToString().ToLowerInvariant()}"], "xUnit v2 reads the traits from the case file through the discoverer");
        }
    }

    [Fact]
    public async Task A_suite_without_a_judge_fails_with_a_configuration_error()
    {
        var suite = new NoJudgeSuite();
        var act = () => suite.Vos03_ObjectsAreNotPods(new EvalCaseRow("VOS-03"));
        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message
            .Should().StartWith("No judge configured for NoJudgeSuite: override CreateJudgeClient()");
    }

    [Fact]
    public async Task A_failing_case_fails_its_test_with_the_explanation_and_writes_the_answer()
    {
        var output = new RecordingOutput();
        var suite = new FlawedSuite(output);
        var act = () => suite.Vos01_ConcurrentDecrements_NoApplicationMutex(new EvalCaseRow("VOS-01"));
        (await act.Should().ThrowAsync<RubricNotMetException>()).Which.Message.Should().StartWith("VOS-01 \"Concurrent decrements on one key: adding an application mutex\" (critical): failed, mean");
        output.Lines.Should().Contain(l => l.Contains(EvalCatalog.Get("VOS-01").FlawedAnswers[0], StringComparison.Ordinal));
    }

    private sealed class NoJudgeSuite : VirtualObjectsAndStateEvals
    {
        protected override ISnapshotVerifier? Snapshots => null;

        protected override string? ReportDirectory => null;

        protected override IChatClient CreateAgent() => new ReferenceAnswerChatClient();
    }

    private sealed class FlawedSuite(ITestOutputHelper output) : VirtualObjectsAndStateEvals(output)
    {
        protected override ISnapshotVerifier? Snapshots => null;

        protected override string? ReportDirectory => null;

        protected override IChatClient CreateAgent() => new ReferenceAnswerChatClient(flawed: true);

        protected override IJudge CreateJudge() => new ReferenceAnswerJudge();
    }

    private sealed class RecordingOutput : ITestOutputHelper
    {
        public List<string> Lines { get; } = [];

        public void WriteLine(string message) => Lines.Add(message);

        public void WriteLine(string format, params object[] args) => Lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
    }
}

/// <summary>The shipped suite run end to end offline: reference answers judged by the reference-answer judge; nine rows, all must pass.</summary>
public sealed class OfflineReferenceSuite(ITestOutputHelper output) : VirtualObjectsAndStateEvals(output)
{
    // Deterministic answers: any change is a regression.
    protected override ISnapshotVerifier? Snapshots { get; } = new MarkdownSnapshotVerifier(new SnapshotOptions { Mode = SnapshotMode.Strict });

    protected override IChatClient CreateAgent() => new ReferenceAnswerChatClient();

    protected override IJudge CreateJudge() => new ReferenceAnswerJudge();
}
