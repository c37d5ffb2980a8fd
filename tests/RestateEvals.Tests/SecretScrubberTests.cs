using System.Text;
using FluentAssertions;

namespace RestateEvals.Tests;

public sealed class SecretScrubberTests
{
    [Theory]
    [InlineData("key sk-proj-ABCDEFGHIJKLMNOPQRST done", "key {scrubbed-secret} done")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload", "Authorization: Bearer {scrubbed-secret}")]
    [InlineData("{\"api_key\": \"abcdefghijklmnopqrstuvwx\"}", "{\"api_key\": \"{scrubbed-secret}\"}")]
    [InlineData("a task-abcdefghijklmnopqrstuv is not a key", "a task-abcdefghijklmnopqrstuv is not a key")]
    [InlineData("short sk-abc stays", "short sk-abc stays")]
    public void Key_shaped_strings_are_scrubbed(string text, string expected)
    {
        SecretScrubber.Scrub(text).Should().Be(expected);
    }

    [Fact]
    public void Known_secrets_are_scrubbed_wherever_they_appear()
    {
        SecretScrubber.Scrub("the key is hunter2hunter2!", ["hunter2hunter2"]).Should().Be("the key is {scrubbed-secret}!");
        SecretScrubber.Scrub(null).Should().BeEmpty();
    }

    [Fact]
    public void A_registered_secret_is_scrubbed_in_base64_hex_and_reversed()
    {
        var secret = "Zq7.mirror~Vault#" + Guid.NewGuid().ToString("N")[..10] + "?>";
        SecretScrubber.Register(secret);
        var bytes = Encoding.UTF8.GetBytes(secret);
        var base64 = Convert.ToBase64String(bytes);
        base64.Should().Contain("=", "the secret's length leaves padding, so the padded and unpadded forms differ");
        var url = base64.Replace('+', '-').Replace('/', '_');
        string[] echoes =
        [
            base64,
            base64.TrimEnd('='),
            url,
            url.TrimEnd('='),
            Convert.ToHexStringLower(bytes),
            Convert.ToHexString(bytes),
            new string([.. secret.Reverse()]),
        ];

        foreach (var echo in echoes)
        {
            var scrubbed = SecretScrubber.Scrub($"the module said: {echo} (end)");
            scrubbed.Should().Be($"the module said: {SecretScrubber.Replacement} (end)", echo);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_registered_secret_inside_a_longer_base64_blob_is_found_at_every_byte_alignment(int prefixBytes)
    {
        var secret = "pw-" + Guid.NewGuid().ToString("N");
        SecretScrubber.Register(secret);
        var blob = Convert.ToBase64String([.. Encoding.UTF8.GetBytes(new string('a', prefixBytes) + "{\"user\":\"me\",\"pass\":\""), .. Encoding.UTF8.GetBytes(secret), .. Encoding.UTF8.GetBytes("\"}")]);
        var urlBlob = blob.Replace('+', '-').Replace('/', '_');

        foreach (var text in new[] { blob, urlBlob })
        {
            var scrubbed = SecretScrubber.Scrub("Authorization header: " + text);
            scrubbed.Should().Contain(SecretScrubber.Replacement);
            // What is left of the blob cannot be decoded back into the secret, nor into more than 2 of its characters.
            var left = scrubbed.Replace("Authorization header: ", string.Empty, StringComparison.Ordinal).Split(SecretScrubber.Replacement);
            foreach (var part in left)
            {
                Decoded(part).Should().NotContain(secret[..3] + secret[3..]).And.NotContain(secret[4..10], $"alignment {prefixBytes}: {scrubbed}");
            }
        }
    }

    [Fact]
    public void Secrets_passed_for_one_call_are_scrubbed_in_every_encoding_too()
    {
        const string Secret = "one-off-secret-9f8e7d";
        SecretScrubber.Scrub("x " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Secret)) + " y", [Secret]).Should().Be($"x {SecretScrubber.Replacement} y");
        SecretScrubber.Scrub("x " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Secret)) + " y").Should().NotContain(SecretScrubber.Replacement, "it was never registered");
    }

    [Fact]
    public void Every_encoding_is_at_least_the_minimum_length_and_longest_first()
    {
        var forms = SecretScrubber.Encodings("abcdef");
        forms.Should().OnlyContain(f => f.Length >= SecretScrubber.MinimumSecretLength);
        forms.Should().BeInDescendingOrder(f => f.Length);
        forms.Should().Contain(["abcdef", "fedcba", "616263646566", "YWJjZGVm"]);
    }

    private static string Decoded(string base64Fragment)
    {
        var text = new StringBuilder();
        var clean = new string([.. base64Fragment.Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '-' or '_')]).Replace('-', '+').Replace('_', '/');
        for (var skip = 0; skip < 4 && skip < clean.Length; skip++)
        {
            var part = clean[skip..];
            part = part[..(part.Length / 4 * 4)];
            try
            {
                text.Append(Encoding.Latin1.GetString(Convert.FromBase64String(part))).Append('|');
            }
            catch (FormatException)
            {
                // Not decodable at this offset.
            }
        }

        return text.ToString();
    }
}
