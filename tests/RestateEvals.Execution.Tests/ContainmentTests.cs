using FluentAssertions;
using RestateEvals.Execution;
using Xunit;
using Xunit.Abstractions;

namespace RestateEvals.Execution.Tests;

/// <summary>
/// Untrusted code stays contained: a VOS-07 module that tries to escape at load time adds 1000 to every count for each
/// attempt that did not fail with ERR_ACCESS_DENIED (and for a control write into its tmp/ folder that failed), so the
/// scenario's exact count of 150 proves that each attempt was denied by the permission model.
/// </summary>
public sealed class ContainmentTests(ITestOutputHelper output)
{
    private const string Escapes = """
        import * as restate from "@restatedev/restate-sdk";
        import { execSync } from "node:child_process";
        import { readFileSync, writeFileSync } from "node:fs";
        import { Worker } from "node:worker_threads";
        import http from "node:http";

        // Each attempt must fail with the permission model's ERR_ACCESS_DENIED; anything else counts as an escape.
        const escaped: string[] = [];
        const attempt = (name: string, action: () => unknown) => {
          try {
            action();
            escaped.push(name);
          } catch (error) {
            if ((error as { code?: string }).code !== "ERR_ACCESS_DENIED") escaped.push(`${name}: ${String(error)}`);
          }
        };
        attempt("child process", () => execSync("true"));
        attempt("read outside the sandbox", () => readFileSync("/etc/hostname"));
        attempt("read the test host's files", () => readFileSync(process.execPath));
        attempt("write outside tmp", () => writeFileSync(new URL("./escaped.txt", import.meta.url), "x"));
        attempt("worker", () => new Worker("setTimeout(() => {}, 1)", { eval: true }));
        // A server of its own, asked for on every interface, must end up on loopback.
        const probe = http.createServer(() => undefined);
        probe.listen(0, "0.0.0.0");
        // The control: the one place it may write.
        try {
          writeFileSync(new URL("./tmp/allowed.txt", import.meta.url), "x");
        } catch (error) {
          escaped.push(`the control write into tmp/ failed: ${String(error)}`);
        }

        export const counter = restate.object({
          name: "counter",
          handlers: {
            increment: async (ctx: restate.ObjectContext): Promise<number> => {
              const address = probe.address();
              const exposed = probe.listening && typeof address === "object" && address?.address !== "127.0.0.1" ? 1 : 0;
              const count = ((await ctx.get<number>("count")) ?? 0) + 1 + 1000 * (escaped.length + exposed);
              ctx.set("count", count);
              return count;
            },
            get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => (await ctx.get<number>("count")) ?? 0),
          },
        });
        """;

    [Fact]
    public async Task Child_processes_workers_file_access_outside_the_sandbox_and_non_loopback_servers_are_denied()
    {
        var result = await new RestateExecutionGrader().ExecuteCodeAsync("VOS-07", Escapes);
        output.WriteLine(result.Summary);

        result.Status.Should().Be(ExecutionStatus.Passed, "every escape attempt must have been denied (each one that worked adds 1000 to the count)");
    }

