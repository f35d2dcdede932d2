using System.Collections.Concurrent;
using Marten;
using TKSK.Cases.Access;
using TKSK.Cases.Feed;
using TKSK.Cases.Infrastructure.Storage;
using TKSK.Cases.Audit;
using TKSK.Cases.Identity;
using TKSK.Cases.Cluster;

namespace TKSK.Cases.Webhooks;

/// <summary>
/// Delivers every subscription's events, in feed order, from state kept only in PostgreSQL. Each
/// poll finds the subscriptions with something to do (new events below the high-water mark, or a
/// failed delivery whose pause is over) and runs one delivery loop per subscription, under its
/// <see cref="SubscriptionLock"/>, so that across any number of nodes one event of a subscription is
/// in flight at a time and none overtakes another. The cursor moves only after a 2xx: a kill between
/// the receiver's answer and the commit means that event is sent again, with the same delivery id.
/// A Wolverine agent (<c>webhook-dispatcher://</c>): the cluster's leader runs it on one node and moves it when that node
/// dies. While it moves, two nodes may deliver for a moment; the subscription lock and the cursor check keep that safe.
/// </summary>
public sealed class WebhookDispatcher(IDocumentStore store, WebhookSender sender, WebhookPolicy policy, TimeProvider clock, ILogger<WebhookDispatcher> logger)
    : LoopAgent(AgentScheme)
{
    public const string AgentScheme = "webhook-dispatcher";
    // A page of events is read, then delivered one at a time, each checked against the subscription as it stands.
    private const int PageSize = 20;
    private readonly ConcurrentDictionary<Guid, bool> _running = new();
    private readonly ConcurrentDictionary<string, int> _runningPerOwner = new();
    private SemaphoreSlim? _slots;

    protected override async Task RunAsync(CancellationToken stop)
    {
        _slots = new SemaphoreSlim(policy.Concurrency);
        while (!stop.IsCancellationRequested)
        {
            // Nothing may end this loop but the stop: a database outage (PostgreSQL restarting) must cost
            // deliveries a few seconds, not the agent.
            try { await StartDueAsync(stop); }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                if (DatabaseOutage.IsOutage(e)) logger.LogDebug(e, "Webhook subscriptions not read this time: the database is not reachable");
                else logger.LogWarning(e, "Webhook subscriptions not read this time");
            }
            try { await Task.Delay(policy.PollInterval, stop); }
            catch (OperationCanceledException) { break; }
        }
        // Loops stop at their next step; a delivery in flight is cut off and sent again (same id) by the node that takes over.
        for (var i = 0; i < 50 && !_running.IsEmpty; i++) await Task.Delay(100, CancellationToken.None);
    }

    private async Task StartDueAsync(CancellationToken stop)
    {
        await using var session = store.QuerySession();
        var high = await HighWaterMark.ReadAsync(session, stop);
        var now = clock.GetUtcNow();
        var open = await session.Query<WebhookSubscription>().Where(s => s.CancelledAt == null).ToListAsync(stop);
        var due = open.Where(s => s.IsDue(now, high) && !_running.ContainsKey(s.Id)).ToList();
        foreach (var subscription in FairTurns(due, _runningPerOwner, policy.Concurrency))
        {
            if (!_running.TryAdd(subscription.Id, true)) continue;
            _runningPerOwner.AddOrUpdate(subscription.OwnerId, 1, (_, n) => n + 1);
            _ = Task.Run(() => PumpAsync(subscription.Id, subscription.OwnerId, stop), CancellationToken.None);
        }
    }

    /// <summary>
    /// Which due subscriptions to start, in which order, while delivery slots are free. Slots are shared fairly: each
    /// owner with something due first gets up to an equal part of them, owners taking turns; slots left over then go
    /// round again. One agency's many (or replaying) subscriptions cannot hold back everyone else's.
    /// </summary>
    public static IEnumerable<WebhookSubscription> FairTurns(IReadOnlyList<WebhookSubscription> due, IReadOnlyDictionary<string, int> running, int concurrency)
    {
        var owners = due.GroupBy(s => s.OwnerId).ToList();
        var share = Math.Max(1, concurrency / Math.Max(1, owners.Count));
        var started = owners.ToDictionary(o => o.Key, o => running.GetValueOrDefault(o.Key));
        var free = concurrency - running.Values.Sum();
        var turns = owners.SelectMany(o => o.Select((s, turn) => (s, turn))).OrderBy(x => x.turn).Select(x => x.s).ToList();
        var chosen = new HashSet<Guid>();
        foreach (var fair in new[] { true, false })
            foreach (var subscription in turns)
            {
                if (free <= 0) yield break;
                if (chosen.Contains(subscription.Id) || (fair && started[subscription.OwnerId] >= share)) continue;
                chosen.Add(subscription.Id);
                started[subscription.OwnerId]++;
                free--;
                yield return subscription;
            }
    }

    private async Task PumpAsync(Guid id, string owner, CancellationToken stop)
    {
        try
        {
            // This run's slots: a loop still ending after a stop must not release the next run's.
            var slots = _slots!;
            await slots.WaitAsync(stop);
            try { while (!stop.IsCancellationRequested && await DeliverPageAsync(id, stop)) { } }
            finally { slots.Release(); }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        catch (Exception e) when (DatabaseOutage.IsOutage(e)) { logger.LogDebug(e, "Webhook subscription {SubscriptionId}: the database is not reachable; the next poll goes on", id); }
        catch (Exception e) { logger.LogWarning(e, "Webhook subscription {SubscriptionId}: delivery loop stopped; the next poll starts it again", id); }
        finally
        {
            _runningPerOwner.AddOrUpdate(owner, 0, (_, n) => n - 1);
            _running.TryRemove(id, out _);
        }
    }

    // Writes use Update, never Store: a subscription deleted while a delivery was in flight stays deleted.

    /// <summary>Reads the next page for the subscription and delivers it; true when there may be more right away.</summary>
    private async Task<bool> DeliverPageAsync(Guid id, CancellationToken stop)
    {
        FeedPage page;
        WebhookSubscription start;
        Actor owner;
        var disclosed = new HashSet<(Guid Id, string Number)>();
        await using (var query = store.QuerySession())
        {
            if (await query.LoadAsync<WebhookSubscription>(id, stop) is not { } found || !found.IsDue(clock.GetUtcNow(), long.MaxValue)) return false;
            if (await OwnerAsync(query, found, stop) is not { } reader) return false;
            (start, owner) = (found, reader);
            page = await ChangeFeed.ReadAsync(query, owner, found.Filter, found.Cursor, PageSize, stop, disclosed);
        }
        var expected = start.Cursor;
        foreach (var e in page.Events)
        {
            // Unmasked personal data leaves only once its disclosure is recorded (UU PDP); a retry is another disclosure.
            var disclosure = disclosed.Contains((e.ReferralId, e.ReferralNumber)) ? owner : null;
            var outcome = await DeliverAsync(id, start.Generation, expected, e, disclosure, stop);
            if (outcome != Outcome.Delivered) return outcome == Outcome.Changed;
            expected = e.Position;
        }
        // Events the subscription does not want are passed over: the cursor moves to where the page ended.
        if (page.Next > expected) await MoveCursorAsync(id, start.Generation, expected, page.Next, stop);
        return !page.CaughtUp;
    }

    private enum Outcome { Delivered, Failed, Changed }

    private async Task<Outcome> DeliverAsync(Guid id, int generation, long expectedCursor, IntegrationEvent e, Actor? disclosedTo, CancellationToken stop)
    {
        await using var gate = await SubscriptionLock.TryTakeAsync(store, id, stop);
        if (gate is null) return Outcome.Failed;
        await using var session = store.LightweightSession();
        var subscription = await session.LoadAsync<WebhookSubscription>(id, stop);
        // Replayed, retried by hand or cancelled since the page was read: read again from where it stands now.
        if (subscription is null || subscription.Generation != generation || subscription.Cursor != expectedCursor) return Outcome.Changed;
        var now = clock.GetUtcNow();
        if (!subscription.IsDue(now, long.MaxValue)) return Outcome.Failed;

        var deliveryId = WebhookSignature.DeliveryId(id, generation, e.Position);
        var held = subscription.Held?.DeliveryId == deliveryId ? subscription.Held : null;
        var attempt = (held?.Attempts ?? 0) + 1;
        if (disclosedTo is not null)
            await AccessLog.RecordAsync(store, [AccessLog.Entry(disclosedTo, e.ReferralId, e.ReferralNumber, AccessLog.Webhook, now, $"subscription:{id}")], stop);
        var error = await sender.SendAsync(subscription, e, deliveryId, attempt, stop);
        now = clock.GetUtcNow();
        var type = PublicEvents.TypeOf(e);
        if (error is null)
        {
            session.Update(subscription with { Cursor = e.Position, Held = null, Delivered = subscription.Delivered + 1, LastDeliveredAt = now });
            if (held is not null)
                session.Store(new WebhookDeliveryRecord(deliveryId, id, e.Position, type, generation, WebhookDeliveryStatus.Delivered, attempt,
                    held.FirstFailedAt, now, null, held.LastError, now));
            await session.SaveChangesAsync(stop);
            return Outcome.Delivered;
        }

        var firstFailed = held?.FirstFailedAt ?? now;
        var gaveUp = now - firstFailed >= policy.GiveUpAfter;
        var next = now + policy.DelayAfter(attempt);
        session.Update(subscription with { Held = new HeldDelivery(deliveryId, e.Position, type, attempt, firstFailed, next, error, gaveUp) });
        session.Store(new WebhookDeliveryRecord(deliveryId, id, e.Position, type, generation,
            gaveUp ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Retrying, attempt, firstFailed, now, gaveUp ? null : next, error));
        await session.SaveChangesAsync(stop);
        if (gaveUp)
            logger.LogWarning("Webhook subscription {SubscriptionId} ({Agency}): position {Position} not delivered since {FirstFailed}, given up: {Error}",
                id, subscription.Agency, e.Position, firstFailed, error);
        return Outcome.Failed;
    }

    private async Task MoveCursorAsync(Guid id, int generation, long expected, long next, CancellationToken stop)
    {
        await using var gate = await SubscriptionLock.TryTakeAsync(store, id, stop);
        if (gate is null) return;
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<WebhookSubscription>(id, stop) is not { } s || s.Generation != generation || s.Cursor != expected || s.Held is not null) return;
        session.Update(s with { Cursor = next });
        await session.SaveChangesAsync(stop);
    }

    /// <summary>
    /// Who the events are read as: for an agency, its API key as it is now (a narrowed grant narrows
    /// what is delivered; a revoked key, or one without the webhooks scope, delivers nothing).
    /// </summary>
    private static async Task<Actor?> OwnerAsync(IQuerySession session, WebhookSubscription s, CancellationToken ct)
    {
        if (s.ApiKeyId is not { } keyId) return s.Owner;
        if (await session.LoadAsync<ApiKey>(keyId, ct) is not { Revoked: false } key || !key.Scopes.Contains(ApiKeyScopes.Webhooks)) return null;
        return new Actor(s.OwnerId, key.Agency, Role.Agency, key.Region, null, key.Categories, key.Scopes, key.AgencyId);
    }
}
