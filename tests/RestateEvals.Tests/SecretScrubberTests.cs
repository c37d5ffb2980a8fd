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
}
