using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using TKSK.Cases.WebhookReceiver;

namespace TKSK.Cases.Tests.Support;

/// <summary>One delivery as a receiver took it in.</summary>
public sealed record Received(Guid DeliveryId, long Position, string Type, int Attempt, JsonNode Event);

/// <summary>
/// Agencies' receivers on loopback, one per subscription (a path each, so a test only sees its own):
/// each checks the X-TKSK signature with <see cref="WebhookVerifier"/> and the Standard Webhooks
/// signature with the StandardWebhooks library (as the example receiver does), drops repeated
/// delivery ids as an integrator would, and can be told to fail (503) for a while.
/// </summary>
public sealed class WebhookReceivers : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Endpoint> _endpoints = new();
    private readonly Task _loop;
    private readonly string _base;

    public WebhookReceivers(Func<DateTimeOffset>? now = null)
    {
        Now = now ?? (() => DateTimeOffset.UtcNow);
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            _base = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
        }
        _listener.Prefixes.Add(_base);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Func<DateTimeOffset> Now { get; set; }

    public Endpoint NewEndpoint()
    {
        var endpoint = new Endpoint($"{_base}hooks/{Guid.NewGuid():N}");
        _endpoints[new Uri(endpoint.Url).AbsolutePath] = endpoint;
        return endpoint;
    }

    public sealed class Endpoint(string url)
    {
        private readonly ConcurrentQueue<Received> _accepted = new();
        private readonly ConcurrentDictionary<Guid, bool> _seen = new();

        public string Url => url;
        public string Secret { get; set; } = "";
        public volatile bool Failing;
        /// <summary>How long it takes to answer: a slow receiver keeps deliveries in flight.</summary>
        public TimeSpan Delay { get; set; }
        public int Refused, Duplicates, BadSignatures, Requests;
        /// <summary>Deliveries the StandardWebhooks library verified or refused. It checks the timestamp against the real clock,
        /// so deliveries stamped while a test had moved the service's clock are not counted either way.</summary>
        public int StandardVerified, StandardRefused;
        /// <summary>Each delivery id once, in the order they first arrived.</summary>
        public IReadOnlyList<Received> Accepted => [.. _accepted];

        internal int Take(Received received, bool signed)
        {
            Interlocked.Increment(ref Requests);
            if (!signed) { Interlocked.Increment(ref BadSignatures); return 401; }
            if (Failing) { Interlocked.Increment(ref Refused); return 503; }
            if (_seen.TryAdd(received.DeliveryId, true)) _accepted.Enqueue(received);
            else Interlocked.Increment(ref Duplicates);
            return 200;
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var buffer = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var status = 404;
            if (_endpoints.TryGetValue(context.Request.Url!.AbsolutePath, out var endpoint))
            {
                var signed = WebhookVerifier.IsValid(endpoint.Secret, context.Request.Headers["X-TKSK-Timestamp"], context.Request.Headers["X-TKSK-Signature"], body, Now());
                if ((Now() - DateTimeOffset.UtcNow).Duration() < TimeSpan.FromMinutes(1)) VerifyStandard(endpoint, context.Request.Headers, body);
                var json = JsonNode.Parse(body)!;
                var received = new Received(json["deliveryId"]!.GetValue<Guid>(), json["position"]!.GetValue<long>(), json["event"]!["type"]!.GetValue<string>(),
                    int.Parse(context.Request.Headers["X-TKSK-Attempt"] ?? "0"), json["event"]!);
                if (endpoint.Delay > TimeSpan.Zero) await Task.Delay(endpoint.Delay);
                status = endpoint.Take(received, signed);
            }
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    private static void VerifyStandard(Endpoint endpoint, System.Collections.Specialized.NameValueCollection received, byte[] body)
    {
        var headers = new Microsoft.AspNetCore.Http.HeaderDictionary();
        foreach (var name in received.AllKeys.OfType<string>()) headers[name] = received[name];
        try
        {
            new StandardWebhooks.StandardWebhook(endpoint.Secret).Verify(System.Text.Encoding.UTF8.GetString(body), headers);
            Interlocked.Increment(ref endpoint.StandardVerified);
        }
        catch (Exception e) when (e is StandardWebhooks.Diagnostics.WebhookVerificationException or FormatException) { Interlocked.Increment(ref endpoint.StandardRefused); }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
