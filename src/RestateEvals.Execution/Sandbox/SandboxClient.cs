using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RestateEvals.Execution;

/// <summary>Ingress calls, deployment registration, SQL introspection and kills against the sandbox's restate-server.</summary>
internal sealed class SandboxClient(Uri ingress, Uri admin) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>An ingress reply, or <see cref="TimedOut"/> when none came in time.</summary>
    public sealed record Reply(HttpStatusCode? Status, string Body, TimeSpan Elapsed)
    {
        public bool TimedOut => Status is null;

        public bool Ok => Status == HttpStatusCode.OK;

        /// <summary>The body as JSON; <see langword="null"/> when it is not JSON.</summary>
        public JsonNode? Json
        {
            get
            {
                try
                {
                    return JsonNode.Parse(Body);
                }
                catch (JsonException)
                {
                    return null;
                }
            }
        }

        /// <summary>The body as a number, when it is one.</summary>
        public double? Number => Json is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;
    }

    public async Task<bool> HealthyAsync(CancellationToken cancellationToken) =>
        (await _http.GetAsync(new Uri(admin, "/health"), cancellationToken).ConfigureAwait(false)).IsSuccessStatusCode;

    /// <summary>
    /// Has restate-server discover the endpoint at <paramref name="endpoint"/> without registering it (a dry run): the
    /// names of the services it offers, or the server's refusal.
    /// </summary>
    public async Task<(IReadOnlyList<string>? Services, string? Problem)> DiscoverAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(admin, "/deployments"), new { uri = endpoint.ToString(), force = false, dry_run = true }, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return (null, $"{(int)response.StatusCode}: {body}");
        }

        try
        {
            return ([.. (JsonNode.Parse(body)?["services"]?.AsArray() ?? []).Select(s => (string?)s?["name"]).OfType<string>()], null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return (null, $"an unreadable discovery answer: {body}");
        }
    }

    /// <summary>
    /// Registers the endpoint at <paramref name="endpoint"/>, never by force: a deployment at the same address is not
    /// replaced (every run serves at an address of its own), and a service gets a new revision only when a run that
    /// reserved its name registers it (<see cref="ServiceReservations"/>). Returns <see langword="null"/> or the server's refusal.
    /// </summary>
    public async Task<string?> RegisterAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(admin, "/deployments"), new { uri = endpoint.ToString(), force = false }, cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}";
    }

    /// <summary>A request-response call through the ingress; a reply that takes longer than <paramref name="timeout"/> is <see cref="Reply.TimedOut"/>.</summary>
    public async Task<Reply> CallAsync(string service, string key, string handler, object? input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _http.PostAsync(new Uri(ingress, $"/{service}/{Uri.EscapeDataString(key)}/{handler}"), Body(input), deadline.Token).ConfigureAwait(false);
            return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false), watch.Elapsed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Reply(null, string.Empty, watch.Elapsed);
        }
    }

    /// <summary>A one-way send through the ingress; returns the invocation id.</summary>
    public async Task<string> SendAsync(string service, string key, string handler, object? input, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync(new Uri(ingress, $"/{service}/{Uri.EscapeDataString(key)}/{handler}/send"), Body(input), cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode
            ? (string)JsonNode.Parse(body)!["invocationId"]!
            : throw new InvalidOperationException($"Sending {service}/{key}/{handler} failed ({(int)response.StatusCode}): {body}");
    }

    /// <summary>Runs a SQL introspection query; returns the rows (columns that are null are absent).</summary>
    public async Task<JsonArray> QueryAsync(string sql, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(admin, "/query")) { Content = JsonContent.Create(new { query = sql }) };
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode ? JsonNode.Parse(body)!["rows"]!.AsArray() : throw new InvalidOperationException($"SQL failed ({(int)response.StatusCode}): {body}");
    }

    /// <summary>The value of an object's state key as UTF-8 JSON text; <see langword="null"/> when unset.</summary>
    public async Task<string?> StateAsync(string service, string key, string stateKey, CancellationToken cancellationToken) =>
        (string?)(await QueryAsync($"select value_utf8 from state where service_name = '{Sql(service)}' and service_key = '{Sql(key)}' and key = '{Sql(stateKey)}'", cancellationToken).ConfigureAwait(false))
            .SingleOrDefault()?["value_utf8"];

    /// <summary>Kills every unfinished invocation on keys starting with <paramref name="keyPrefix"/>, so a stuck run leaves nothing behind.</summary>
    public async Task KillUnfinishedAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync($"select id from sys_invocation where target_service_key like '{Sql(keyPrefix)}%' and status <> 'completed'", cancellationToken).ConfigureAwait(false);
        foreach (var id in rows.Select(r => (string?)r?["id"]).OfType<string>())
        {
            using var response = await _http.PatchAsync(new Uri(admin, $"/invocations/{id}/kill"), null, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Text made safe inside a SQL string literal.</summary>
    public static string Sql(string text) => text.Replace("'", "''", StringComparison.Ordinal);

    private static StringContent? Body(object? input) => input is null ? null : new(JsonSerializer.Serialize(input), Encoding.UTF8, "application/json");
}