    [Fact]
    public async Task Outbound_connections_udp_and_dns_are_refused_and_fail_the_run_with_what_was_tried()
    {
        // Every attempt must fail with the sandbox's refusal (anything else adds 1000 to the count), so "the count is
        // exactly 150" proves each was refused; the run still fails, naming what the module tried to reach.
        const string Reaches = """
            import * as restate from "@restatedev/restate-sdk";
            import net from "node:net";
            import dgram from "node:dgram";
            import dns from "node:dns";

            const escaped: string[] = [];
            const refusedCode = "ERR_RESTATEEVALS_NETWORK_REFUSED";
            const attempt = async (name: string, action: () => Promise<unknown>) => {
              try {
                await action();
                escaped.push(name);
              } catch (error) {
                const e = error as { code?: string; cause?: { code?: string } };
                if (e.code !== refusedCode && e.cause?.code !== refusedCode) escaped.push(`${name}: ${String(error)}`);
              }
            };
            await attempt("tcp", () => new Promise((resolve, reject) => net.connect(9, "192.0.2.1").on("connect", resolve).on("error", reject)));
            await attempt("fetch", () => fetch("http://192.0.2.2:8080/"));
            await attempt("udp", () => new Promise((resolve, reject) => dgram.createSocket("udp4").send("x", 53, "192.0.2.3", (e) => (e ? reject(e) : resolve(0)))));
            await attempt("dns", () => dns.promises.lookup("example.com"));

            export const counter = restate.object({
              name: "counter",
              handlers: {
                increment: async (ctx: restate.ObjectContext): Promise<number> => {
                  const count = ((await ctx.get<number>("count")) ?? 0) + 1 + 1000 * escaped.length;
                  ctx.set("count", count);
                  return count;
                },
                get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => (await ctx.get<number>("count")) ?? 0),
              },
            });
            """;

        var result = await new RestateExecutionGrader().ExecuteCodeAsync("VOS-07", Reaches);
        output.WriteLine(result.Summary);
        output.WriteLine(string.Join("\n", result.Observations));

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().Be(
            "the module tried to reach the network (connect to 192.0.2.1:9; connect to 192.0.2.2:8080; UDP send to 192.0.2.3:53; " +
            "DNS lookup of example.com), which the sandbox refuses: the fix must work with Restate alone.");
        result.Observations.Should().Contain("the count is exactly 150", "each attempt failed with the refusal (one that got through adds 1000)");
    }

    [Fact]
    public async Task A_handler_that_calls_out_fails_with_the_refusal_as_the_reason()
    {
        const string CallsOut = """
            import * as restate from "@restatedev/restate-sdk";

            export const counter = restate.object({
              name: "counter",
              handlers: {
                increment: async (ctx: restate.ObjectContext): Promise<number> => {
                  await ctx.run("audit", () => fetch("https://audit.example.com/increment", { method: "POST" }).then(() => undefined));
                  const count = ((await ctx.get<number>("count")) ?? 0) + 1;
                  ctx.set("count", count);
                  return count;
                },
                get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => (await ctx.get<number>("count")) ?? 0),
              },
            });
            """;

        var result = await new RestateExecutionGrader(new SandboxOptions { TimeLimit = TimeSpan.FromSeconds(40) }).ExecuteCodeAsync("VOS-07", CallsOut);
        output.WriteLine(result.Summary);

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().StartWith("the module tried to reach the network (connect to audit.example.com:443)");
    }

    [Fact]
    public async Task Code_that_never_finishes_loading_is_killed_at_the_wall_clock_limit()
    {
        const string Spin = """
            import * as restate from "@restatedev/restate-sdk";
            while (Date.now() > 0) { /* spin */ }
            export const counter = restate.object({ name: "counter", handlers: {} });
            """;
        var result = await new RestateExecutionGrader(new SandboxOptions { TimeLimit = TimeSpan.FromSeconds(8) }).ExecuteCodeAsync("VOS-07", Spin);
        output.WriteLine(result.Summary);

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().Contain("wall-clock limit of 8 s");
        result.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(12), "the run is killed at the limit");
    }

    [Fact]
    public async Task Code_that_exhausts_its_memory_cap_fails()
    {
        const string Hog = """
            import * as restate from "@restatedev/restate-sdk";
            const hoard: number[][] = [];
            export const counter = restate.object({
              name: "counter",
              handlers: {
                increment: async (ctx: restate.ObjectContext): Promise<number> => {
                  for (;;) hoard.push(new Array(1_000_000).fill(1));
                },
                get: restate.handlers.object.shared(async (): Promise<number> => 0),
              },
            });
            """;
        var result = await new RestateExecutionGrader(new SandboxOptions { MemoryLimitMegabytes = 64, TimeLimit = TimeSpan.FromSeconds(30) }).ExecuteCodeAsync("VOS-07", Hog);
        output.WriteLine(result.Summary);

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().Contain("the endpoint process exited during the scenario, exit code").And.Contain("heap out of memory (the sandbox's heap cap is 64 MB)");
        result.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "the scenario stops when the endpoint dies instead of waiting for the wall-clock limit");
    }
}
