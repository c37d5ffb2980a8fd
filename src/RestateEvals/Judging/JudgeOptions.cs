using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary>How <see cref="LlmJudge"/> calls its model.</summary>
public sealed class JudgeOptions
{
    /// <summary>Chat options for judge calls (e.g. model id). Temperature is forced to 0 and the response format set from <see cref="ResponseFormat"/>. Default: none.</summary>
    public ChatOptions? ChatOptions { get; set; }

    /// <summary>JSON schema, JSON mode, or the schema with an automatic fall-back. Default: <see cref="JudgeResponseFormat.Auto"/>.</summary>
    public JudgeResponseFormat ResponseFormat { get; set; } = JudgeResponseFormat.Auto;

    /// <summary>How many times to re-ask after an unusable reply or unverified evidence, telling the judge what was wrong. Default: 1.</summary>
    public int MaxReasks { get; set; } = 1;

    /// <summary>Time allowed for one judge call. It holds even when the client ignores cancellation: a later reply is discarded. Default: 2 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (MaxReasks is < 0 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxReasks), MaxReasks, "JudgeOptions.MaxReasks must be between 0 and 5.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "JudgeOptions.Timeout must be positive.");
        }

        if (!Enum.IsDefined(ResponseFormat))
        {
            throw new ArgumentOutOfRangeException(nameof(ResponseFormat), ResponseFormat, "JudgeOptions.ResponseFormat is not a known format.");
        }
    }
}
