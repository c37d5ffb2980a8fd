using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RestateEvals.GroundTruth;

/// <summary>Ingress calls, admin operations and SQL introspection against the test server.</summary>
public sealed class RestateClient(Uri ingress, Uri admin) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public sealed record Reply(HttpStatusCode Status, string Body, TimeSpan Elapsed)
    {
        public JsonNode? Json => JsonNode.Parse(Body);
    }

    public async Task<bool> HealthyAsync() => (await _http.GetAsync(new Uri(admin, "/health"))).IsSuccessStatusCode;

    public async Task<bool> RegisterAsync(Uri deployment)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(admin, "/deployments"), new { uri = deployment.ToString(), force = true });
        return response.IsSuccessStatusCode;
    }

    /// <summary>Registers <paramref name="deployment"/> as a new deployment (no force); returns its deployment id.</summary>
    public async Task<string> AddDeploymentAsync(Uri deployment)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(admin, "/deployments"), new { uri = deployment.ToString() });
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? (string)JsonNode.Parse(body)!["id"]!
            : throw new InvalidOperationException($"Registering {deployment} failed ({(int)response.StatusCode}): {body}");
    }

    /// <summary>A request-response call through the ingress; throws <see cref="TimeoutException"/> when it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<Reply> CallAsync(string service, string key, string handler, object? input = null, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _http.PostAsync(new Uri(ingress, $"/{service}/{key}/{handler}"), Body(input), cts.Token);
            return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(cts.Token), watch.Elapsed);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            throw new TimeoutException($"{service}/{key}/{handler} did not answer within {(timeout ?? TimeSpan.FromSeconds(20)).TotalSeconds} s");
        }
    }

    /// <summary>A one-way send through the ingress; returns the invocation id.</summary>
    public async Task<string> SendAsync(string service, string key, string handler, object? input = null)
    {
        using var response = await _http.PostAsync(new Uri(ingress, $"/{service}/{key}/{handler}/send"), Body(input));
        response.EnsureSuccessStatusCode();
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (string)json["invocationId"]!;
    }

    /// <summary>Runs a SQL introspection query; returns the rows.</summary>
    public async Task<JsonArray> QueryAsync(string sql)
    {
        var (status, body) = await QueryRawAsync(sql);
        return status == HttpStatusCode.OK ? JsonNode.Parse(body)!["rows"]!.AsArray() : throw new InvalidOperationException($"SQL failed ({(int)status}): {body}");
    }

    /// <summary>Runs a SQL statement and returns the raw status and body (for statements expected to be refused).</summary>
    public async Task<(HttpStatusCode Status, string Body)> QueryRawAsync(string sql)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(admin, "/query")) { Content = JsonContent.Create(new { query = sql }) };
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<HttpStatusCode> CancelAsync(string invocationId) => await PatchAsync($"/invocations/{invocationId}/cancel");

    public async Task<HttpStatusCode> KillAsync(string invocationId) => await PatchAsync($"/invocations/{invocationId}/kill");

    /// <summary>Resumes a paused invocation; <paramref name="deployment"/> "latest" (or an id) moves it off its pinned deployment.</summary>
    public async Task<HttpStatusCode> ResumeAsync(string invocationId, string? deployment = null) =>
        await PatchAsync($"/invocations/{invocationId}/resume" + (deployment is null ? string.Empty : $"?deployment={Uri.EscapeDataString(deployment)}"));

    /// <summary>Resumes an invocation like <see cref="ResumeAsync"/>, returning the admin API's answer text too (for refusals).</summary>
    public async Task<(HttpStatusCode Status, string Body)> ResumeWithAnswerAsync(string invocationId, string deployment) =>
        await PatchWithAnswerAsync($"/invocations/{invocationId}/resume?deployment={Uri.EscapeDataString(deployment)}");

    /// <summary>Pauses a running or backing-off invocation (<c>PATCH /invocations/{id}/pause</c>).</summary>
    public async Task<HttpStatusCode> PauseAsync(string invocationId) => await PatchAsync($"/invocations/{invocationId}/pause");

    /// <summary>The result of a completed invocation, as the ingress serves it (<c>GET /restate/invocation/{id}/output</c>).</summary>
    public async Task<Reply> OutputAsync(string invocationId)
    {
        var watch = Stopwatch.StartNew();
        using var response = await _http.GetAsync(new Uri(ingress, $"/restate/invocation/{invocationId}/output"));
        return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(), watch.Elapsed);
    }

    /// <summary>
    /// The version of an object key's state as the restate CLI computes it (<c>restate state edit|patch|clear</c> read the
    /// state with <c>select key, value from state</c> and hash it): see <see cref="StateVersion.Of"/>.
    /// </summary>
    public async Task<string> StateVersionAsync(string service, string key) =>
        StateVersion.Of((await QueryAsync($"select key, value from state where service_name = '{service}' and service_key = '{key}'"))
            .Select(r => (Encoding.UTF8.GetBytes((string)r!["key"]!), Convert.FromHexString((string)r["value"]!))));

    /// <summary>Replaces an object's state through the admin API (<c>POST /services/{service}/state</c>); values are JSON-encoded.</summary>
    public async Task<HttpStatusCode> SetStateAsync(string service, string key, IDictionary<string, object> state, string? version = null)
    {
        var newState = state.ToDictionary(e => e.Key, e => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(e.Value)).Select(b => (int)b).ToArray());
        using var response = await _http.PostAsJsonAsync(new Uri(admin, $"/services/{service}/state"), new { object_key = key, version, new_state = newState });
        return response.StatusCode;
    }

    /// <summary>The invocation's status as SQL introspection reports it (pending, inboxed, running, backing-off, paused, suspended, completed...).</summary>
    public async Task<string?> StatusAsync(string invocationId) =>
        (string?)(await QueryAsync($"select status from sys_invocation where id = '{invocationId}'")).SingleOrDefault()?["status"];

    /// <summary>One row of <c>sys_invocation</c> with the columns the tests look at (null columns are absent).</summary>
    public async Task<JsonNode?> InvocationAsync(string invocationId) =>
        (await QueryAsync($"select id, target, status, pinned_deployment_id, completion_result, completion_failure from sys_invocation where id = '{invocationId}'")).SingleOrDefault();

    /// <summary>The failures an invocation was paused with, oldest first (<c>sys_journal_events</c>, event type Paused).</summary>
    public async Task<IReadOnlyList<(int Code, string Message)>> PausesAsync(string invocationId) =>
        (await QueryAsync($"select event_json from sys_journal_events where id = '{invocationId}' and event_type = 'Paused' order by appended_at"))
            .Select(r => JsonNode.Parse((string)r!["event_json"]!)!["last_failure"]!)
            .Select(f => ((int)f["error_code"]!, (string)f["error_message"]!))
            .ToList();

    /// <summary>The invocation holding an object key's exclusive lock (<c>sys_keyed_service_status</c>), or null when the key is free.</summary>
    public async Task<string?> KeyHolderAsync(string service, string key) =>
        (string?)(await QueryAsync($"select invocation_id from sys_keyed_service_status where service_name = '{service}' and service_key = '{key}'")).SingleOrDefault()?["invocation_id"];

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes; then fails with <paramref name="what"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Timed out after {timeout.TotalSeconds} s waiting until {what}.");
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpStatusCode> PatchAsync(string path) => (await PatchWithAnswerAsync(path)).Status;

    private async Task<(HttpStatusCode Status, string Body)> PatchWithAnswerAsync(string path)
    {
        using var response = await _http.PatchAsync(new Uri(admin, path), null);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static StringContent? Body(object? input) =>
        input is null ? null : new StringContent(JsonSerializer.Serialize(input), Encoding.UTF8, "application/json");
}
