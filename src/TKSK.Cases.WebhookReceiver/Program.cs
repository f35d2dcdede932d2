using System.Text.Json;
using TKSK.Cases.WebhookReceiver;

// A receiver for TKSK.Cases webhooks: checks the signature, drops repeated deliveries, prints each event.
//   TKSK_WEBHOOK_SECRET=whsec_… dotnet run --project src/TKSK.Cases.WebhookReceiver -- --urls http://0.0.0.0:5090
// then subscribe with the URL http://<this host>:5090/webhooks/tksk (POST /api/v1/subscriptions).
var builder = WebApplication.CreateBuilder(args);
var secret = builder.Configuration["TKSK_WEBHOOK_SECRET"]
             ?? throw new InvalidOperationException("Set TKSK_WEBHOOK_SECRET to the secret shown when the subscription was made.");
var log = new DeliveryLog(builder.Configuration["RECEIVER_STATE"] ?? "received-deliveries.txt");
var app = builder.Build();

app.MapPost("/webhooks/tksk", async (HttpRequest request) =>
{
    // The raw bytes: the signature covers the body exactly as sent, so verify before parsing.
    using var buffer = new MemoryStream();
    await request.Body.CopyToAsync(buffer);
    var body = buffer.ToArray();
    if (!WebhookVerifier.IsValid(secret, request.Headers["X-TKSK-Timestamp"], request.Headers["X-TKSK-Signature"], body, DateTimeOffset.UtcNow))
        return Results.Unauthorized();

    using var json = JsonDocument.Parse(body);
    var delivery = json.RootElement.GetProperty("deliveryId").GetGuid();
    // A repeat (a retry after a lost answer, a resend after a crash): answer 2xx, or it is sent again.
    if (!log.FirstTime(delivery)) return Results.Ok();

    var e = json.RootElement.GetProperty("event");
    Console.WriteLine($"{e.GetProperty("position").GetInt64(),8}  {e.GetProperty("type").GetString(),-40} " +
                      $"{e.GetProperty("referralNumber").GetString()}  {e.GetProperty("status").GetString()}");
    return Results.Ok();
});

app.Run();
