using FluentAssertions;

namespace RestateEvals.Tests;

/// <summary>
/// <see cref="ContradictoryReasoning"/> on hand-written judge reasonings: a passing score whose reasoning condemns the
/// answer itself is found; reasonings that call a detail, an example or someone else's claim wrong are not.
/// </summary>
public sealed class ContradictoryReasoningTests
{
    public static TheoryData<string> Condemning =>
    [
        "The answer is wrong: it calls this a race.",
        "This answer is incorrect about shared handlers.",
        "The response is misleading and blames a race.",
        "It gives wrong advice about where to write state.",
        "It recommends a dangerous fix.",
        "Despite the wording, this should fail.",
        "A wrong answer overall.",
        "The answer is factually false about RT0017.",
        "The advice is not correct: shared handlers cannot write state.",
        "It fails this criterion because it never mentions the single-writer guarantee.",
        "The answer does not meet this criterion.",
        "Answer: incorrect.",
        "Verdict: fail. The answer keeps the mutex.",
        "It gets this backwards: exclusive handlers are the ones that can write.",
        "The answer is just wrong about retries.",
        "This should not pass.",
        "The response should be failed for recommending a Redis lock.",
        "Score should be 1.",
        "It deserves a 2 at most.",
        "The answer's diagnosis is wrong; there is no race.",
        "Its central claim is mistaken.",
        "The reply is inaccurate and would lose writes.",
        "The answer is flawed, since it keeps the lock.",
        "The advice is dangerous: killing the invocation drops its journal.",
        "The answer isn't correct about cancellation.",
        "Overall, it is wrong.",
        "The response seems wrong about the deployment flag.",
        "The recommendation is simply incorrect.",
        "The answer gets it wrong: the sleep holds the key for its whole duration.",
        "The answer says shared handlers can write state, which is wrong.",
        "It does not satisfy this criterion at all.",
        "This answer should fail the criterion.",
        "The score should be 2, not 5.",
        "The answer is plainly wrong, and following it would lose data.",
        "The proposed fix is wrong.",
        "Your answer is wrong about RT0017.",
        "It is wrong.",
        "This is just wrong.",
        "The answer is mistaken about how Restate retries invocations.",
        "Mentions the CLI. However, the answer is incorrect about what cancel does.",
        "It deserves a 1/2 on this item.",
        "The answer should not pass this criterion.",
        "Die Antwort ist falsch: Es gibt kein Race.",
        "Die Antwort ist nicht korrekt.",
        "Antwort: falsch.",
        "La réponse est incorrecte : il n'y a pas de course.",
        "La réponse est fausse.",
        "La respuesta es incorrecta porque mantiene el mutex.",
        "Respuesta: incorrecta.",
        "La risposta è sbagliata.",
        "La risposta è errata e fuorviante.",
    ];

    public static TheoryData<string> NotCondemning =>
    [
        "Its example path would fail, but the core advice is right.",
        "The example command would fail because the key is missing a slash, a minor detail.",
        "The teammate's claim is wrong, as the answer says.",
        "Correctly says the mutex is wrong.",
        "Explains why a lock would be wrong here.",
        "Rejects the wrong idea that shared handlers can write.",
        "The user's race diagnosis is incorrect and the answer says so.",
        "The answer is correct: shared handlers cannot write state.",
        "Nothing in the answer is wrong.",
        "The answer is not wrong to drop the mutex.",
        "It would be wrong to add a lock, and the answer says so.",
        "An answer that recommended a Redis lock would fail this criterion; this one does not.",
        "The answer correctly calls the teammate's plan dangerous.",
        "The answer explains why the naive fix is wrong.",
        "The answer says the old advice is incorrect, which is right.",
        "The user thinks the answer is wrong, but it is right.",
        "Is the answer wrong? No, it is correct.",
        "No part of the response is misleading.",
        "The answer would be wrong if it kept the mutex, but it removes it.",
        "The answer warns that the Redis lock is dangerous.",
        "A naive fix (adding a lock) is wrong; the answer avoids it.",
        "The answer points out that the teammate's mutex is unnecessary and wrong.",
        "The answer is slightly inaccurate about the flag name, a minor detail.",
        "It is incorrect that shared handlers can write, as the answer explains.",
        "The question's premise is false, and the answer corrects it.",
        "The answer identifies the wrong assumption: there is no race.",
        "The answer flags the misleading log message.",
        "It does not fail this criterion.",
        "The answer never gives wrong advice.",
        "Unlike the teammate's suggestion, which is dangerous, the answer keeps state in Restate.",
        "The answer says the mutex is wrong, which is correct.",
        "The teammate gets it backwards; the answer sets it straight.",
        "The answer is right that a lock would be wrong here.",
        "Shared handlers that write would fail with RT0017, which the answer explains.",
        "If the answer had recommended a lock, it would be wrong.",
        "The answer is partially incorrect only in its example path, which is a minor detail.",
        "The user's proposed fix is wrong, and the answer says why.",
        "The deployment command in the answer would fail without --force, but the diagnosis is right.",
        "Nothing the answer recommends is dangerous.",
        "Calling this a race is wrong, and the answer says so.",
        "The answer is correct; the blog post it cites is wrong.",
        "The response rightly says the old approach is incorrect.",
        "It deserves a 5: the answer removes the mutex and explains the per-key queue.",
        "The score should be 5.",
        "A call to a shared handler that writes should fail with RT0017, and the answer says so.",
        "Verdict: pass. The answer is correct.",
        "The answer is not incorrect, just terse.",
        "The answer isn't wrong about retries.",
        "Die Antwort ist richtig; die Annahme des Kollegen ist falsch.",
        "La réponse est correcte ; l'hypothèse de l'utilisateur est fausse.",
        "La respuesta es correcta y explica por qué el mutex es incorrecto.",
        "La risposta è corretta: l'idea del collega è sbagliata.",
    ];

    [Fact]
    public void The_corpus_is_large_enough()
    {
        Condemning.Should().HaveCountGreaterThanOrEqualTo(40);
        NotCondemning.Should().HaveCountGreaterThanOrEqualTo(40);
    }

    [Theory]
    [MemberData(nameof(Condemning))]
    public void Reasoning_that_condemns_the_answer_contradicts_a_passing_score(string reasoning)
    {
        ContradictoryReasoning.Find(5, reasoning).Should().NotBeNullOrWhiteSpace(reasoning);
        ContradictoryReasoning.Find(4, reasoning).Should().NotBeNullOrWhiteSpace(reasoning);
        ContradictoryReasoning.Find(3, reasoning).Should().BeNull("a failing score agrees with a condemning reasoning");
    }

    [Theory]
    [MemberData(nameof(NotCondemning))]
    public void Reasoning_about_details_or_other_claims_does_not(string reasoning)
    {
        ContradictoryReasoning.Find(5, reasoning).Should().BeNull(reasoning);
    }

    [Theory]
    [InlineData("Mentions the CLI. The answer is wrong about cancel.", "The answer is wrong")]
    [InlineData("Antwort: falsch.", "Antwort: falsch")]
    [InlineData("The answer is mistaken \uD800 about retries.", "The answer is mistaken")]
    public void The_passage_is_quoted_from_the_reasoning(string reasoning, string passage)
    {
        ContradictoryReasoning.Find(5, reasoning).Should().Be(passage);
    }
}
