using System.Net.Http.Json;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Json;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Notifications;

/// <summary>
/// The outgoing channel: an HTTP webhook (e.g. a WhatsApp or SMS gateway), configured in
/// Notifications:Webhook. A failed delivery is retried with growing pauses (durable scheduled
/// messages); one that still fails is kept as failed for an operator to see and retry
/// (GET /api/v1/deliveries?status=failed).
/// </summary>
public sealed class NotificationChannels
{
    public string? Url { get; set; }
    /// <summary>The pauses between attempts; one more attempt than pauses is made. (Not initialised here: the
    /// configuration binder would add configured pauses to the defaults instead of replacing them.)</summary>
    public TimeSpan[]? Retries { get; set; }

    public TimeSpan[] RetryDelays => Retries is { Length: > 0 } configured ? configured
        : [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)];
    public bool WebhookConfigured => !string.IsNullOrWhiteSpace(Url);
    public int MaxAttempts => RetryDelays.Length + 1;
}

public enum DeliveryStatus { Retrying, Delivered, Failed }

public sealed record Delivery(Guid Id, Guid NotificationId, string Recipient, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset At);

/// <param name="Attempt">1 for the first try; each retry is this message again, scheduled after its pause.</param>
public sealed record DeliverNotification(Guid NotificationId, int Attempt = 1);

/// <summary>What the gateway receives: the case number and what to do, nothing about the person.</summary>
public sealed record GatewayMessage(Guid NotificationId, string Recipient, string Kind, string Number, string Text, string Link);

public static class DeliverNotificationHandler
{
    public static async Task Handle(
        DeliverNotification message, IDocumentSession session, IMessageContext messages, IHttpClientFactory http, NotificationChannels channels,
        TimeProvider clock, ILogger<DeliverNotification> logger)
    {
        if (await session.LoadAsync<Notification>(message.NotificationId) is not { } notification) return;
        if (await session.LoadAsync<Delivery>(notification.Id) is { Status: DeliveryStatus.Delivered }) return;
        string? error = null;
        try
        {
            using var response = await http.CreateClient(nameof(NotificationChannels)).PostAsJsonAsync(channels.Url,
                new GatewayMessage(notification.Id, notification.Recipient, notification.Kind, notification.Number, notification.Text, notification.Link));
            if (!response.IsSuccessStatusCode) error = $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            error = e.Message;
        }

        var status = error is null ? DeliveryStatus.Delivered
            : message.Attempt <= channels.RetryDelays.Length ? DeliveryStatus.Retrying : DeliveryStatus.Failed;
        // The next try is scheduled in the same transaction as this attempt's record (outbox): neither without the other.
        if (status == DeliveryStatus.Retrying) await messages.ScheduleAsync(message with { Attempt = message.Attempt + 1 }, channels.RetryDelays[message.Attempt - 1]);
        if (status == DeliveryStatus.Failed)
            logger.LogWarning("Notification {NotificationId} to {Recipient} not delivered after {Attempts} attempts: {Error}",
                notification.Id, notification.Recipient, message.Attempt, error);
        session.Store(new Delivery(notification.Id, notification.Id, notification.Recipient, status, message.Attempt, error, clock.GetUtcNow()));
    }
}

public static class DeliveryEndpoints
{
    /// <summary>Deliveries to the outgoing gateway, newest first: status failed lists those that gave up (retrying, delivered, failed).</summary>
    /// <remarks>
    /// Province admin only. These are the deliveries to the outgoing gateway (`Notifications:Webhook:Url`): each record's `id` is its
    /// notification's id, with its `status`, `attempts`, `lastError` and `at` (ISO 8601) of the latest attempt; at most 200. A `status`
    /// other than `retrying`, `delivered` or `failed` answers 400.
    /// </remarks>
    [WolverineGet("/api/v1/deliveries", OperationId = "ListDeliveries"), Tags("Notifications")]
    [Allowed]
    [ProducesResponseType<IReadOnlyList<Delivery>>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    public static async Task<IResult> List([Query("Only deliveries in this state.", Carries = typeof(DeliveryStatus))] string? status, IQuerySession session)
    {
        IQueryable<Delivery> query = session.Query<Delivery>();
        if (status is not null)
        {
            if (!SnakeCaseEnums.TryParse<DeliveryStatus>(status, out var wanted))
                return ProblemResults.Invalid("status", Text.T("Pilihan: retrying, delivered, failed.", "Allowed: retrying, delivered, failed."));
            query = query.Where(d => d.Status == wanted);
        }
        return Results.Ok(await query.OrderByDescending(d => d.At).Take(200).ToListAsync());
    }

    /// <summary>Try a failed delivery again (with its retries).</summary>
    /// <remarks>
    /// Province admin only. Only a delivery whose `status` is `failed` can be retried (else 409
    /// `urn:tksk-cases:problem:delivery-not-failed`); an unknown id answers 404. Answers 202: the delivery starts over from its first
    /// attempt with the whole retry schedule, and its record leaves the list until that attempt is made.
    /// </remarks>
    [WolverinePost("/api/v1/deliveries/{id}/retry", OperationId = "RetryDelivery"), Tags("Notifications")]
    [Allowed]
    [ProducesResponseType(202), ProducesResponseType<ProblemDetails>(404, "application/problem+json"), ProducesResponseType<ProblemDetails>(409, "application/problem+json")]
    public static async Task<IResult> Retry(string id, IDocumentSession session, IMessageBus bus)
    {
        if (!Guid.TryParse(id, out var deliveryId) || await session.LoadAsync<Delivery>(deliveryId) is not { } delivery)
            return ProblemResults.NotFound(Text.T($"Pengiriman{Echo.Id(id)} tidak ditemukan.", $"Delivery{Echo.Id(id)} not found."));
        if (delivery.Status != DeliveryStatus.Failed)
            return Results.Problem(statusCode: 409, type: ProblemTypes.Of("delivery-not-failed"),
                title: Text.T("Pengiriman tidak gagal", "The delivery has not failed"), detail: Text.T("Hanya pengiriman yang gagal dapat diulang.", "Only a failed delivery can be retried."));
        session.Delete(delivery);
        await bus.PublishAsync(new DeliverNotification(delivery.NotificationId));
        return Results.Accepted($"/api/v1/deliveries?status=failed");
    }
}
