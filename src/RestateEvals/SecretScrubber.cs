using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// Removes API keys and bearer tokens from text that leaves the process (failure messages, snapshots, reports):
/// values of environment variables whose names end in KEY, TOKEN or SECRET, and key-shaped strings.
/// </summary>
public static partial class SecretScrubber
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Replacement = "{scrubbed-secret}";

    private static readonly Lazy<string[]> EnvironmentSecrets = new(() =>
        [.. Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.EndsWith("KEY", StringComparison.OrdinalIgnoreCase) || name.EndsWith("TOKEN", StringComparison.OrdinalIgnoreCase) || name.EndsWith("SECRET", StringComparison.OrdinalIgnoreCase))
            .Select(Environment.GetEnvironmentVariable)
            .Where(value => value is { Length: >= 8 })
            .Select(value => value!)
            .OrderByDescending(value => value.Length)]);

    /// <summary>Returns <paramref name="text"/> with secrets replaced by <see cref="Replacement"/>.</summary>
    public static string Scrub(string? text, IEnumerable<string>? additionalSecrets = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var secret in EnvironmentSecrets.Value.Concat(additionalSecrets ?? []).Where(s => s.Length >= 8))
        {
            text = text.Replace(secret, Replacement, StringComparison.Ordinal);
        }

        return KeyShaped().Replace(text, m => m.Groups["prefix"].Value + Replacement);
    }

    [GeneratedRegex(@"(?<prefix>\b(?:Bearer|api[-_]?key[""']?\s*[:=]\s*[""']?)\s*)[A-Za-z0-9._~+/=-]{16,}|(?<prefix>)\b(?:sk|rk|pk)-[A-Za-z0-9_-]{16,}", RegexOptions.IgnoreCase)]
    private static partial Regex KeyShaped();
}
