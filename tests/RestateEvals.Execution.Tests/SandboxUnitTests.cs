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
        new Action(() => new SandboxOptions { MaxRunFolderMegabytes = 0 }.Validate()).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxRunFolderMegabytes must be between 1 and 4096*");
        new Action(() => new SandboxOptions { MaxRunFolderMegabytes = 4097 }.Validate()).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxRunFolderMegabytes*");
        new Action(() => new SandboxOptions { MaxRunFolderFiles = 9 }.Validate()).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxRunFolderFiles must be between 10 and 1,000,000*");
        new SandboxOptions().MaxRunFolderMegabytes.Should().Be(64);
        new SandboxOptions().MaxRunFolderFiles.Should().Be(1000);
        new SandboxOptions { MaxRunFolderMegabytes = 1, MaxRunFolderFiles = 10 }.Validate();
    }

    [Fact]
    public async Task A_service_name_is_reserved_by_one_run_at_a_time_and_different_names_do_not_wait()
    {
        var reservations = new ServiceReservations();
        var cart = await reservations.ReserveAsync(["cart"], CancellationToken.None);
        reservations.IsReserved("cart").Should().BeTrue();

        var counter = reservations.ReserveAsync(["counter"], CancellationToken.None);
        counter.IsCompletedSuccessfully.Should().BeTrue("a different name does not wait");
        var secondCart = reservations.ReserveAsync(["cart"], CancellationToken.None);
        await Task.Delay(100);
        secondCart.IsCompleted.Should().BeFalse("a second run of `cart` waits for the first");

        cart.Dispose();
        (await secondCart.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        (await counter).Dispose();
        reservations.IsReserved("cart").Should().BeFalse();
        reservations.IsReserved("counter").Should().BeFalse();
    }

    [Fact]
    public async Task Overlapping_sets_of_names_taken_in_any_order_do_not_deadlock()
    {
        var reservations = new ServiceReservations();
        var runs = Enumerable.Range(0, 40).Select(async i =>
        {
            string[] names = i % 2 == 0 ? ["a", "b", "c"] : ["c", "b", "a"];
            using var reservation = await reservations.ReserveAsync(names, CancellationToken.None);
            await Task.Yield();
        });
        await Task.WhenAll(runs).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_cancelled_reservation_releases_what_it_took()
    {
        var reservations = new ServiceReservations();
        using (await reservations.ReserveAsync(["b"], CancellationToken.None))
        {
            using var cancel = new CancellationTokenSource(50);
            var act = () => reservations.ReserveAsync(["a", "b"], cancel.Token);
            await act.Should().ThrowAsync<OperationCanceledException>();
            reservations.IsReserved("a").Should().BeFalse("`a` was taken, then released when `b` could not be");
        }
    }

    [Fact]
    public void The_sandbox_environment_is_an_allow_list_without_the_test_processes_secrets()
    {
        var saved = Environment.GetEnvironmentVariable("RESTATEEVALS_UNIT_PROBE_TOKEN");
        Environment.SetEnvironmentVariable("RESTATEEVALS_UNIT_PROBE_TOKEN", "probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            var environment = SandboxEnvironment.Minimal("/tmp/run/tmp", "/opt/node/bin/node");
            environment.Keys.Should().BeSubsetOf(["PATH", "HOME", "TMPDIR", "LANG", "LC_ALL", "TZ", "SystemRoot", "windir", "SystemDrive", "ComSpec", "PATHEXT", "NUMBER_OF_PROCESSORS", "PROCESSOR_ARCHITECTURE", "OS", "USERPROFILE", "TEMP", "TMP"]);
            environment["HOME"].Should().Be("/tmp/run/tmp");
            environment["TMPDIR"].Should().Be("/tmp/run/tmp");
            environment["PATH"].Split(Path.PathSeparator).Should().StartWith(Path.GetDirectoryName(Path.GetFullPath("/opt/node/bin/node")));
            environment.Values.Should().NotContain(v => v.StartsWith("probe-", StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable("RESTATEEVALS_UNIT_PROBE_TOKEN", saved);
        }
    }

    [Fact]
    public async Task The_run_folder_monitor_reports_the_first_breach_once_and_measures_nested_folders()
    {
        var folder = Directory.CreateTempSubdirectory("restateevals-monitor-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "tmp", "deep", "er"));
            var stops = 0;
            using var monitor = new RunFolderMonitor(folder, maxMegabytes: 1, maxEntries: 50, () => Interlocked.Increment(ref stops));
            monitor.Check().Should().BeNull();
            await File.WriteAllBytesAsync(Path.Combine(folder, "tmp", "deep", "er", "a.bin"), new byte[700_000]);
            monitor.Check().Should().BeNull("0.7 MB is within 1 MB");
            await File.WriteAllBytesAsync(Path.Combine(folder, "tmp", "deep", "er", "b.bin"), new byte[700_000]);
            await Task.Delay(300);

            // Measured as soon as it passed 1 MB, possibly while b.bin was still being written.
            monitor.Breach.Should().Match("the run folder outgrew the sandbox's cap of 1 MB (SandboxOptions.MaxRunFolderMegabytes): it held 1* MB when the endpoint was stopped");
            monitor.Breached.IsCancellationRequested.Should().BeTrue();
            monitor.Check();
            stops.Should().Be(1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_file_count_counts_files_and_folders_at_any_depth()
    {
        var folder = Directory.CreateTempSubdirectory("restateevals-monitor-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "tmp", "a"));
            for (var i = 0; i < 20; i++)
            {
                File.WriteAllText(Path.Combine(folder, "tmp", "a", $"{i}.txt"), "x");
            }

            RunFolderMonitor.Measure(folder, 1000).Should().Be((20L, 22));
            RunFolderMonitor.Measure(folder, 10).Entries.Should().Be(11, "counting stops one past the cap");
            using var monitor = new RunFolderMonitor(folder, 64, 10, () => { });
            monitor.Check().Should().Be("the run folder outgrew the sandbox's cap of 10 files (SandboxOptions.MaxRunFolderFiles): it held more than 10 files and folders when the endpoint was stopped");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
