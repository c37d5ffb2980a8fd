using System.Text;
using FluentAssertions;
using RestateEvals.Execution;
using Xunit;
using Xunit.Abstractions;

namespace RestateEvals.Execution.Tests;

/// <summary>
/// Runs cannot touch each other (only the contract's export is registered, never by force, under a reserved name), and
/// the agent's code sees no secret of the test process (an allow-listed environment; what it prints is scrubbed).
/// </summary>
public sealed class IsolationTests(ITestOutputHelper output)
{
    private static readonly string GoodCart = ExecutionTasks.References("VOS-01")[0].Code;

    /// <summary>A VOS-01 module that also exports a `counter` object, VOS-07's service, whose increments jump to a million.</summary>
    private static readonly string CartWithCounter = GoodCart + """

        export const counter = restate.object({
          name: "counter",
          handlers: {
            increment: async (ctx: restate.ObjectContext): Promise<number> => {
              ctx.set("count", 1_000_000);
              return 1_000_000;
            },
            get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => (await ctx.get<number>("count")) ?? 0),
          },
        });
        """;

    [Fact]
    public async Task A_module_that_exports_another_restate_object_fails_naming_it()
    {
        var result = await new RestateExecutionGrader().ExecuteCodeAsync("VOS-01", CartWithCounter);
        output.WriteLine(result.Summary);

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().StartWith("The module could not be served: the module exports other Restate definitions besides `cart`: `counter` (virtual object \"counter\")");
    }

    [Fact]
    public async Task A_service_smuggled_into_the_endpoint_past_the_exports_is_refused_before_it_is_registered()
    {
        // The module binds an unexported `counter` by patching the SDK's endpoint builder: host.mjs's export check cannot
        // see it, restate-server's discovery (a dry run) does, and nothing is registered.
        var smuggler = GoodCart + """

            const smuggled = restate.object({
              name: "counter",
              handlers: { increment: async (ctx: restate.ObjectContext): Promise<number> => 1_000_000 },
            });
            const builder = Object.getPrototypeOf((restate.endpoint() as any).builder);
            const bind = builder.bind;
            builder.bind = function (this: unknown, definition: unknown) {
              bind.call(this, definition);
              bind.call(this, smuggled);
            };
            """;

        var result = await new RestateExecutionGrader().ExecuteCodeAsync("VOS-01", smuggler);
        output.WriteLine(result.Summary);

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().Contain("`counter`").And.Contain("but only `cart`, the contract's, may be registered");
    }

    [Fact]
    public async Task Concurrent_runs_of_different_tasks_do_not_interfere_even_when_one_tries_to_take_the_others_service()
    {
        var grader = new RestateExecutionGrader();
        var counter = grader.ExecuteCodeAsync("VOS-07", ExecutionTasks.References("VOS-07")[0].Code);
        await Task.Delay(300);
        // While VOS-07's run drives `counter`, two VOS-01 runs (serialized with each other: both reserve `cart`): one
        // whose module also exports a `counter` that would set every count to a million, had it been registered.
        var intruder = grader.ExecuteCodeAsync("VOS-01", CartWithCounter);
        var cart = grader.ExecuteCodeAsync("VOS-01", GoodCart);
        var results = await Task.WhenAll(counter, intruder, cart);
        foreach (var result in results)
        {
            output.WriteLine($"{result.Status}: {result.Summary}");
        }

        results[0].Status.Should().Be(ExecutionStatus.Passed, "no other run replaced VOS-07's `counter`");
        results[0].Observations.Should().Contain("the count is exactly 150");
        results[1].Status.Should().Be(ExecutionStatus.Failed);
        results[1].Summary.Should().Contain("`counter` (virtual object \"counter\")");
        results[2].Status.Should().Be(ExecutionStatus.Passed);
    }

    [Fact]
    public async Task Service_names_are_reserved_while_a_run_uses_them()
    {
        var grader = new RestateExecutionGrader();
        var sandbox = await RestateSandbox.SharedAsync(new SandboxOptions(), CancellationToken.None);
        var run = grader.ExecuteCodeAsync("VOS-07", ExecutionTasks.References("VOS-07")[0].Code);
        var reserved = false;
        while (!run.IsCompleted)
        {
            reserved |= sandbox.Reservations.IsReserved("counter");
            await Task.Delay(20);
        }

        (await run).Status.Should().Be(ExecutionStatus.Passed);
        reserved.Should().BeTrue("the run held `counter` while it ran");
    }

