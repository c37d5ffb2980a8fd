using FluentAssertions;
using RestateEvals;

namespace RestateEvals.Tests;

/// <summary>A team's own case files: read, validated with errors that name the file and the field, graded like the shipped cases.</summary>
public sealed class OwnCaseFileTests : IDisposable
{
    private static readonly string TeamCase = Path.Combine(Repository(), "tests", "RestateEvals.OwnCases.Tests", "Cases", "TEAM-01.json");
    private readonly TempDirectory _temp = new("own-cases");

    public OwnCaseFileTests() => Directory.CreateDirectory(_temp.Path);

    public void Dispose() => _temp.Dispose();

    private static string Repository([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    private string Write(string name, Func<string, string> change)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, change(File.ReadAllText(TeamCase)));
        return path;
    }

    [Fact]
    public async Task A_case_file_becomes_a_row_and_is_graded_like_a_shipped_case()
    {
        var path = Write("OWN-OK.json", json => json.Replace("\"TEAM-01\"", "\"OWN-OK\"", StringComparison.Ordinal));
        var row = EvalCaseRow.FromFile(path);
        row.ToString().Should().Be("OWN-OK Where to keep a per-customer rate limit");
        row.Case.Severity.Should().Be(Severity.Low);
        EvalCatalog.Get("OWN-OK").Should().BeSameAs(row.Case);

        (await new EvalRunner(new ReferenceAnswerChatClient(), new ReferenceAnswerJudge()).RunAsync(row.Case)).Verdict.Passed.Should().BeTrue();
        (await new EvalRunner(new ReferenceAnswerChatClient(flawed: true), new ReferenceAnswerJudge()).RunAsync(row.Case)).Verdict.Status.Should().Be(VerdictStatus.Failed);
    }

    [Theory]
    [InlineData("\"title\": \"Where to keep a per-customer rate limit\",", "", "missing required properties including: 'title'")]
    [InlineData("\"severity\": \"Low\"", "\"severity\": \"Urgent\"", "$.severity")]
    [InlineData("\"3\": \"Restate state, but not clearly keyed per customer.\",", "", "criterion 'object-per-customer' has no anchor for score 3")]
    [InlineData("\"id\": \"state-api\"", "\"id\": \"one-at-a-time\"", "criterion ids are not unique")]
    [InlineData("\"evidence\": [ \"ctx\\\\.get\", \"ctx\\\\.set\" ]", "\"evidence\": [ \"ctx\\\\.get(\" ]", "criterion 'state-api' has an invalid pattern")]
    [InlineData("\"input\":", "\"input\" ", "not a valid case file")]
    public void A_validation_error_names_the_file_and_the_field(string from, string to, string expected)
    {
        var path = Write($"BAD-{Guid.NewGuid():N}.json", json => json.Replace("\"TEAM-01\"", "\"BAD-X\"", StringComparison.Ordinal).Replace(from, to, StringComparison.Ordinal));
        File.ReadAllText(path).Should().NotBe(File.ReadAllText(TeamCase).Replace("\"TEAM-01\"", "\"BAD-X\"", StringComparison.Ordinal), "the edit applied");
        var act = () => EvalCaseRow.FromFile(path);
        act.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith(path + ": ").And.Contain(expected);
    }

    [Fact]
    public void Ids_must_be_new_and_files_must_exist()
    {
        var shipped = Write("SHIPPED.json", json => json.Replace("\"TEAM-01\"", "\"VOS-01\"", StringComparison.Ordinal));
        var act = () => EvalCatalog.LoadFile(shipped);
        act.Should().Throw<InvalidDataException>().WithMessage($"{shipped}: id 'VOS-01' is a shipped case; give your case its own id.");

        var first = Write("DUP-A.json", json => json.Replace("\"TEAM-01\"", "\"DUP-1\"", StringComparison.Ordinal));
        var second = Write("DUP-B.json", json => json.Replace("\"TEAM-01\"", "\"DUP-1\"", StringComparison.Ordinal));
        EvalCatalog.LoadFile(first).Id.Should().Be("DUP-1");
        EvalCatalog.LoadFile(first).Should().BeSameAs(EvalCatalog.LoadFile(first));
        var duplicate = () => EvalCatalog.LoadFile(second);
        duplicate.Should().Throw<InvalidDataException>().WithMessage($"{second}: id 'DUP-1' is already used by {first}.");

        var missing = () => EvalCatalog.LoadFile(Path.Combine(_temp.Path, "nope.json"));
        missing.Should().Throw<InvalidDataException>().WithMessage("*nope.json: case file not found.");
    }
}
