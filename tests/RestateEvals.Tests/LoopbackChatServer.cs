using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RestateEvals.Tests;

/// <summary>An OpenAI-compatible chat-completions stub on 127.0.0.1, answering from a function of the request body.</summary>
internal sealed class LoopbackChatServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<JsonObject, string> _reply;
    private readonly Task _loop;

    public LoopbackChatServer(Func<JsonObject, string> reply)
    {
        _reply = reply;
        var port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/v1");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public List<(string Path, string? Authorization, JsonObject Body)> Requests { get; } = [];

    /// <summary>When set and it returns a message for a request body, the stub answers 400 with that error message (e.g. a provider without JSON schemas).</summary>
    public Func<JsonObject, string?>? Rejects { get; set; }

    /// <summary>When set and it returns a body for a request (body, Authorization header), the stub answers 401 with that body, e.g. one echoing the key.</summary>
    public Func<JsonObject, string?, string?>? Unauthorized { get; set; }

    /// <summary>Failures to answer with before any success: status code and headers, consumed one per request.</summary>
    public Queue<(int Status, Dictionary<string, string> Headers)> Failures { get; } = new();

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            lock (Requests)
            {
                Requests.Add((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body));
            }

            (int Status, Dictionary<string, string> Headers) failure = default;
            bool failing;
            lock (Failures)
            {
                failing = Failures.TryDequeue(out failure);
            }

            if (!failing && Unauthorized?.Invoke(body, context.Request.Headers["Authorization"]) is { } unauthorized)
            {
                context.Response.StatusCode = 401;
                var denied = Encoding.UTF8.GetBytes(unauthorized);
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(denied);
                context.Response.Close();
                continue;
            }

            if (!failing && Rejects?.Invoke(body) is { } rejection)
            {
                context.Response.StatusCode = 400;
                var rejected = Encoding.UTF8.GetBytes(new JsonObject { ["error"] = new JsonObject { ["message"] = rejection, ["type"] = "invalid_request_error", ["param"] = "response_format" } }.ToJsonString());
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(rejected);
                context.Response.Close();
                continue;
            }

            if (failing)
            {
                context.Response.StatusCode = failure.Status;
                foreach (var (name, value) in failure.Headers)
                {
                    context.Response.Headers[name] = value;
                }

                var error = Encoding.UTF8.GetBytes("""{"error":{"message":"stub failure","type":"server_error"}}""");
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(error);
                context.Response.Close();
                continue;
            }

            var completion = new JsonObject
            {
                ["id"] = "chatcmpl-stub",
                ["object"] = "chat.completion",
                ["created"] = 1_700_000_000,
                ["model"] = "stub-" + (string?)body["model"],
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = _reply(body) },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 12, ["completion_tokens"] = 34, ["total_tokens"] = 46 },
            };
            var bytes = Encoding.UTF8.GetBytes(completion.ToJsonString(JsonSerializerOptions.Default));
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