    [Fact]
    public async Task The_module_sees_none_of_the_test_processes_environment()
    {
        // Each variable the module can see beyond the allow-list, and each file read that exposes an environment, makes
        // its increments fail with a terminal error that names them.
        const string Probe = """
            import * as restate from "@restatedev/restate-sdk";
            import { readFileSync } from "node:fs";

            const allowed = new Set(["PATH", "HOME", "TMPDIR", "LANG", "LC_ALL", "TZ", "PORT", "TASK_MODULE", "EXPORT"]);
            const leaked: string[] = Object.keys(process.env).filter((name) => !allowed.has(name));
            console.log(`OPENAI_API_KEY=${process.env.OPENAI_API_KEY}`);
            if (process.env.OPENAI_API_KEY !== undefined) leaked.push("OPENAI_API_KEY has a value");
            for (const file of ["/proc/self/environ", `/proc/${process.ppid}/environ`]) {
              try {
                readFileSync(file);
                leaked.push(`read ${file}`);
              } catch (error) {
                if ((error as { code?: string }).code !== "ERR_ACCESS_DENIED") leaked.push(`${file}: ${String(error)}`);
              }
            }
            if (!(process.env.HOME ?? "").endsWith("tmp") || process.env.TMPDIR !== process.env.HOME) leaked.push(`HOME=${process.env.HOME} TMPDIR=${process.env.TMPDIR}`);

            export const counter = restate.object({
              name: "counter",
              handlers: {
                increment: async (ctx: restate.ObjectContext): Promise<number> => {
                  if (leaked.length > 0) throw new restate.TerminalError(`the module sees: ${leaked.join("; ")}`);
                  const count = ((await ctx.get<number>("count")) ?? 0) + 1;
                  ctx.set("count", count);
                  return count;
                },
                get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => (await ctx.get<number>("count")) ?? 0),
              },
            });
            """;
        var names = new[] { "OPENAI_API_KEY", "RESTATEEVALS_PROBE_TOKEN", "AWS_SECRET_ACCESS_KEY", "NODE_OPTIONS" };
        var saved = names.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable("OPENAI_API_KEY", saved["OPENAI_API_KEY"] ?? "sk-probe-" + Guid.NewGuid().ToString("N"));
            Environment.SetEnvironmentVariable("RESTATEEVALS_PROBE_TOKEN", "probe-token-" + Guid.NewGuid().ToString("N"));
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "probe-aws-" + Guid.NewGuid().ToString("N"));
            Environment.SetEnvironmentVariable("NODE_OPTIONS", "--max-old-space-size=8000");

            var result = await new RestateExecutionGrader().ExecuteCodeAsync("VOS-07", Probe);
            output.WriteLine(result.Summary);
            output.WriteLine(string.Join("\n", result.Observations));

            result.Status.Should().Be(ExecutionStatus.Passed, "the module saw no variable outside the allow-list and could not read an environment from /proc");
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }

    [Fact]
    public async Task A_registered_secret_the_module_echoes_encoded_is_scrubbed_from_the_result()
    {
        var secret = "probe-Secret/" + Guid.NewGuid().ToString("N")[..12] + "+x";
        SecretScrubber.Register(secret);
        var module = $$"""
            import * as restate from "@restatedev/restate-sdk";

            const secret = "{{secret}}";
            const bytes = Buffer.from(secret);
            const echoes = [
              bytes.toString("base64"),
              bytes.toString("base64url"),
              bytes.toString("hex"),
              bytes.toString("hex").toUpperCase(),
              [...secret].reverse().join(""),
              Buffer.from(`{"user":"me","password":"${secret}"}`).toString("base64"),
            ];
            console.error(`echoes: ${echoes.join(" ")}`);
            if (secret.length > 0) throw new Error(`echoes: ${echoes.join(" ")}`);

            export const counter = restate.object({ name: "counter", handlers: {} });
            """;
        var bytes = Encoding.UTF8.GetBytes(secret);
        string[] echoes =
        [
            secret,
            Convert.ToBase64String(bytes),
            Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            Convert.ToHexStringLower(bytes),
            Convert.ToHexString(bytes),
            new string([.. secret.Reverse()]),
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"user\":\"me\",\"password\":\"{secret}\"}}")),
        ];

        var result = await new RestateExecutionGrader().ExecuteCodeAsync("VOS-07", module);
        output.WriteLine(result.Summary);

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().StartWith("The module could not be served: the module threw while loading: Error: echoes: ").And.Contain(SecretScrubber.Replacement);
        var everything = string.Join("\n", [result.Summary, result.Code ?? string.Empty, .. result.Observations]);
        foreach (var echo in echoes)
        {
            everything.Should().NotContain(echo);
        }
    }
}
