using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FluentAssertions;
using RestateEvals.Execution;
using Xunit;
using Xunit.Abstractions;

namespace RestateEvals.Execution.Tests;

/// <summary>
/// The run folder's caps (SandboxOptions.MaxRunFolderMegabytes, default 64, and MaxRunFolderFiles, default 1000): a
/// module that writes past them is stopped while it writes, and the run fails with the reason.
/// </summary>
public sealed partial class ResourceCapTests(ITestOutputHelper output)
{
    private const string Counter = """

        export const counter = restate.object({
          name: "counter",
          handlers: {
            increment: async (ctx: restate.ObjectContext): Promise<number> => {
              const count = ((await ctx.get<number>("count")) ?? 0) + 1;
              ctx.set("count", count);
              return count;
            },
            get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => (await ctx.get<number>("count")) ?? 0),
          },
        });
        """;

    [Fact]
    public async Task A_module_writing_256_MB_into_one_file_is_stopped_at_the_cap()
    {
        // One 256 MB write, which no watch can interrupt: the process's file-size limit (ulimit -f) cuts it at the cap
        // (then EFBIG), and the monitor sees the file over it.
        const string Writer = """
            import * as restate from "@restatedev/restate-sdk";
            import { writeFileSync } from "node:fs";

            let stoppedBy = "nothing";
            try {
              writeFileSync(new URL("./tmp/big.bin", import.meta.url), Buffer.alloc(256 << 20, 7));
            } catch (error) {
              stoppedBy = String((error as { code?: string }).code);
            }
            console.log(`stopped by ${stoppedBy}`);
            """ + Counter;

        var (result, elapsed) = await RunAsync(Writer, new SandboxOptions());

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().StartWith("the run folder outgrew the sandbox's cap of 64 MB (SandboxOptions.MaxRunFolderMegabytes): it held 64");
        HeldMegabytes(result.Summary).Should().BeLessThan(65, "no file can grow past the cap (plus one 512-byte block)");
        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_module_writing_256_MB_in_16_MB_files_is_stopped_while_it_writes()
    {
        // No single file reaches the cap, so only the monitor can stop it: it kills the endpoint as the folder passes 64 MB
        // (16 MB every 100 ms: unpaced, a loaded machine may let the whole 256 MB through before the first check).
        const string Writer = """
            import * as restate from "@restatedev/restate-sdk";
            import { writeFileSync } from "node:fs";

            const chunk = Buffer.alloc(16 << 20, 7);
            for (let i = 0; i < 16; i++) {
              writeFileSync(new URL(`./tmp/part-${i}.bin`, import.meta.url), chunk);
              await new Promise((resolve) => setTimeout(resolve, 100)); // paced, so "stopped while it writes" does not depend on the machine's load
            }
            console.log("wrote 256 MB");
            """ + Counter;

        var (result, elapsed) = await RunAsync(Writer, new SandboxOptions());

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().StartWith("the run folder outgrew the sandbox's cap of 64 MB (SandboxOptions.MaxRunFolderMegabytes)");
        HeldMegabytes(result.Summary).Should().BeLessThan(256, "the writer was stopped before it finished");
        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_handler_that_fills_the_folder_during_the_scenario_stops_the_scenario_with_the_reason()
    {
        const string Writer = """
            import * as restate from "@restatedev/restate-sdk";
            import { writeFileSync } from "node:fs";

            const chunk = Buffer.alloc(2 << 20, 7);
            let part = 0;

            export const counter = restate.object({
              name: "counter",
              handlers: {
                increment: async (ctx: restate.ObjectContext): Promise<number> => {
                  writeFileSync(new URL(`./tmp/log-${part++}.bin`, import.meta.url), chunk);
                  const count = ((await ctx.get<number>("count")) ?? 0) + 1;
                  ctx.set("count", count);
                  return count;
                },
                get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => (await ctx.get<number>("count")) ?? 0),
              },
            });
            """;

        var (result, elapsed) = await RunAsync(Writer, new SandboxOptions { MaxRunFolderMegabytes = 16 });

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().StartWith("the run folder outgrew the sandbox's cap of 16 MB (SandboxOptions.MaxRunFolderMegabytes)");
        result.Observations.Should().Contain("the scenario stopped when the run folder outgrew its cap");
        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "the scenario stops at the breach instead of waiting for timeouts");
    }

    [Fact]
    public async Task A_module_creating_too_many_files_is_stopped_at_the_file_cap()
    {
        const string Spray = """
            import * as restate from "@restatedev/restate-sdk";
            import { mkdirSync, writeFileSync } from "node:fs";

            // Nested, where no watch reaches: the periodic measurement finds them.
            const folder = new URL("./tmp/a/b/", import.meta.url);
            mkdirSync(folder, { recursive: true });
            for (let i = 0; i < 20000; i++) writeFileSync(new URL(`f${i}`, folder), "x");
            """ + Counter;

        var (result, _) = await RunAsync(Spray, new SandboxOptions());

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().StartWith("the run folder outgrew the sandbox's cap of 1000 files (SandboxOptions.MaxRunFolderFiles)");
    }

    [Fact]
    public async Task A_module_that_writes_within_the_caps_passes()
    {
        const string Modest = """
            import * as restate from "@restatedev/restate-sdk";
            import { writeFileSync } from "node:fs";

            for (let i = 0; i < 100; i++) writeFileSync(new URL(`./tmp/note-${i}.txt`, import.meta.url), "x".repeat(100_000));
            """ + Counter;

        var (result, _) = await RunAsync(Modest, new SandboxOptions());

        result.Status.Should().Be(ExecutionStatus.Passed, "10 MB in 100 files is within both caps");
    }

    private async Task<(ExecutionResult Result, TimeSpan Elapsed)> RunAsync(string code, SandboxOptions options)
    {
        var watch = Stopwatch.StartNew();
        var result = await new RestateExecutionGrader(options).ExecuteCodeAsync("VOS-07", code);
        output.WriteLine($"{result.Status} after {watch.Elapsed.TotalSeconds:0.00} s (run {result.Elapsed.TotalSeconds:0.00} s): {result.Summary}");
        output.WriteLine(string.Join("\n", result.Observations));
        return (result, watch.Elapsed);
    }

    private static double HeldMegabytes(string summary) =>
        double.Parse(HeldRegex().Match(summary).Groups["mb"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"held (?<mb>[\d.]+) MB")]
    private static partial Regex HeldRegex();
}
