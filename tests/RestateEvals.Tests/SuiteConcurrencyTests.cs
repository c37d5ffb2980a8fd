using System.Collections.Concurrent;
using FluentAssertions;
using Microsoft.Extensions.AI;
using RestateEvals;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RestateEvals.Tests;

public sealed class SuiteConcurrencyTests
{
    [Fact]
    public async Task Selected_cases_overlap_their_calls_and_unselected_cases_are_never_called()
    {
        var selected = new[] { nameof(VirtualObjectsAndStateEvals.Vos02_SharedHandlerWritesState), nameof(VirtualObjectsAndStateEvals.Vos05_SleepInExclusiveHandler), nameof(VirtualObjectsAndStateEvals.Vos09_FixingStateFromOutside) };
        var ordered = new SelectedCasesOrderer().OrderTestCases(selected.Reverse().Select(TestCaseFor<SlowAgentSuite>)).ToList();
        ordered.Select(t => t.TestMethod.Method.Name).Should().Equal(selected, "tests run in case order");
        SelectedCasesOrderer.For(typeof(SlowAgentSuite).FullName!).Should().Equal("VOS-02", "VOS-05", "VOS-09");

        var suite = new SlowAgentSuite();
        await suite.Vos02_SharedHandlerWritesState(new EvalCaseRow("VOS-02"));
        await suite.Vos05_SleepInExclusiveHandler(new EvalCaseRow("VOS-05"));
        await suite.Vos09_FixingStateFromOutside(new EvalCaseRow("VOS-09"));

        SlowAgentSuite.Called.Should().BeEquivalentTo(["VOS-02", "VOS-05", "VOS-09"]);
        SlowAgentSuite.MaxInFlight.Should().Be(3, "the three selected cases were asked at the same time, although the tests ran one after another");
    }

    [Fact]
    public async Task Runner_bounds_overlapping_pipelines_by_MaxConcurrency()
    {
        var inFlight = 0;
        var max = 0;
        var agent = new FakeChatClient(async (_, options, ct) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref max, now);
            await Task.Delay(50, ct);
            Interlocked.Decrement(ref inFlight);
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, EvalCatalog.Get((string)options!.AdditionalProperties![EvalChatProperties.CaseId]!).GoodAnswers[0]));
        });
        var runner = new EvalRunner(agent, new ReferenceAnswerJudge(), new EvalOptions { MaxConcurrency = 2, Policy = new GradingPolicy { Samples = 3 } });
        var results = await runner.RunManyAsync(EvalCatalog.All);

        results.Select(r => r.Case.Id).Should().Equal(EvalCatalog.All.Select(c => c.Id));
        results.Should().OnlyContain(r => r.Verdict.Passed && r.Samples.Count == 3);
        agent.Calls.Should().HaveCount(27);
        max.Should().Be(2);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static XunitTestCase TestCaseFor<TSuite>(string method)
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(TSuite).Assembly));
        var testClass = new TestClass(new TestCollection(assembly, null, "suite"), Reflector.Wrap(typeof(TSuite)));
        var testMethod = new TestMethod(testClass, Reflector.Wrap(typeof(TSuite).GetMethod(method)!));
        return new XunitTestCase(new NullMessageSink(), TestMethodDisplay.ClassAndMethod, TestMethodDisplayOptions.None, testMethod);
    }

    /// <summary>Private, so xUnit does not discover it; the test drives it as xUnit would.</summary>
    private sealed class SlowAgentSuite : VirtualObjectsAndStateEvals
    {
        private static int _inFlight;
        private static int _max;

        public static ConcurrentBag<string> Called { get; } = [];

        public static int MaxInFlight => _max;

        protected override ISnapshotVerifier? Snapshots => null;

        protected override string? ReportDirectory => null;

        protected override IChatClient CreateAgent() => new FakeChatClient(async (_, options, ct) =>
        {
            var id = (string)options!.AdditionalProperties![EvalChatProperties.CaseId]!;
            Called.Add(id);
            InterlockedMax(ref _max, Interlocked.Increment(ref _inFlight));
            await Task.Delay(400, ct);
            Interlocked.Decrement(ref _inFlight);
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, EvalCatalog.Get(id).GoodAnswers[0]));
        });

        protected override IJudge CreateJudge() => new ReferenceAnswerJudge();
    }
}
