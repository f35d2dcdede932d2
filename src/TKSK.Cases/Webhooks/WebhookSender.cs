using System.Net.Http.Headers;
using System.Text.Json;
using TKSK.Cases.Feed;
using TKSK.Cases.Infrastructure.Json;

namespace TKSK.Cases.Webhooks;

/// <summary>
/// What a receiver gets, signed: the delivery id (the same on every retry of this event), the
/// subscription, the feed position, and the integration event as the feed shows it.
/// </summary>
public sealed record WebhookPayload(Guid DeliveryId, Guid SubscriptionId, long Position, IntegrationEvent Event);

/// <summary>POSTs one event to one subscription's URL: null when the receiver answered 2xx, else why not.</summary>
public sealed class WebhookSender(IHttpClientFactory http, TimeProvider clock)
{
    public const string ClientName = "Webhooks";

    public async Task<string?> SendAsync(WebhookSubscription subscription, IntegrationEvent e, Guid deliveryId, int attempt, CancellationToken ct)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new WebhookPayload(deliveryId, subscription.Id, e.Position, e), ApiJson.Options);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(subscription.Secret, timestamp, body));
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
        request.Headers.Add(WebhookSignature.DeliveryHeader, deliveryId.ToString());
        request.Headers.Add(WebhookSignature.PositionHeader, e.Position.ToString());
        request.Headers.Add(WebhookSignature.EventTypeHeader, PublicEvents.TypeOf(e));
        request.Headers.Add(WebhookSignature.AttemptHeader, attempt.ToString());
        request.Headers.Add(WebhookSignature.StandardId, deliveryId.ToString());
        request.Headers.Add(WebhookSignature.StandardTimestamp, timestamp);
        request.Headers.Add(WebhookSignature.StandardSignature, WebhookSignature.SignStandard(subscription.Secret, deliveryId.ToString(), timestamp, body));
        try
        {
            using var response = await http.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException failure)
        {
            return failure.Message;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return "No answer within the timeout.";
        }
    }
}
