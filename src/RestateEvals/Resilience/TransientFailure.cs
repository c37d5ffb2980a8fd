using System.ClientModel;
using System.Globalization;
using System.Net;

namespace RestateEvals;

/// <summary>Recognises retryable failures (429, 408, 5xx, connection failures) and the server's Retry-After.</summary>
internal static class TransientFailure
{
    public static bool IsTransient(Exception exception, DateTimeOffset now, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        switch (exception)
        {
            case ClientResultException { Status: var status } clientResult when status == 0 || IsTransientStatus(status):
                retryAfter = RetryAfter(clientResult.GetRawResponse()?.Headers, now);
                return true;
            case HttpRequestException { StatusCode: null }:
                return true;
            case HttpRequestException { StatusCode: { } code } when IsTransientStatus((int)code):
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// True when the endpoint says it is overloaded: 429 or 503 (from the OpenAI client or an <see cref="HttpClient"/>), or
    /// any transient failure that came with a Retry-After.
    /// </summary>
    public static bool IsOverload(Exception exception, DateTimeOffset now) => exception switch
    {
        ClientResultException { Status: (int)HttpStatusCode.TooManyRequests or (int)HttpStatusCode.ServiceUnavailable } => true,
        HttpRequestException { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } => true,
        _ => IsTransient(exception, now, out var retryAfter) && retryAfter is not null,
    };

    internal static TimeSpan? RetryAfter(System.ClientModel.Primitives.PipelineResponseHeaders? headers, DateTimeOffset now)
    {
        if (headers is null)
        {
            return null;
        }

        if ((headers.TryGetValue("retry-after-ms", out var ms) || headers.TryGetValue("x-ms-retry-after-ms", out ms))
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return headers.TryGetValue("Retry-After", out var value) ? Parse(value, now) : null;
    }

    internal static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;
        }

        return DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date > now ? date - now : TimeSpan.Zero
            : null;
    }

    private static bool IsTransientStatus(int status) =>
        status is (int)HttpStatusCode.TooManyRequests or (int)HttpStatusCode.RequestTimeout or >= 500 and < 600;
}
