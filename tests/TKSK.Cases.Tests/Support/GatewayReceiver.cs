using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace TKSK.Cases.Tests.Support;

/// <summary>A stand-in for the WhatsApp/SMS gateway on loopback: records what it receives, and can be told to fail.</summary>
public sealed class GatewayReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<JsonNode> _received = new();
    private readonly Task _loop;

    public string Url { get; }
    public bool Failing { get; set; }
    public int Refused;
    public IReadOnlyList<JsonNode> Received => [.. _received];

    public GatewayReceiver()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
        }
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public void Reset()
    {
        Failing = false;
        Refused = 0;
        _received.Clear();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            if (Failing)
            {
                Interlocked.Increment(ref Refused);
                context.Response.StatusCode = 503;
            }
            else
            {
                _received.Enqueue(JsonNode.Parse(body)!);
                context.Response.StatusCode = 200;
            }
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
