using FluentAssertions;
using RestateEvals.Execution;
using Xunit;

namespace RestateEvals.Execution.Tests;

/// <summary>Import rules, options and tool discovery: no server needed (code extraction: <see cref="CodeBlockTests"/>).</summary>
public sealed class SandboxUnitTests
{
    [Fact]
    public void Lock_libraries_and_unprovided_packages_are_refused_with_a_reason()
    {
        ImportRules.Problem(["@restatedev/restate-sdk", "async-mutex"], paymentsProvided: false).Should().Contain("'async-mutex', a lock library");
        ImportRules.Problem(["redlock"], paymentsProvided: false).Should().Contain("a lock library");
        ImportRules.Problem(["lodash"], paymentsProvided: false).Should().Contain("'lodash', which the contract does not provide");
        ImportRules.Problem(["./payments"], paymentsProvided: false).Should().Contain("does not provide");
        ImportRules.Problem(["@restatedev/restate-sdk", "./payments", "node:crypto"], paymentsProvided: true).Should().BeNull();
    }

    [Fact]
    public void Missing_node_gives_a_clear_error()
    {
        var act = () => NodeTools.Require("node", path: "/nonexistent-restateevals");
        act.Should().Throw<SandboxUnavailableException>().WithMessage("*'node' was not found on PATH*Node.js 20 or later and npm*EvalOptions.Execution = null*");
    }

    [Theory]
    [InlineData("20.20.2", "--experimental-permission")]
    [InlineData("22.12.0", "--experimental-permission")]
    [InlineData("22.13.0", "--permission")]
    [InlineData("24.1.0", "--permission")]
    public void The_permission_flag_follows_the_node_version(string version, string flag) =>
        NodeTools.PermissionFlag(Version.Parse(version)).Should().Be(flag);

    [Fact]
    public void Options_are_validated()
    {
        new Action(() => new SandboxOptions { MemoryLimitMegabytes = 8 }.Validate()).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MemoryLimitMegabytes*");
        new Action(() => new SandboxOptions { TimeLimit = TimeSpan.Zero }.Validate()).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*TimeLimit*");
        new Action(() => _ = new RestateExecutionGrader(new SandboxOptions { StartTimeout = TimeSpan.FromSeconds(-1) })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_cache_folder_is_per_user_unless_configured()
    {
        new SandboxOptions { CacheDirectory = "/tmp/x" }.ResolveCacheDirectory().Should().Be("/tmp/x");
        new SandboxOptions().ResolveCacheDirectory().Should().EndWith(Path.Combine("restateevals", "execution"));
    }

    [Fact]
    public void The_code_request_states_the_contract()
    {
        var grader = new RestateExecutionGrader();
        grader.CodeRequestFor(EvalCatalog.Get("VOS-05")).Should().Contain("single ```ts code block").And.Contain("trialSeconds").And.Contain("1.17.2");
        grader.CodeRequestFor(EvalCatalog.Get("VOS-03")).Should().BeNull();
        grader.CodeRequestFor(EvalCatalog.Get("VOS-08")).Should().BeNull();
    }

    [Fact]
    public void The_embedded_lock_file_pins_the_packages()
    {
        var files = SandboxInstallation.EmbeddedFiles().Select(f => f.Name).ToList();
        files.Should().Contain(["package.json", "package-lock.json", "check.mjs", "host.mjs", "polyfill.mjs", "payments.mjs", "payments.d.ts"]);
        SandboxPackages.Sdk.Should().Be("1.17.2");
        SandboxPackages.Server.Should().Be("1.7.12");
        SandboxPackages.TypeScript.Should().Be("5.9.3");
    }
}
