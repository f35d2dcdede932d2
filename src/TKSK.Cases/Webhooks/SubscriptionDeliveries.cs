using FluentValidation;
using Marten;
using Marten.Patching;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Feed;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Json;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Webhooks;

/// <summary>retrying: failed, tried again after a pause; failed: gave up, waits for a retry; delivered: got through after failing; superseded: a replay replaced it.</summary>
public enum WebhookDeliveryStatus { Retrying, Failed, Delivered, Superseded }

/// <summary>
/// A delivery that did not go through at once, kept so the agency (and the province admin) can see
/// what failed, why and when it is tried again. Deliveries that succeed at the first attempt leave
/// no record: the subscription's cursor says they arrived.
/// </summary>
public sealed record WebhookDeliveryRecord(
    Guid Id, Guid SubscriptionId, long Position, string EventType, int Generation, WebhookDeliveryStatus Status, int Attempts,
    DateTimeOffset FirstFailedAt, DateTimeOffset LastAttemptAt, DateTimeOffset? NextAttemptAt, string? LastError, DateTimeOffset? DeliveredAt = null);

/// <param name="After">Deliver again every matching event after this feed position (0: from the start). It may also lie ahead of the cursor, to skip events.</param>
public sealed record ReplaySubscriptionRequest(long? After);

public sealed class ReplaySubscriptionValidator : AbstractValidator<ReplaySubscriptionRequest>
{
    public ReplaySubscriptionValidator() =>
        RuleFor(x => x.After).Required().GreaterThanOrEqualTo(0).WithMessage(_ => Text.T("Posisi dimulai dari 0.", "Positions start at 0."));
}

