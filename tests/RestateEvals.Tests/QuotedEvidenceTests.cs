using FluentAssertions;

namespace RestateEvals.Tests;

/// <summary><see cref="QuotedEvidence"/>: genuine quotes match through markdown, entities, Unicode and reordering; stitched, invented, truncated-word and negation-dropping quotes do not.</summary>
public sealed class QuotedEvidenceTests
{
    internal const string Answer = """
        **No — it isn't a race.** Restate runs *exclusive* handlers on a virtual object one at a time per key, so two `decrement` calls on the same key never interleave.

        ## Why the balance goes negative

        The write never lands: shared handlers are read-only, so every `ctx.set("balance", n)` in `getBalance` fails with RT0017 (a terminal error) and the invocation is retried… until you fix the code.

        - Move the write into an exclusive handler such as `decrement`.
        - Drop the application-level mutex; it is not needed because Restate serializes exclusive handlers per key.
        - Keep the __sys_inbox__ table untouched: it is internal.

        1. Deploy the fix with `restate deployments register --force`.
        2. Resume the stuck invocation with `restate invocations resume <id> --deployment latest`.

        > Note: a lock around the handler would not help, and Restate does not serialize shared handlers.

        See [the Restate docs](https://docs.restate.dev/concepts/services) for details. A Map&lt;string, number&gt; in state is fine, and idem&shy;potent retries are safe.

        ```ts
        const balance = (await ctx.get<number>("balance")) ?? 0;
        ctx.set("balance", balance - amount);
        ```
        """;

    public static TheoryData<string> Quoted =>
    [
        "it isn't a race",
        "It isn’t a race.",
        "IT ISN'T   A RACE",
        "\"No - it isn't a race.\"",
        "**No — it isn't a race.**",
        "Restate runs exclusive handlers on a virtual object one at a time per key",
        "Restate runs *exclusive* handlers on a virtual object",
        "two decrement calls on the same key never interleave",
        "two `decrement` calls on the same key never interleave",
        "Why the balance goes negative",
        "## Why the balance goes negative",
        "shared handlers are read-only",
        "shared handlers are read–only",
        "every ctx.set(balance, n) in getBalance fails with RT0017",
        "every `ctx.set(\"balance\", n)` in `getBalance` fails with RT0017",
        "the invocation is retried… until you fix the code",
        "the invocation is retried... until you fix the code",
        "Move the write into an exclusive handler such as decrement.",
        "- Move the write into an exclusive handler such as `decrement`.",
        "Drop the application-level mutex; it is not needed",
        "it is not needed because Restate serializes exclusive handlers per key",
        "Restate serializes exclusive handlers per key",
        "Keep the sys_inbox table untouched",
        "sys_inbox",
        "Deploy the fix with restate deployments register --force",
        "1. Deploy the fix with `restate deployments register --force`.",
        "Resume the stuck invocation with restate invocations resume <id> --deployment latest",
        "--deployment",
        "RT0017",
        "getBalance",
        "ctx.set",
        "Note: a lock around the handler would not help",
        "> Note: a lock around the handler would not help",
        "Restate does not serialize shared handlers",
        "See the Restate docs for details",
        "See [the Restate docs](https://docs.restate.dev/concepts/services) for details",
        "A Map<string, number> in state is fine",
        "idempotent retries are safe",
        "const balance = (await ctx.get<number>(balance)) ?? 0;",
        "ctx.set(\"balance\", balance - amount);",
        "it isn't a race … shared handlers are read-only",
        "shared handlers are read-only … it isn't a race",
        "RT0017 … Restate runs exclusive handlers on a virtual object",
        "the write never lands ... every ctx.set ... fails with RT0017",
        "[…] shared handlers are read-only, so every ctx.set",
        "ｓｈａｒｅｄ ｈａｎｄｌｅｒｓ ａｒｅ ｒｅａｄ-ｏｎｌｙ",
        "shared hand\u200Blers are read\u00AD-only",
        "shared handlers are read-only, so every ctx.set(balance, n) in getBalance fails",
        "Shared handlers are read-only.",
    ];

    public static TheoryData<string> NotQuoted =>
    [
        "",
        "   ",
        "…",
        "...",
        "race",
        "shared handlers",
        "Restate … serialize … handlers per key",
        "race … key … handlers",
        "it isn't … a race",
        "shared handlers … every ctx.set",
        "andlers are read-only",
        "hared handlers are read-only",
        "shared handlers can write state",
        "exclusive handlers are read-only",
        "serialize shared handlers",
        "Restate serializes shared handlers",
        "a lock around the handler would help",
        "a lock around the handler",
        "it is needed because Restate serializes exclusive handlers per key",
        "Restate runs exclusive handlers … a mutex is required",
        "RT0018",
        "getbalanc3",
        "the invocation is retried forever",
        "ctx.clear",
    ];

