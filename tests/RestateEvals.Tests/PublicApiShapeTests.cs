using FluentAssertions;

namespace RestateEvals.Tests;

/// <summary>The shape of the public API across the packages (the members themselves are approved by PublicAPI.*.txt in the build).</summary>
public sealed class PublicApiShapeTests
{
    private static readonly System.Reflection.Assembly[] Packages =
    [
        typeof(EvalCase).Assembly,
        typeof(VirtualObjectsAndStateEvals).Assembly,
        typeof(EvalResultAssertions).Assembly,
        typeof(Snapshots.MarkdownSnapshotVerifier).Assembly,
        typeof(Agents.AgentChatClientExtensions).Assembly,
    ];

    private static IEnumerable<Type> PublicTypes => Packages.SelectMany(a => a.GetExportedTypes());

    [Fact]
    public void No_namespace_hides_Xunit_or_FluentAssertions_in_integrator_code()
    {
        PublicTypes.Select(t => t.Namespace!).Distinct().Where(n => n.StartsWith("RestateEvals", StringComparison.Ordinal))
            .Should().OnlyContain(n => !n.Split('.').Contains("Xunit") && !n.Split('.').Contains("FluentAssertions"));
    }

    [Fact]
    public void Each_extension_class_name_is_used_once()
    {
        PublicTypes.Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Extensions", StringComparison.Ordinal))
            .GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Fact]
    public void Implementation_types_are_internal()
    {
        var names = PublicTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        names.Should().NotIntersectWith(["JudgeReplyParser", "JudgePrompt", "JudgeReplySchema", "FileDistributedCache", "SnapshotDocument", "QuotedEvidence", "GraderAddressing", "EvalRecordingChatClient", "RetryingChatClient", "InlineDiff", "VerifiedVerdictJudge"]);
    }
}