public static class SubscriptionDeliveries
{
    /// <summary>A subscription's deliveries that failed at least once, newest first: by default those not through yet (retrying, failed).</summary>
    /// <remarks>
    /// For the subscription's maker (an agency key with scope `webhooks`) and `province_admin`; any other subscription answers 404.
    /// Deliveries that got through at the first attempt leave no record; `status` filters on `retrying`, `failed`, `delivered` (through
    /// after failing) or `superseded` (replaced by a replay), anything else is a 400. At most 200, latest attempt first, each with its feed
    /// `position`, `eventType`, `attempts`, `lastError` and times (ISO 8601).
    /// </remarks>
    [WolverineGet("/api/v1/subscriptions/{id}/deliveries", OperationId = "ListSubscriptionDeliveries"), Tags("Integration")]
    [Allowed(AgencyScope = ApiKeyScopes.Webhooks)]
    [ProducesResponseType<IReadOnlyList<WebhookDeliveryRecord>>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> List(string id, [Query("Only deliveries in this state.", Carries = typeof(WebhookDeliveryStatus))] string? status, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        WebhookDeliveryStatus? wanted = null;
        if (status is not null)
        {
            if (!SnakeCaseEnums.TryParse<WebhookDeliveryStatus>(status, out var parsed))
                return ProblemResults.Invalid("status", Text.T("Pilihan: retrying, failed, delivered, superseded.", "Allowed: retrying, failed, delivered, superseded."));
            wanted = parsed;
        }
        if (await SubscriptionEndpoints.FindAsync(session, http.Caller(), id, ct) is not { } subscription) return SubscriptionEndpoints.NotFound(id);
        IQueryable<WebhookDeliveryRecord> query = session.Query<WebhookDeliveryRecord>().Where(d => d.SubscriptionId == subscription.Id);
        query = wanted is { } only ? query.Where(d => d.Status == only)
            : query.Where(d => d.Status == WebhookDeliveryStatus.Retrying || d.Status == WebhookDeliveryStatus.Failed);
        return Results.Ok(await query.OrderByDescending(d => d.LastAttemptAt).Take(200).ToListAsync(ct));
    }

    /// <summary>Try the delivery that holds the subscription back again, now (also one that gave up).</summary>
    /// <remarks>
    /// For the subscription's maker (an agency key with scope `webhooks`) and `province_admin`; an unknown subscription or delivery answers
    /// 404. Only the delivery in the subscription's `held` can be retried, else 409 `urn:tksk-cases:problem:delivery-not-held`. Its next
    /// attempt is due at once, also after it gave up; answers 200 with the subscription, and the attempt follows in the background.
    /// </remarks>
    [WolverinePost("/api/v1/subscriptions/{id}/deliveries/{deliveryId}/retry", OperationId = "RetrySubscriptionDelivery"), Tags("Integration")]
    [Allowed(AgencyScope = ApiKeyScopes.Webhooks)]
    [ProducesResponseType<SubscriptionView>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(409, "application/problem+json")]
    public static async Task<IResult> Retry(string id, string deliveryId, IDocumentStore store, HttpContext http, WebhookPolicy policy, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        await using (var query = store.QuerySession())
        {
            if (await SubscriptionEndpoints.FindAsync(query, caller, id, ct) is not { } subscription) return SubscriptionEndpoints.NotFound(id);
            if (!Guid.TryParse(deliveryId, out var delivery) || await query.LoadAsync<WebhookDeliveryRecord>(delivery, ct) is not { } record || record.SubscriptionId != subscription.Id)
                return ProblemResults.NotFound(Text.T($"Pengiriman{Echo.Id(deliveryId)} tidak ditemukan.", $"Delivery{Echo.Id(deliveryId)} not found."));
            if (subscription.Held?.DeliveryId != delivery)
                return Results.Problem(statusCode: 409, type: ProblemTypes.Of("delivery-not-held"),
                    title: Text.T("Pengiriman ini tidak sedang tertahan", "This delivery is not being held"),
                    detail: Text.T("Hanya pengiriman yang gagal dan menahan langganan yang dapat diulang; yang lain sudah terkirim atau diganti.",
                        "Only the failed delivery that holds the subscription back can be retried; this one got through or was replaced."));
        }
        var now = clock.GetUtcNow();
        return await SubscriptionEndpoints.ChangeAsync(store, caller, id, policy, clock, ct,
            s => s.Held?.DeliveryId == Guid.Parse(deliveryId) ? s with { Held = s.Held with { NextAttemptAt = now, GaveUp = false } } : s,
            (session, s) =>
            {
                if (s.Held?.DeliveryId == Guid.Parse(deliveryId)) session.Patch<WebhookDeliveryRecord>(s.Held.DeliveryId)
                    .Set(d => d.Status, WebhookDeliveryStatus.Retrying).Set(d => d.NextAttemptAt, (DateTimeOffset?)now);
            });
    }

    /// <summary>
    /// Deliver again from a feed position: every matching event after it, in order, with new delivery ids
    /// (a receiver that drops repeated ids processes them again). A held delivery is replaced. A replay reaches
    /// back at most Webhooks:ReplayWindow (30 days): the problem names the earliest position allowed.
    /// </summary>
    /// <remarks>
    /// For the subscription's maker (an agency key with scope `webhooks`) and `province_admin`; any other subscription answers 404. `after`
    /// (0 or more) may not lie past the feed's high-water mark nor further back than the replay window (`Webhooks:ReplayWindow`, 30 days),
    /// else 400 naming `after` (the problem names the earliest position allowed). Answers 200 with the subscription, its `cursor` set to
    /// `after` and no delivery held.
    /// </remarks>
    [WolverinePost("/api/v1/subscriptions/{id}/replay", OperationId = "ReplaySubscription"), Tags("Integration")]
    [Allowed(AgencyScope = ApiKeyScopes.Webhooks)]
    [ProducesResponseType<SubscriptionView>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> Replay(string id, ReplaySubscriptionRequest request, IDocumentStore store, HttpContext http, WebhookPolicy policy,
        TimeProvider clock, CancellationToken ct)
    {
        await using (var query = store.QuerySession())
        {
            var high = await HighWaterMark.ReadAsync(query, ct);
            if (request.After > high)
                return ProblemResults.Invalid("after", Text.T($"Umpan baru sampai posisi {high}.", $"The feed reaches position {high} so far."));
            // A replay from the beginning of a province's history would hold a delivery slot for days and resend years of data.
            var earliest = await EarliestReplayableAsync(query, clock.GetUtcNow() - policy.ReplayWindow, high, ct);
            if (request.After < earliest)
                return ProblemResults.Invalid("after", Text.T(
                    $"Pengulangan paling jauh {policy.ReplayWindow.TotalDays:N0} hari ke belakang: mulai dari posisi {earliest} atau sesudahnya.",
                    $"A replay reaches back at most {policy.ReplayWindow.TotalDays:N0} days: start at position {earliest} or later."));
        }
        return await SubscriptionEndpoints.ChangeAsync(store, http.Caller(), id, policy, clock, ct,
            s => s with { Cursor = request.After!.Value, Generation = s.Generation + 1, Held = null },
            (session, s) =>
            {
                if (s.Held is { } held) session.Patch<WebhookDeliveryRecord>(held.DeliveryId).Set(d => d.Status, WebhookDeliveryStatus.Superseded);
            });
    }

    /// <summary>The position a replay from <paramref name="since"/> starts after: just before the first event stored since then.</summary>
    private static async Task<long> EarliestReplayableAsync(IQuerySession session, DateTimeOffset since, long high, CancellationToken ct)
    {
        var first = await session.Events.QueryAllRawEvents().Where(e => e.Timestamp >= since && e.Sequence <= high)
            .OrderBy(e => e.Sequence).Select(e => e.Sequence).FirstOrDefaultAsync(ct);
        return first == 0 ? high : first - 1;
    }
}
