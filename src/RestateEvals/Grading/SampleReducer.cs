using System.Globalization;

namespace RestateEvals;

/// <summary>
/// Turns the per-sample verdicts of a case graded with k &gt; 1 samples (<see cref="GradingPolicy.Samples"/>) into the
/// case verdict. Each sample is graded on its own by the rule (mean of its criterion scores &gt;=
/// <see cref="GradingPolicy.MinimumMean"/>, none below <see cref="GradingPolicy.MinimumCriterionScore"/>); the reducer
/// then decides: <see cref="AllSamplesPass"/> (the default), <see cref="Majority"/>, <see cref="AtLeast"/> or
/// <see cref="MeanOfScores"/>.
/// </summary>
public sealed record SampleReducer
{
    private SampleReducer(SampleReducerKind kind, int? minimumPasses)
    {
        Kind = kind;
        MinimumPasses = minimumPasses;
    }

    /// <summary>Every sample must pass (pass^k). The default: one bad answer in k fails the case.</summary>
    public static SampleReducer AllSamplesPass { get; } = new(SampleReducerKind.AllSamplesPass, null);

    /// <summary>More than half of the samples must pass. A tie is not a majority: 1 of 2 or 2 of 4 fails.</summary>
    public static SampleReducer Majority { get; } = new(SampleReducerKind.Majority, null);

    /// <summary>
    /// Each criterion scores its mean over the samples, and the rule is applied to those means (the behaviour before
    /// per-sample grading): [5,5,5,5] and [1,1,5,5] average to [3,3,5,5] and pass.
    /// </summary>
    public static SampleReducer MeanOfScores { get; } = new(SampleReducerKind.MeanOfScores, null);

    /// <summary>Which rule this is.</summary>
    public SampleReducerKind Kind { get; }

    /// <summary>For <see cref="SampleReducerKind.AtLeast"/>, how many samples must pass; <see langword="null"/> otherwise.</summary>
    public int? MinimumPasses { get; }

    /// <summary>
    /// At least <paramref name="minimumPasses"/> samples must pass (1 &lt;= m &lt;= <see cref="GradingPolicy.Samples"/>,
    /// checked by <see cref="GradingPolicy.Validate"/>). When fewer samples than m are graded (a single answer graded by
    /// <see cref="RubricEvaluator"/>), all of them must pass.
    /// </summary>
    public static SampleReducer AtLeast(int minimumPasses) => minimumPasses >= 1
        ? new(SampleReducerKind.AtLeast, minimumPasses)
        : throw new ArgumentOutOfRangeException(nameof(minimumPasses), minimumPasses, "SampleReducer.AtLeast needs at least 1 passing sample.");

    /// <summary>How many of <paramref name="counted"/> samples must pass; <see langword="null"/> for <see cref="MeanOfScores"/>.</summary>
    /// <param name="counted">Samples that count (all of them, or the conclusive ones when inconclusive samples are ignored).</param>
    /// <param name="graded">Samples graded, inconclusive ones included.</param>
    internal int? RequiredPasses(int counted, int graded) => Kind switch
    {
        SampleReducerKind.AllSamplesPass => counted,
        SampleReducerKind.Majority => (counted / 2) + 1,
        SampleReducerKind.AtLeast => Math.Min(MinimumPasses!.Value, graded),
        _ => null,
    };

    /// <summary>The rule for k samples in words, e.g. <c>all 3 samples must pass</c>.</summary>
    internal string Describe(int samples) => Kind switch
    {
        SampleReducerKind.AllSamplesPass => string.Create(CultureInfo.InvariantCulture, $"all {samples} samples must pass"),
        SampleReducerKind.Majority => string.Create(CultureInfo.InvariantCulture, $"a majority of {samples} samples must pass"),
        SampleReducerKind.AtLeast => string.Create(CultureInfo.InvariantCulture, $"at least {MinimumPasses} of {samples} samples must pass"),
        _ => string.Create(CultureInfo.InvariantCulture, $"criterion scores averaged over {samples} samples"),
    };

    /// <inheritdoc />
    public override string ToString() => Kind == SampleReducerKind.AtLeast
        ? string.Create(CultureInfo.InvariantCulture, $"AtLeast({MinimumPasses})")
        : Kind.ToString();
}