    [Theory]
    [MemberData(nameof(Quoted))]
    public void Genuine_quotes_match_after_normalising_both_sides(string evidence)
    {
        QuotedEvidence.IsQuotedFrom(evidence, Answer).Should().BeTrue(evidence);
        QuotedEvidence.For(Answer).IsQuoted(evidence).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(NotQuoted))]
    public void Stitched_invented_or_meaningless_evidence_is_not_a_quote(string evidence)
    {
        QuotedEvidence.IsQuotedFrom(evidence, Answer).Should().BeFalse(evidence);
    }

    [Theory]
    [InlineData("serialize exclusive handlers per key", false)]
    [InlineData("exclusive handlers per key", false)]
    [InlineData("does not serialize exclusive handlers per key", true)]
    [InlineData("Restate does not serialize exclusive handlers per key", true)]
    [InlineData("Restate doesn't serialize … exclusive handlers per key", false)]
    public void A_fragment_may_not_leave_out_the_negation_of_its_clause(string evidence, bool quoted)
    {
        QuotedEvidence.IsQuotedFrom(evidence, "Restate does not serialize exclusive handlers per key.").Should().Be(quoted, evidence);
    }

    [Theory]
    [InlineData("A mutex is never needed for this.", "a mutex is never needed for this", true)]
    [InlineData("A mutex is never needed for this.", "needed for this", false)]
    [InlineData("A mutex around the handler is not needed.", "a mutex around the handler", false)]
    [InlineData("Restate serializes handlers per key and does not need a lock.", "Restate serializes handlers per key", true)]
    [InlineData("No, Restate serializes handlers per key.", "Restate serializes handlers per key", true)]
    [InlineData("You don't need a mutex because Restate serializes handlers per key.", "Restate serializes handlers per key", true)]
    [InlineData("You don't need a mutex because Restate serializes handlers per key.", "need a mutex because", false)]
    [InlineData("There is no need to cancel the invocation.", "need to cancel the invocation", false)]
    [InlineData("Never kill the invocation.\nKill the invocation only as a last resort.", "kill the invocation only", true)]
    [InlineData("Do not kill the invocation. Later, kill the invocation if it is stuck.", "kill the invocation if it is stuck", true)]
    [InlineData("Do not kill the invocation. Later, kill the invocation if it is stuck.", "kill the invocation", true)]
    [InlineData("Do not kill the invocation.", "kill the invocation", false)]
    public void Negation_is_read_per_clause_and_any_acceptable_occurrence_counts(string answer, string evidence, bool quoted)
    {
        QuotedEvidence.IsQuotedFrom(evidence, answer).Should().Be(quoted, $"'{evidence}' in '{answer}'");
    }

    [Fact]
    public void The_answers_own_ellipsis_stays_quotable_and_markdown_identifiers_keep_their_underscores()
    {
        QuotedEvidence.IsQuotedFrom("wait… then retry the call", "Wait… then retry the call once the deployment is registered.").Should().BeTrue();
        QuotedEvidence.IsQuotedFrom("wait... then retry the call", "Wait… then retry the call once the deployment is registered.").Should().BeTrue();
        QuotedEvidence.IsQuotedFrom("snake_case_name", "Use `snake_case_name` for the handler.").Should().BeTrue();
        QuotedEvidence.IsQuotedFrom("snakecasename", "Use `snake_case_name` for the handler.").Should().BeFalse();
        QuotedEvidence.IsQuotedFrom("the __important__ part is the key", "The **important** part is the key.").Should().BeTrue();
        QuotedEvidence.IsQuotedFrom("~~keep the lock~~ drop the lock", "~~Keep the lock~~ Drop the lock.").Should().BeTrue();
        QuotedEvidence.IsQuotedFrom("keep ~/.restate intact please", "Keep ~/.restate intact please.").Should().BeTrue();
    }

    [Fact]
    public void Invalid_utf16_on_either_side_never_throws()
    {
        var answer = "Shared handlers \uD800are read-only\uDC00, so every write fails \uFFFE\uFFFF.";
        var act = () => QuotedEvidence.IsQuotedFrom("shared handlers \uDBFF are read-only", answer);
        act.Should().NotThrow();
        QuotedEvidence.IsQuotedFrom("so every write fails", answer).Should().BeTrue();
        QuotedEvidence.IsQuotedFrom("\uD800\uD800\uD800", answer).Should().BeFalse();
        QuotedEvidence.IsQuotedFrom("&#xD800; shared handlers are", answer).Should().BeFalse();
    }

    [Fact]
    public void Every_sentence_of_every_reference_answer_is_quotable()
    {
        var answers = EvalCatalog.All.SelectMany(c => c.GoodAnswers.Concat(c.FlawedAnswers)).ToList();
        var checkedSentences = 0;
        foreach (var answer in answers)
        {
            var quotable = QuotedEvidence.For(answer);
            foreach (var line in answer.Split('\n'))
            {
                foreach (var sentence in line.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)) < 3 || sentence.StartsWith("```", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    quotable.IsQuoted(sentence).Should().BeTrue($"'{sentence}' is a sentence of the answer");
                    checkedSentences++;
                }
            }

            quotable.IsQuoted(JudgeJson.Quote(answer)).Should().BeTrue("the answer's opening");
        }

        checkedSentences.Should().BeGreaterThan(50);
    }
}
