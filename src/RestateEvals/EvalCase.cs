namespace RestateEvals;

/// <summary>One evaluation scenario: what the user asks, what an ideal answer does, and how it is scored.</summary>
public sealed record EvalCase
{
    /// <summary>Stable id, e.g. <c>VOS-01</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Short human title shown in test explorers and reports.</summary>
    public required string Title { get; init; }

    /// <summary>How harmful the wrong advice is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The user's message sent to the agent.</summary>
    public required string Input { get; init; }

    /// <summary>What an ideal answer does; shown to the judge and in failure messages.</summary>
    public required string IdealBehavior { get; init; }

    /// <summary>The rubric: 3 to 5 criteria.</summary>
    public required IReadOnlyList<Criterion> Criteria { get; init; }

    /// <summary>Documentation and source links backing the ideal behaviour.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Names of the tests in <c>tests/RestateEvals.GroundTruth</c> that demonstrate the ideal behaviour's claims on a real Restate server (<c>GroundTruthTests.Method</c>).</summary>
    public IReadOnlyList<string> GroundTruthTests { get; init; } = [];

    /// <summary>Answers that must pass the rubric; used for calibration and offline runs.</summary>
    public IReadOnlyList<string> GoodAnswers { get; init; } = [];

    /// <summary>Answers with a known flaw that must fail the rubric; used for calibration.</summary>
    public IReadOnlyList<string> FlawedAnswers { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title}";
}
