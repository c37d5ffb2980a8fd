using FluentAssertions;
using RestateEvals.Execution;
using Xunit;

namespace RestateEvals.Execution.Tests;

/// <summary>A module that breaks the contract fails with a reason that names the breach, before any scenario runs.</summary>
public sealed class ContractTests
{
    [Theory]
    [InlineData(
        "missing export",
        "import * as restate from \"@restatedev/restate-sdk\";\nexport const tally = restate.object({ name: \"counter\", handlers: {} });",
        "does not export `counter` as a Restate definition (exports: tally)")]
    [InlineData(
        "wrong name",
        "import * as restate from \"@restatedev/restate-sdk\";\nexport const counter = restate.object({ name: \"Counter\", handlers: {} });",
        "`counter` is named \"Counter\", not \"counter\"")]
    [InlineData(
        "a service, not an object",
        "import * as restate from \"@restatedev/restate-sdk\";\nexport const counter = restate.service({ name: \"counter\", handlers: {} });",
        "`counter` is not a virtual object")]
    [InlineData(
        "throws while loading",
        "import * as restate from \"@restatedev/restate-sdk\";\nthrow new Error(\"boom at load\");\nexport const counter = restate.object({ name: \"counter\", handlers: {} });",
        "the module threw while loading: Error: boom at load")]
    public async Task A_module_that_breaks_the_contract_cannot_be_served(string breach, string code, string reason)
    {
        var result = await new RestateExecutionGrader().ExecuteCodeAsync("VOS-07", code);

        result.Status.Should().Be(ExecutionStatus.Failed, breach);
        result.Summary.Should().StartWith("The module could not be served: ").And.Contain(reason);
    }

    [Fact]
    public async Task A_missing_handler_fails_the_scenario_with_the_server_reply()
    {
        const string NoGet = """
            import * as restate from "@restatedev/restate-sdk";
            export const counter = restate.object({
              name: "counter",
              handlers: {
                increment: async (ctx: restate.ObjectContext): Promise<number> => {
                  const count = ((await ctx.get<number>("count")) ?? 0) + 1;
                  ctx.set("count", count);
                  return count;
                },
              },
            });
            """;
        var result = await new RestateExecutionGrader().ExecuteCodeAsync("VOS-07", NoGet);

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().Contain("get answered HTTP 404");
    }

    [Fact]
    public async Task A_module_that_starts_its_own_server_still_runs_and_the_server_stays_on_loopback()
    {
        // Restate's examples end with restate.serve(...): the sandbox serves the module itself and binds such a server to
        // 127.0.0.1 on a free port, so it neither clashes nor listens on every interface.
        var code = ExecutionTasks.References("VOS-07")[0].Code + "\nrestate.serve({ services: [counter], port: 9080 });\n";
        var result = await new RestateExecutionGrader().ExecuteCodeAsync("VOS-07", code);

        result.Status.Should().Be(ExecutionStatus.Passed, result.Summary);
    }

    [Fact]
    public async Task A_missing_handler_that_the_scenario_sends_to_fails_with_the_server_refusal()
    {
        const string NoStartTrial = """
            import * as restate from "@restatedev/restate-sdk";
            export const subscription = restate.object({
              name: "subscription",
              handlers: {
                getStatus: restate.handlers.object.shared(async (): Promise<string | null> => null),
              },
            });
            """;
        var result = await new RestateExecutionGrader().ExecuteCodeAsync("VOS-05", NoStartTrial);

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().Contain("startTrial failed (404)");
    }

    [Fact]
    public async Task An_unannotated_handler_context_is_an_implicit_any_under_strict()
    {
        const string Unannotated = """
            import * as restate from "@restatedev/restate-sdk";
            export const counter = restate.object({
              name: "counter",
              handlers: {
                increment: async (ctx) => {
                  const count = ((await ctx.get("count")) ?? 0) + 1;
                  ctx.set("count", count);
                  return count;
                },
                get: restate.handlers.object.shared(async (ctx) => (await ctx.get<number>("count")) ?? 0),
              },
            });
            """;
        var result = await new RestateExecutionGrader().ExecuteCodeAsync("VOS-07", Unannotated);

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Summary.Should().Contain("TS7006: Parameter 'ctx' implicitly has an 'any' type");
        new RestateExecutionGrader().CodeRequestFor(EvalCatalog.Get("VOS-07")).Should().Contain("annotate handler contexts", "the request warns about it");
    }
}
