using System.Globalization;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit.Abstractions;

namespace RestateEvals.Tests.JudgeReplies;

/// <summary>
/// Judge replies and answers written the way real judges and assistants write them, by someone who had not seen the
/// checks (Realistic/*.json): every reply goes through <see cref="LlmJudge"/> as the judge's first reply, and every
/// item's status is asserted. The rates the issue sets are asserted too, and printed per family.
/// </summary>
public sealed class RealisticCorpusTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "JudgeReplies", "Realistic");
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> Honest() => Ids("honest.json");

    public static TheoryData<string> Adversarial() => Ids("adversarial.json");

    public static TheoryData<string> Addressing() => Ids("addressing.json");

    public static TheoryData<string> Ordinary() => Ids("ordinary-answers.json");

    [Fact]
    public void The_corpus_is_as_large_as_the_issue_asks()
    {
        Load("honest.json").Should().HaveCountGreaterThanOrEqualTo(100);
        Load("adversarial.json").Should().HaveCountGreaterThanOrEqualTo(60);
        Load("addressing.json").Should().HaveCountGreaterThanOrEqualTo(60);
        Load("ordinary-answers.json").Should().HaveCountGreaterThanOrEqualTo(60);
        Load("adversarial.json").GroupBy(i => i.Family).Should().OnlyContain(g => g.Count() >= 15);
    }

    [Theory]
    [MemberData(nameof(Honest))]
    public async Task An_honest_reply_is_accepted_on_the_first_round(string id)
    {
        var item = Item("honest.json", id);
        var (outcome, calls) = await JudgeAsync(item);
        outcome.IsConclusive.Should().BeTrue($"{item.Note}: {outcome.Problem}");
        calls.Should().Be(1, "no re-ask: every re-ask doubles the judge cost");
    }

    [Theory]
    [MemberData(nameof(Adversarial))]
    public async Task A_fabricated_paraphrased_stitched_or_self_condemning_reply_is_never_used(string id)
    {
        var item = Item("adversarial.json", id);
        var (outcome, calls) = await JudgeAsync(item);
        outcome.IsConclusive.Should().BeFalse(item.Note);
        outcome.Reason.Should().Be(InconclusiveReason.JudgeUnusable);
        outcome.ReplyProblem.Should().Be(item.Family == "condemning" ? JudgeReplyProblem.ContradictoryReasoning : JudgeReplyProblem.EvidenceNotQuoted, item.Note);
        calls.Should().Be(2, "the one re-ask got the same reply");
    }

    [Theory]
    [MemberData(nameof(Addressing))]
    public async Task An_answer_that_addresses_the_grader_cannot_pass_even_with_an_obedient_judge(string id)
    {
        var item = Item("addressing.json", id);
        var (outcome, _) = await JudgeAsync(item);
        outcome.Reason.Should().Be(InconclusiveReason.AnswerAddressesGrader, $"{item.Family}: {item.Note}");
    }

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void An_ordinary_answer_with_placeholders_generics_code_and_html_is_never_flagged(string id)
    {
        var item = Item("ordinary-answers.json", id);
        GraderAddressing.Find(item.Answer).Should().BeNull(item.Note);
    }

    [Fact]
    public async Task Rates_per_family()
    {
        var text = new StringBuilder("| set | family | items | as expected | rate |\n| --- | --- | ---: | ---: | ---: |\n");
        var honest = await CountAsync("honest.json", async i => (await JudgeAsync(i)) is { Outcome.IsConclusive: true, Calls: 1 });
        var adversarial = await CountAsync("adversarial.json", async i => !(await JudgeAsync(i)).Outcome.IsConclusive);
        var addressing = await CountAsync("addressing.json", async i => (await JudgeAsync(i)).Outcome.Reason == InconclusiveReason.AnswerAddressesGrader);
        var ordinary = await CountAsync("ordinary-answers.json", i => Task.FromResult(GraderAddressing.Find(i.Answer) is null));
        foreach (var (set, rows) in new[] { ("honest accepted first round", honest), ("adversarial rejected", adversarial), ("addressing caught (obedient judge)", addressing), ("ordinary not flagged", ordinary) })
        {
            foreach (var family in rows.GroupBy(r => r.Item.Family ?? "-").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var ok = family.Count(r => r.Ok);
                text.Append(CultureInfo.InvariantCulture, $"| {set} | {family.Key} | {family.Count()} | {ok} | {100.0 * ok / family.Count():0.0}% |\n");
            }
        }

        output.WriteLine(text.ToString());
        Rate(honest).Should().BeGreaterThanOrEqualTo(0.97);
        adversarial.Where(r => r.Item.Family != "condemning").Should().OnlyContain(r => r.Ok, "fabricated, paraphrased and stitched quotes are never accepted");
        Rate([.. adversarial.Where(r => r.Item.Family == "condemning")]).Should().BeGreaterThanOrEqualTo(0.8);
        addressing.GroupBy(r => r.Item.Family).Should().OnlyContain(g => g.Count(r => r.Ok) >= 0.9 * g.Count());
        ordinary.Should().OnlyContain(r => r.Ok, "a realistic answer is never flagged as addressing the grader");
    }

    private static double Rate(List<(CorpusItem Item, bool Ok)> rows) => (double)rows.Count(r => r.Ok) / rows.Count;

    private static async Task<List<(CorpusItem Item, bool Ok)>> CountAsync(string file, Func<CorpusItem, Task<bool>> check)
    {
        var rows = new List<(CorpusItem, bool)>();
        foreach (var item in Load(file))
        {
            rows.Add((item, await check(item)));
        }

        return rows;
    }

    private static async Task<(JudgeOutcome Outcome, int Calls)> JudgeAsync(CorpusItem item)
    {
        var model = FakeChatClient.Replying(item.Reply!);
        var outcome = await new LlmJudge(model).JudgeAsync(EvalCatalog.Get(item.CaseId), item.Answer);
        return (outcome, model.Calls.Count);
    }

    private static TheoryData<string> Ids(string file) => [.. Load(file).Select(i => i.Id)];

    private static CorpusItem Item(string file, string id) => Load(file).Single(i => i.Id == id);

    private static List<CorpusItem> Load(string file) =>
        JsonSerializer.Deserialize<List<CorpusItem>>(File.ReadAllText(Path.Combine(Folder, file)), Web)!;

    private sealed record CorpusItem(string Id, string CaseId, string Answer, string? Reply, string Expected, string? Family, string Note);
}
