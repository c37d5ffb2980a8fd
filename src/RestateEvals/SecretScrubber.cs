using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// Removes API keys and tokens from text that leaves the process (failure messages, snapshots, reports, recordings,
/// test output): every secret registered with <see cref="Register"/> (whatever its shape), values of environment
/// variables whose names end in KEY, TOKEN or SECRET, and key-shaped text: <c>Authorization</c>/<c>api-key</c> header
/// values, bearer tokens, <c>"api_key"</c>/<c>"token"</c>/<c>"secret"</c>/<c>"password"</c> fields, "API key provided:"
/// echoes, <c>sk-</c>/<c>rk-</c>/<c>pk-</c> keys, <c>xxx_live_</c>/<c>_test_</c> tokens and JWTs.
/// </summary>
public static partial class SecretScrubber
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Replacement = "{scrubbed-secret}";

    /// <summary>Registered secrets shorter than this are refused: they would scrub ordinary words.</summary>
    public const int MinimumSecretLength = 6;

    private static readonly ConcurrentDictionary<string, byte> Registered = new(StringComparer.Ordinal);

    private static readonly Lazy<string[]> EnvironmentSecrets = new(() =>
        [.. Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.EndsWith("KEY", StringComparison.OrdinalIgnoreCase) || name.EndsWith("TOKEN", StringComparison.OrdinalIgnoreCase) || name.EndsWith("SECRET", StringComparison.OrdinalIgnoreCase))
            .Select(Environment.GetEnvironmentVariable)
            .Where(value => value is { Length: >= 8 })
            .Select(value => value!)]);

    /// <summary>
    /// Registers a key, token or password the run's clients use (for instance the API key you pass to an OpenAI client
    /// in code), so it is scrubbed from every artifact and message for the rest of the process, whatever its shape.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is shorter than <see cref="MinimumSecretLength"/>.</exception>
    public static void Register(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Trim().Length < MinimumSecretLength)
        {
            throw new ArgumentException($"A secret to scrub needs at least {MinimumSecretLength} characters; shorter ones would scrub ordinary words.", nameof(secret));
        }

        Registered[secret.Trim()] = 0;
    }

    /// <summary>Returns <paramref name="text"/> with secrets replaced by <see cref="Replacement"/>.</summary>
    public static string Scrub(string? text, IEnumerable<string>? additionalSecrets = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var secrets = EnvironmentSecrets.Value.Concat(Registered.Keys).Concat(additionalSecrets ?? [])
            .Where(s => s.Length >= MinimumSecretLength).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length);
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Replacement, StringComparison.Ordinal);
            var escaped = System.Text.Json.JsonEncodedText.Encode(secret).Value;
            if (!string.Equals(escaped, secret, StringComparison.Ordinal))
            {
                // The same secret inside JSON text, as System.Text.Json escapes it (e.g. '+' as \u002B).
                text = text.Replace(escaped, Replacement, StringComparison.Ordinal);
            }
        }

        return KeyShaped().Replace(text, m => m.Groups["prefix"].Value + Replacement);
    }

    [GeneratedRegex(
        @"(?<prefix>\b(?:Bearer|Basic|Token)\s+)[A-Za-z0-9._~+/=-]{12,}"
        + @"|(?<prefix>\b(?:Authorization|Proxy-Authorization|api[-_]?key|x-api-key|access[-_]?token|refresh[-_]?token|client[-_]?secret|token|secret|password)[""']?\s*[:=]\s*[""']?(?:(?:Bearer|Basic|Token)\s+)?)[^\s""',;}{]{8,}"
        + @"|(?<prefix>\bAPI key provided:\s*)[^\s""',.;]{4,}"
        + @"|(?<prefix>)\b(?:sk|rk|pk)-[A-Za-z0-9_-]{16,}"
        + @"|(?<prefix>)\b[A-Za-z]{2,10}_(?:live|test|prod)_[A-Za-z0-9_*-]{8,}"
        + @"|(?<prefix>)\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyShaped();
}
