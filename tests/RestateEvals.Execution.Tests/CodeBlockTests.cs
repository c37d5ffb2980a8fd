using FluentAssertions;
using RestateEvals.Execution;
using Xunit;

namespace RestateEvals.Execution.Tests;

/// <summary>Which code block of a reply is the module: the TypeScript block that defines the contracted export, never a log or shell block, and never a guess between two.</summary>
public sealed class CodeBlockTests
{
    private const string Module = """
        import * as restate from "@restatedev/restate-sdk";

        const cart = restate.object({
          name: "cart",
          handlers: {
            reserveItem: async (ctx: restate.ObjectContext): Promise<number> => {
              const inventory = (await ctx.get<number>("inventory")) ?? 0;
              ctx.set("inventory", inventory - 1);
              return inventory - 1;
            },
          },
        });

        export { cart };
        """;

    [Fact]
    public void The_only_code_block_is_the_module()
    {
        CodeBlocks.Extract("Here:\n\n```ts\nexport const cart = 1;\n```\nDone.", "cart").Code.Should().Be("export const cart = 1;");
        CodeBlocks.Extract("~~~typescript\nexport const cart = 2;\n~~~", "cart").Code.Should().Be("export const cart = 2;");
    }

    [Fact]
    public void A_module_exporting_at_the_end_is_chosen_over_a_longer_unlabelled_log_block()
    {
        // The regression: the old rule ("the last block exporting `export const cart`, else the longest") ran the log.
        var log = string.Join("\n", Enumerable.Range(1, 60).Select(i => $"[restate] 2025-01-0{i % 9 + 1}T10:00:00Z INFO cart/reserveItem inv_{i:000} completed, inventory {100 - i}"));
        var reply = $"Here is the fixed module:\n\n```ts\n{Module}\n```\n\nRunning it, the server logs:\n\n```\n{log}\n```\n";

        var extraction = CodeBlocks.Extract(reply, "cart");

        extraction.Problem.Should().BeNull();
        extraction.Code.Should().Be(Module);
    }

    [Theory]
    [InlineData("export const cart = restate.object({ name: \"cart\", handlers: {} });")]
    [InlineData("export let cart = make();")]
    [InlineData("const cart = make();\nexport { cart };")]
    [InlineData("const c = make();\nexport { c as cart };")]
    [InlineData("const c = make(), other = 1;\nexport {\n  other,\n  c as cart,\n};")]
    [InlineData("const c = make();\nexport { c as \"cart\" };")]
    [InlineData("export function cart() { return 1; }")]
    [InlineData("export class cart {}")]
    [InlineData("export { cart } from \"./cart\";")]
    public void Every_form_of_the_export_counts(string code)
    {
        CodeBlocks.Defines(code, "cart").Should().BeTrue(code);
        var reply = $"```ts\n{code}\n```\n```ts\nexport const other = 1;\n```";
        CodeBlocks.Extract(reply, "cart").Code.Should().Be(code);
    }

    [Theory]
    [InlineData("export const carts = 1;")]
    [InlineData("export const shoppingcart = 1;")]
    [InlineData("// export const cart = 1;\nexport const other = 2;")]
    [InlineData("/* export { cart }; */ export const other = 2;")]
    [InlineData("export type { cart };")]
    [InlineData("export { type cart };")]
    [InlineData("export { cart as other };")]
    [InlineData("const s = \"x\"; export default cart;")]
    public void Lookalikes_do_not_count(string code) =>
        CodeBlocks.Defines(code, "cart").Should().BeFalse(code);

    [Fact]
    public void Two_different_blocks_that_define_the_export_are_inconclusive_not_the_last_one()
    {
        var reply = "```bash\nnpm i\n```\n```ts\nconst helper = 1;\n```\n```ts\nexport const cart = 'first';\n```\n```ts\nexport const cart = 'final';\n```";

        var extraction = CodeBlocks.Extract(reply, "cart");

        extraction.Code.Should().BeNull();
        extraction.Problem.Should().Be("The reply has 2 different TypeScript code blocks that each define `cart`, so which one is the module is ambiguous; nothing was run.");
    }

    [Fact]
    public void The_same_module_written_twice_is_one_module()
    {
        var reply = $"```ts\n{Module}\n```\nAgain, for copying:\n```typescript\n{Module}  \n```";
        CodeBlocks.Extract(reply, "cart").Code.Should().Be(Module);
    }

    [Fact]
    public void Only_the_block_that_defines_the_export_is_the_module_beside_other_typescript()
    {
        var usage = "import { cart } from \"./cart\";\nconst client = clients.connect({ url: \"http://localhost:8080\" });\nawait client.objectClient(cart, \"k\").reserveItem();";
        var reply = $"```ts\n{usage}\n```\n```\n{Module}\n```";
        CodeBlocks.Extract(reply, "cart").Code.Should().Be(Module, "an unlabelled block that reads as a module is a candidate; the usage example defines no `cart`");
    }

    [Theory]
    [InlineData("bash")]
    [InlineData("sh")]
    [InlineData("shell")]
    [InlineData("console")]
    [InlineData("log")]
    [InlineData("json")]
    [InlineData("text")]
    [InlineData("diff")]
    public void Blocks_in_other_languages_are_never_the_module(string language) =>
        CodeBlocks.Extract($"```{language}\nexport const cart = 1;\n```", "cart").Problem.Should().Be(CodeBlocks.NoBlock);

    [Fact]
    public void An_unlabelled_block_is_a_candidate_only_when_it_reads_as_a_module()
    {
        CodeBlocks.Extract("```\nexport OPENAI_API_KEY=abc\nnpm run start\n```", "cart").Problem.Should().Be(CodeBlocks.NoBlock, "a shell's export is not an export statement");
        CodeBlocks.Extract("```\n$ curl localhost:8080/cart/a/reserveItem\n99\n```", "cart").Problem.Should().Be(CodeBlocks.NoBlock);
        CodeBlocks.Extract($"```\n{Module}\n```", "cart").Code.Should().Be(Module);
    }

    [Fact]
    public void A_single_typescript_block_is_run_even_without_the_export_so_the_failure_says_what_it_lacks()
    {
        CodeBlocks.Extract("```ts\nexport const basket = 1;\n```", "cart").Code.Should().Be("export const basket = 1;");
    }

    [Fact]
    public void Several_typescript_blocks_none_defining_the_export_are_inconclusive()
    {
        var extraction = CodeBlocks.Extract("```ts\nexport const basket = 1;\n```\n```ts\nexport const trolley = 2;\n```", "cart");
        extraction.Code.Should().BeNull();
        extraction.Problem.Should().Contain("2 TypeScript code blocks and none of them defines `cart`");
    }

    [Theory]
    [InlineData("No code here, just advice.")]
    [InlineData("```bash\nrestate deployments register\n```")]
    [InlineData("```ts\n\n```")]
    public void A_reply_without_a_typescript_block_has_no_module(string reply) =>
        CodeBlocks.Extract(reply, "cart").Should().Be(CodeExtraction.None(CodeBlocks.NoBlock));
}
