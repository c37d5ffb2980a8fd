using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// Removes API keys and tokens from text that leaves the process (failure messages, snapshots, reports, recordings,
/// test output): every secret registered with <see cref="Register"/> (whatever its shape) and values of environment
/// variables whose names end in KEY, TOKEN or SECRET, also encoded (base64, standard and URL-safe, also inside a longer
/// base64 text; hex; reversed; see <see cref="Scrub"/>), and key-shaped text: <c>Authorization</c>/<c>api-key</c> header
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
        Volatile.Write(ref _shared, null);
    }

    /// <summary>
    /// Returns <paramref name="text"/> with secrets replaced by <see cref="Replacement"/>: each secret as it is, as JSON
    /// escapes it, reversed, in hex (lower and upper case) and in base64 (standard and URL-safe, with or without
    /// padding, and the part of its encoding that is the same wherever it starts inside a longer base64 text), then
    /// key-shaped text.
    /// </summary>
    public static string Scrub(string? text, IEnumerable<string>? additionalSecrets = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var additional = additionalSecrets?.Where(s => s is { Length: >= MinimumSecretLength }).ToList();
        var matcher = additional is { Count: > 0 } ? Matcher.For(EnvironmentSecrets.Value.Concat(Registered.Keys).Concat(additional)) : SharedMatcher();
        return KeyShaped().Replace(matcher.Replace(text), m => m.Groups["prefix"].Value + Replacement);
    }

    /// <summary>
    /// The forms of <paramref name="secret"/> that are scrubbed, longest first: the secret, its JSON-escaped form, the
    /// secret reversed, its UTF-8 bytes in hex (lower and upper case), in base64 (standard and URL-safe, padded and
    /// unpadded), and, for each of the three byte alignments it can have inside a longer base64 text, the characters of
    /// that encoding that depend on the secret alone. Forms shorter than <see cref="MinimumSecretLength"/> are left out.
    /// </summary>
    internal static IReadOnlyList<string> Encodings(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var bytes = System.Text.Encoding.UTF8.GetBytes(secret);
        var forms = new List<string>
        {
            secret,
            System.Text.Json.JsonEncodedText.Encode(secret).Value,
            string.Concat(secret.EnumerateRunes().Reverse().Select(r => r.ToString())),
            Convert.ToHexStringLower(bytes),
            Convert.ToHexString(bytes),
        };
        var base64 = Convert.ToBase64String(bytes);
        forms.AddRange([base64, base64.TrimEnd('='), UrlSafe(base64), UrlSafe(base64).TrimEnd('=')]);
        for (var offset = 0; offset < 3; offset++)
        {
            // Inside a longer blob the secret starts at some byte offset mod 3; encode it behind that many other bytes
            // and keep the characters whose six bits all come from the secret.
            var shifted = new byte[offset + bytes.Length];
            bytes.CopyTo(shifted, offset);
            var encoded = Convert.ToBase64String(shifted);
            var first = (offset * 8 + 5) / 6;
            var last = shifted.Length * 8 / 6;
            if (last > first)
            {
                var core = encoded[first..last];
                forms.Add(core);
                forms.Add(UrlSafe(core));
            }
        }

        return [.. forms.Where(f => f.Length >= MinimumSecretLength).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length)];
    }

    private static string UrlSafe(string base64) => base64.Replace('+', '-').Replace('/', '_');

    private static Matcher? _shared;

    /// <summary>The matcher of the environment's and the registered secrets, rebuilt after a <see cref="Register"/>.</summary>
    private static Matcher SharedMatcher()
    {
        if (Volatile.Read(ref _shared) is { } shared)
        {
            return shared;
        }

        var built = Matcher.For(EnvironmentSecrets.Value.Concat(Registered.Keys));
        Interlocked.CompareExchange(ref _shared, built, null);
        return built;
    }

    /// <summary>Every form of a set of secrets, found in one pass (a vectorized multi-string search).</summary>
    private sealed class Matcher
    {
        private readonly string[] _forms;
        private readonly System.Buffers.SearchValues<string>? _any;

        private Matcher(string[] forms)
        {
            _forms = forms;
            _any = forms.Length > 0 ? System.Buffers.SearchValues.Create(forms, StringComparison.Ordinal) : null;
        }

        public static Matcher For(IEnumerable<string> secrets) =>
            new([.. secrets.Where(s => s.Length >= MinimumSecretLength).Distinct(StringComparer.Ordinal)
                .SelectMany(Encodings).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length)]);

        /// <summary>The text with each occurrence of a form replaced, leftmost first, the longest form at a position.</summary>
        public string Replace(string text)
        {
            var hit = _any is null ? -1 : text.AsSpan().IndexOfAny(_any);
            if (hit < 0)
            {
                return text;
            }

            var result = new System.Text.StringBuilder(text.Length);
            var position = 0;
            while (hit >= 0)
            {
                var at = position + hit;
                var length = _forms.First(f => text.AsSpan(at).StartsWith(f, StringComparison.Ordinal)).Length;
                result.Append(text, position, at - position).Append(Replacement);
                position = at + length;
                hit = text.AsSpan(position).IndexOfAny(_any!);
            }

            return result.Append(text, position, text.Length - position).ToString();
        }
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
