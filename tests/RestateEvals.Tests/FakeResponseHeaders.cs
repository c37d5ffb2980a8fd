using System.ClientModel.Primitives;

namespace RestateEvals.Tests;

/// <summary>Response headers from a dictionary, names compared case-insensitively as in HTTP.</summary>
internal sealed class FakeResponseHeaders(IReadOnlyDictionary<string, string> headers) : PipelineResponseHeaders
{
    public override bool TryGetValue(string name, out string? value)
    {
        var match = headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
        value = match.Value;
        return match.Key is not null;
    }

    public override bool TryGetValues(string name, out IEnumerable<string>? values)
    {
        var found = TryGetValue(name, out var value);
        values = found ? [value!] : null;
        return found;
    }

    public override IEnumerator<KeyValuePair<string, string>> GetEnumerator() => headers.GetEnumerator();
}
