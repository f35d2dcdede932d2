using TKSK.Cases.Access;
using TKSK.Cases.Feed;

namespace TKSK.Cases.Webhooks;

/// <summary>
/// An agency's webhook subscription, with its delivery state: everything lives in this one document
/// in PostgreSQL, so a restart (or a kill) loses nothing. <see cref="Cursor"/> is the feed position
/// delivered up to; it moves only when the receiver answered 2xx.
/// </summary>
/// <param name="OwnerId">Who made it: "apikey:{id}" for an agency (its key's grant applies at every delivery), else the province admin.</param>
/// <param name="Owner">The maker as signed in; for an agency the key is read again at each delivery, so a revoked key stops it.</param>
/// <param name="Secret">The signing key. It must be kept to sign, so it is stored; it is shown once, when the subscription is made.</param>
/// <param name="Generation">Raised by every replay: delivery ids differ per generation, so replayed events are processed again.</param>
/// <param name="Held">The delivery that failed and holds back the later ones, if any.</param>
/// <param name="ExpiresAt">A person's subscription ends then unless renewed (<see cref="WebhookPolicy.PersonSubscriptionLifetime"/>); an API key's: null.</param>
public sealed record WebhookSubscription(
    Guid Id, string OwnerId, string Agency, Actor Owner, string Url, IReadOnlyList<string> EventTypes, string? Region,
    IReadOnlyList<string> Categories, string Secret, DateTimeOffset CreatedAt,
    long Cursor = 0, int Generation = 1, HeldDelivery? Held = null, long Delivered = 0, DateTimeOffset? LastDeliveredAt = null,
    DateTimeOffset? CancelledAt = null, DateTimeOffset? ExpiresAt = null)
{
    public bool Expired(DateTimeOffset now) => ExpiresAt <= now;

    /// <summary>Open: neither cancelled nor expired (what counts against an owner's limit).</summary>
    public bool IsOpen(DateTimeOffset now) => CancelledAt is null && !Expired(now);

    public FeedFilter Filter => new(EventTypes, Region, Categories);

    public Guid? ApiKeyId => OwnerId.StartsWith("apikey:") && Guid.TryParse(OwnerId["apikey:".Length..], out var id) ? id : null;

    /// <summary>Waits for nothing but new events: not cancelled and no failed delivery waiting for its time (or for a person).</summary>
    public bool IsDue(DateTimeOffset now, long highWater) => IsOpen(now) && (Held is { } held
        ? !held.GaveUp && held.NextAttemptAt <= now
        : Cursor < highWater);

    public SubscriptionState StateAt(DateTimeOffset now) => CancelledAt is not null ? SubscriptionState.Cancelled
        : Expired(now) ? SubscriptionState.Expired
        : Held is { GaveUp: true } ? SubscriptionState.Failed
        : Held is not null ? SubscriptionState.Retrying
        : SubscriptionState.Active;
}

/// <summary>The delivery at the head of a subscription that did not go through.</summary>
/// <param name="GaveUp">Retried until <see cref="WebhookPolicy.GiveUpAfter"/>: now waits for POST …/retry (or a replay).</param>
public sealed record HeldDelivery(Guid DeliveryId, long Position, string EventType, int Attempts, DateTimeOffset FirstFailedAt,
    DateTimeOffset NextAttemptAt, string LastError, bool GaveUp = false);

/// <summary>active: delivering; retrying: a delivery failed and is tried again (later events wait); failed: retried until it gave up, waits for a person; cancelled; expired: a person's subscription not renewed in time (renew it to go on from where it stopped).</summary>
public enum SubscriptionState { Active, Retrying, Failed, Cancelled, Expired }

/// <summary>A subscription as shown: never its secret.</summary>
/// <param name="Cursor">The feed position delivered up to.</param>
/// <param name="ExpiresAt">When a person's subscription ends unless renewed (POST …/renewal by the same person); null for an API key's.</param>
public sealed record SubscriptionView(
    Guid Id, string Agency, string Url, IReadOnlyList<string> EventTypes, string? Region, IReadOnlyList<string> Categories,
    DateTimeOffset CreatedAt, SubscriptionState State, long Cursor, long Delivered, DateTimeOffset? LastDeliveredAt, HeldDelivery? Held,
    DateTimeOffset? CancelledAt, DateTimeOffset? ExpiresAt)
{
    public static SubscriptionView Of(WebhookSubscription s, DateTimeOffset now) => new(s.Id, s.Agency, s.Url, s.EventTypes, s.Region, s.Categories,
        s.CreatedAt, s.StateAt(now), s.Cursor, s.Delivered, s.LastDeliveredAt, s.Held, s.CancelledAt, s.ExpiresAt);
}

/// <summary>The new subscription: <c>secret</c> is in this answer only; keep it to check each delivery's signature.</summary>
/// <param name="ExpiresAt">A person's subscription ends then unless renewed; null for an API key's.</param>
public sealed record CreatedSubscription(Guid Id, string Secret, string Url, IReadOnlyList<string> EventTypes, string? Region,
    IReadOnlyList<string> Categories, long Cursor, DateTimeOffset? ExpiresAt = null);
