using System.Net.Http.Json;
using JasperFx;
using JasperFx.CodeGeneration;
using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Infrastructure;
using Wolverine;
using Wolverine.Configuration;
using Wolverine.ErrorHandling;
using Wolverine.Http;
using Wolverine.Runtime.Handlers;

namespace TKSK.Cases.Notifications;

/// <summary>
/// The outgoing channel: an HTTP webhook (e.g. a WhatsApp or SMS gateway), configured in
/// Notifications:Webhook. A failed delivery is retried with growing pauses; one that still fails
/// is kept as failed for an operator to see and retry (GET /api/v1/deliveries?status=failed).
/// </summary>
public sealed class NotificationChannels
{
    public string? WebhookUrl { get; set; }
    /// <summary>The pauses between attempts; one more attempt than pauses is made.</summary>
    public TimeSpan[] RetryDelays { get; set; } =
        [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)];
    public bool WebhookConfigured => !string.IsNullOrWhiteSpace(WebhookUrl);
    public int MaxAttempts => RetryDelays.Length + 1;
}

public enum DeliveryStatus { Delivered, Failed }

public sealed record Delivery(Guid Id, Guid NotificationId, string Recipient, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset At);

public sealed record DeliverNotification(Guid NotificationId);

/// <summary>What the gateway receives: the case number and what to do, nothing about the person.</summary>
public sealed record GatewayMessage(Guid NotificationId, string Recipient, string Kind, string Number, string Text, string Link);

public static class DeliverNotificationHandler
{
    public static async Task Handle(
        DeliverNotification message, Envelope envelope, IDocumentSession session, IHttpClientFactory http, NotificationChannels channels,
        TimeProvider clock, ILogger<DeliverNotification> logger)
    {
        if (await session.LoadAsync<Notification>(message.NotificationId) is not { } notification) return;
        if (await session.LoadAsync<Delivery>(notification.Id) is { Status: DeliveryStatus.Delivered }) return;
        try
        {
            using var response = await http.CreateClient(nameof(NotificationChannels)).PostAsJsonAsync(channels.WebhookUrl,
                new GatewayMessage(notification.Id, notification.Recipient, notification.Kind, notification.Number, notification.Text, notification.Link));
            response.EnsureSuccessStatusCode();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Thrown: Wolverine tries again after the next pause (DeliveryRetries). The last failure is kept instead.
            if (envelope.Attempts < channels.MaxAttempts) throw;
            logger.LogWarning("Notification {NotificationId} to {Recipient} not delivered after {Attempts} attempts: {Error}",
                notification.Id, notification.Recipient, envelope.Attempts, e.Message);
            session.Store(new Delivery(notification.Id, notification.Id, notification.Recipient, DeliveryStatus.Failed, envelope.Attempts, e.Message, clock.GetUtcNow()));
            return;
        }
        session.Store(new Delivery(notification.Id, notification.Id, notification.Recipient, DeliveryStatus.Delivered, envelope.Attempts, null, clock.GetUtcNow()));
    }
}

/// <summary>The pauses between delivery attempts, from configuration.</summary>
public sealed class DeliveryRetries(NotificationChannels channels) : IHandlerPolicy
{
    public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.MessageType == typeof(DeliverNotification)))
            chain.OnException<HttpRequestException>().Or<TaskCanceledException>().ScheduleRetry(channels.RetryDelays);
    }
}

public static class DeliveryEndpoints
{
    /// <summary>Deliveries to the outgoing gateway, newest first: status failed lists those that gave up.</summary>
    [WolverineGet("/api/v1/deliveries", OperationId = "ListDeliveries"), Tags("Notifications")]
    [ProducesResponseType<IReadOnlyList<Delivery>>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    public static async Task<IResult> List(string? status, IQuerySession session)
    {
        IQueryable<Delivery> query = session.Query<Delivery>();
        if (status is not null)
        {
            if (!SnakeCaseEnums.TryParse<DeliveryStatus>(status, out var wanted))
                return ProblemResults.Invalid("status", Text.T("Pilihan: delivered, failed.", "Allowed: delivered, failed."));
            query = query.Where(d => d.Status == wanted);
        }
        return Results.Ok(await query.OrderByDescending(d => d.At).Take(200).ToListAsync());
    }

    /// <summary>Try a failed delivery again (with its retries).</summary>
    [WolverinePost("/api/v1/deliveries/{id}/retry", OperationId = "RetryDelivery"), Tags("Notifications")]
    [ProducesResponseType(202), ProducesResponseType<ProblemDetails>(404, "application/problem+json"), ProducesResponseType<ProblemDetails>(409, "application/problem+json")]
    public static async Task<IResult> Retry(string id, IDocumentSession session, IMessageBus bus)
    {
        if (!Guid.TryParse(id, out var deliveryId) || await session.LoadAsync<Delivery>(deliveryId) is not { } delivery)
            return ProblemResults.NotFound(Text.T($"Pengiriman {id} tidak ditemukan.", $"Delivery {id} not found."));
        if (delivery.Status != DeliveryStatus.Failed)
            return Results.Problem(statusCode: 409, type: ProblemTypes.Of("delivery-not-failed"),
                title: Text.T("Pengiriman tidak gagal", "The delivery has not failed"), detail: Text.T("Hanya pengiriman yang gagal dapat diulang.", "Only a failed delivery can be retried."));
        session.Delete(delivery);
        await bus.PublishAsync(new DeliverNotification(delivery.NotificationId));
        return Results.Accepted($"/api/v1/deliveries?status=failed");
    }
}
