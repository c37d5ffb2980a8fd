using System.Text.Json.Serialization;

namespace RestateEvals;

/// <summary>
/// What an answer scoring 5, 4, 3, 2 and 1 looks like on one criterion. Written in a case file as
/// <c>"anchors": { "5": "...", "4": "...", "3": "...", "2": "...", "1": "..." }</c>. The pass thresholds sit at 3
/// (every criterion) and 4 (the mean), so the 3 and 4 anchors carry most of the grading.
/// </summary>
public sealed record ScoreAnchors
{
    /// <summary>What a 5 looks like: complete and correct.</summary>
    [JsonPropertyName("5")]
    public string Five { get; init; } = string.Empty;

    /// <summary>What a 4 looks like.</summary>
    [JsonPropertyName("4")]
    public string Four { get; init; } = string.Empty;

    /// <summary>What a 3 looks like: the lowest score that still meets a criterion by default.</summary>
    [JsonPropertyName("3")]
    public string Three { get; init; } = string.Empty;

    /// <summary>What a 2 looks like.</summary>
    [JsonPropertyName("2")]
    public string Two { get; init; } = string.Empty;

    /// <summary>What a 1 looks like: the wrong advice the criterion guards against.</summary>
    [JsonPropertyName("1")]
    public string One { get; init; } = string.Empty;

    /// <summary>The anchor for <paramref name="score"/> (1-5).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not 1-5.</exception>
    public string For(int score) => score switch
    {
        5 => Five,
        4 => Four,
        3 => Three,
        2 => Two,
        1 => One,
        _ => throw new ArgumentOutOfRangeException(nameof(score), score, "Scores run from 1 to 5."),
    };
}
