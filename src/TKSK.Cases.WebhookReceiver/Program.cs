using System.Text;
using System.Text.Json;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;
using TKSK.Cases.WebhookReceiver;

// A receiver for TKSK.Cases webhooks: checks the signature, drops repeated deliveries, prints each event.
//   TKSK_WEBHOOK_SECRET=whsec_… dotnet run --project src/TKSK.Cases.WebhookReceiver -- --urls http://0.0.0.0:5090
// then subscribe with the URL https://<this host>/webhooks/tksk (POST /api/v1/subscriptions; outside Development
// the service delivers to https only, so put this behind a TLS-terminating proxy).
var builder = WebApplication.CreateBuilder(args);
var secret = builder.Configuration["TKSK_WEBHOOK_SECRET"]
             ?? throw new InvalidOperationException("Set TKSK_WEBHOOK_SECRET to the secret shown when the subscription was made.");
// Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature), verified with the maintained library: it
// checks the HMAC over "id.timestamp.body" with the secret after "whsec_", and refuses timestamps over 5 minutes off.
var webhook = new StandardWebhook(secret);
var log = new DeliveryLog(builder.Configuration["RECEIVER_STATE"] ?? "received-deliveries.txt");
var app = builder.Build();

app.MapPost("/webhooks/tksk", async (HttpRequest request) =>
{
    // The raw bytes: the signature covers the body exactly as sent, so verify before parsing.
    using var buffer = new MemoryStream();
    await request.Body.CopyToAsync(buffer);
    var body = Encoding.UTF8.GetString(buffer.ToArray());
    try { webhook.Verify(body, request.Headers); }
    catch (WebhookVerificationException) { return Results.Unauthorized(); }

    // webhook-id is the delivery id: the same on every retry of one event.
    var delivery = Guid.Parse(request.Headers["webhook-id"].ToString());
    // A repeat (a retry after a lost answer, a resend after a crash): answer 2xx, or it is sent again.
    if (!log.FirstTime(delivery)) return Results.Ok();

    using var json = JsonDocument.Parse(body);
    var e = json.RootElement.GetProperty("event");
    Console.WriteLine($"{e.GetProperty("position").GetInt64(),8}  {e.GetProperty("type").GetString(),-40} " +
                      $"{e.GetProperty("referralNumber").GetString()}  {e.GetProperty("status").GetString()}");
    return Results.Ok();
});

app.Run();
