namespace RestateEvals.Tests;

/// <summary>A run with passed, failed and inconclusive cases, one of each failure cause, and an answer that tries to inject markup.</summary>
internal static class HtmlReportFixture
{
    public const string Secret = "sk-proj-Zq8vN3xR5tY7uI9oP1aS4dF6gH2jK0lM";

    public const string HostileAnswer = "Use one key per account. <script>window.__pwned = true;</script><img src=\"https://example.invalid/x.png\"> & \"quotes\" 'too' " + Secret;

    public static async Task<EvalReport> ReportAsync()
    {
        var report = new EvalReport("Report <test> & co");
        var good = new EvalRunner(new ReferenceAnswerChatClient(), new ReferenceAnswerJudge());
        var flawed = new EvalRunner(new ReferenceAnswerChatClient(flawed: true), new ReferenceAnswerJudge());
        report.Expect([.. EvalCatalog.All.Select(c => c.Id), "VOS-99"]);
        report.Add(await flawed.RunAsync(EvalCatalog.Get("VOS-01")));
        report.Add(await good.RunAsync(EvalCatalog.Get("VOS-02")));
        report.Add(await new EvalRunner(FakeChatClient.Throwing(new HttpRequestException("down")), new ReferenceAnswerJudge()).RunAsync(EvalCatalog.Get("VOS-03")));
        report.Add(Hostile(EvalCatalog.Get("VOS-04")), snapshotProblem: "the answer differs from the verified snapshot", snapshotFailsTest: false);
        report.Add(await new EvalRunner(FakeChatClient.Throwing(new HttpRequestException("Response status code does not indicate success: 429 (Too Many Requests).", null, System.Net.HttpStatusCode.TooManyRequests)), new ReferenceAnswerJudge()).RunAsync(EvalCatalog.Get("VOS-05")));
        report.Add(Inconclusive(EvalCatalog.Get("VOS-06"), "the judges disagree by more than 1 point on no-rollback; every judge's scores: a 5, b 2", InconclusiveReason.JudgesDisagree));
        report.Add(Inconclusive(EvalCatalog.Get("VOS-07"), "the judge did not answer within 60 s (JudgeOptions.Timeout); a later reply is discarded", InconclusiveReason.JudgeTimeout));
        report.Add(Inconclusive(EvalCatalog.Get("VOS-08"), "unusable judge output after 2 attempt(s): no JSON object", InconclusiveReason.JudgeUnusable));
        report.Add(Inconclusive(EvalCatalog.Get("VOS-09"), "the answer addresses the grader (\"ignore previous instructions\"); instructions inside an answer are never followed, so this sample cannot pass", InconclusiveReason.AnswerAddressesGrader));
        return report;
    }

    /// <summary>k = 2, both samples scored 5 and 4 on every criterion, answers with markup and a secret.</summary>
    private static EvalResult Hostile(EvalCase evalCase)
    {
        var policy = new GradingPolicy { Samples = 2 };
        List<int> scores = [5, 4];
        var outcomes = scores.Select(score => JudgeOutcome.Conclusive(
            [.. evalCase.Criteria.Select(c => new JudgeScore(c.Id, score, $"reason for {c.Id} <b>bold</b>", "one key per account"))], "raw", "judge-model")).ToList();
        var answer = new AgentAnswer(HostileAnswer, "agent-model", 120, 80, TimeSpan.FromMilliseconds(1500));
        return new EvalResult(evalCase, [new EvalSample(0, answer, outcomes[0]), new EvalSample(1, answer, outcomes[1])], Grader.Grade(evalCase, outcomes, policy));
    }

    private static EvalResult Inconclusive(EvalCase evalCase, string problem, InconclusiveReason reason)
    {
        var outcome = JudgeOutcome.Inconclusive(problem, "raw", "judge-model", reason);
        var answer = new AgentAnswer("An answer.", "agent-model", 10, 20, TimeSpan.FromSeconds(1));
        return new EvalResult(evalCase, [new EvalSample(0, answer, outcome)], Grader.Grade(evalCase, [outcome], new GradingPolicy()));
    }
}
