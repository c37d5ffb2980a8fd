using FluentAssertions;
using RestateEvals.Execution;
using Xunit;
using Xunit.Abstractions;

namespace RestateEvals.Execution.Tests;

/// <summary>
/// Proved both ways on a real restate-server: every shipped good implementation passes its scenario, and every flawed
/// one fails for the reason it was written to show.
/// </summary>
public sealed class ReferenceImplementationTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string> References() => new()
    {
        { "VOS-01", "good", "" },
        { "VOS-01", "flawed-lock-library", "imports 'async-mutex', a lock library" },
        { "VOS-01", "flawed-shared-read", "decrement(s) lost" },
        { "VOS-02", "good", "" },
        { "VOS-02", "flawed-shared-write", "getBalance did not answer within 1 s" },
        { "VOS-02", "flawed-shared-write-typed", "Property 'set' does not exist on type 'ObjectSharedContext" },
        { "VOS-04", "good", "" },
        { "VOS-04", "flawed-same-key-call", "checkout did not complete within 5 s" },
        { "VOS-05", "good", "" },
        { "VOS-05", "flawed-sleep-in-exclusive", "upgrade did not complete within 2 s" },
        { "VOS-06", "good", "" },
        { "VOS-06", "flawed-set-before-charge", "declined charge left the balance at 70 instead of 100" },
        { "VOS-07", "good", "" },
        { "VOS-07", "flawed-in-memory-map", "instead of 150" },
    };

    [Theory]
    [MemberData(nameof(References))]
    public async Task Reference_implementation_passes_or_fails_for_its_reason(string caseId, string name, string reason)
    {
        var reference = ExecutionTasks.References(caseId).Single(r => r.Name == name);
        var result = await new RestateExecutionGrader().ExecuteCodeAsync(caseId, reference.Code);

        output.WriteLine($"{result.Status} in {result.Elapsed.TotalSeconds:0.0} s: {result.Summary}");
        foreach (var observation in result.Observations)
        {
            output.WriteLine("- " + observation);
        }

        if (reference.IsGood)
        {
            result.Status.Should().Be(ExecutionStatus.Passed, result.Summary);
        }
        else
        {
            result.Status.Should().Be(ExecutionStatus.Failed, reference.Flaw);
            result.Summary.Should().ContainEquivalentOf(reason);
        }

        result.Code.Should().Be(reference.Code);
    }

    [Fact]
    public void Every_task_ships_a_good_and_a_flawed_implementation_and_every_one_is_tested()
    {
        ExecutionTasks.CaseIds.Should().Equal("VOS-01", "VOS-02", "VOS-04", "VOS-05", "VOS-06", "VOS-07");
        var tested = References().Select(row => $"{row[0]}/{row[1]}").ToList();
        foreach (var caseId in ExecutionTasks.CaseIds)
        {
            var references = ExecutionTasks.References(caseId);
            references.Should().Contain(r => r.IsGood, caseId);
            references.Should().Contain(r => !r.IsGood && !string.IsNullOrWhiteSpace(r.Flaw), caseId);
            references.Select(r => $"{caseId}/{r.Name}").Should().BeSubsetOf(tested, "every shipped reference implementation is proved on the server");
        }
    }
}
