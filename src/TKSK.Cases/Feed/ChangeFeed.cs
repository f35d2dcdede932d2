using JasperFx.Events;
using Marten;
using TKSK.Cases.Access;
using TKSK.Cases.Referrals;

using TKSK.Cases.Casework;

namespace TKSK.Cases.Feed;

/// <summary>One page of the feed: the events, and the position to read on from (<c>after</c> of the next request).</summary>
/// <param name="Next">Pass as <c>after</c> next time. It can be past the last event shown: events the reader may not see are skipped over.</param>
/// <param name="HighWater">Every event up to here is final; the feed never shows one beyond it. Next equal to it: caught up for now.</param>
public sealed record FeedPage(IReadOnlyList<IntegrationEvent> Events, long Next, long HighWater)
{
    public bool CaughtUp => Next >= HighWater;
}

/// <summary>What a subscription narrows the reader's scope to: event types, a region inside it, some of its categories.</summary>
public sealed record FeedFilter(IReadOnlyCollection<string>? Types = null, string? Region = null, IReadOnlyCollection<string>? Categories = null)
{
    public static readonly FeedFilter Everything = new();

    public bool Allows(string type, Referral current) =>
        (Types is null || Types.Contains(type))
        && (Region is null || Scope.InRegion(Region, current.Place.KecamatanCode))
        && (Categories is not { Count: > 0 } || Categories.Contains(current.Category));
}

/// <summary>
/// The change feed: every referral event in the event store's global order (Marten's event
/// sequence, so positions are stable 64-bit numbers), as integration events, for one reader.
/// <para>
/// Only events up to the event store's high-water mark are read. Sequence numbers are taken when a
/// transaction appends, not when it commits, so a slow transaction can commit position 41 after
/// 42 is already visible; a reader that went on from 42 would never see 41. The async daemon's
/// high-water mark stops below any such gap until it is filled (or proven to be a rollback), so
/// nothing is ever skipped; the price is a lag of a fraction of a second.
/// </para>
/// <para>
/// Which referrals a reader sees, and masked how, is decided on the case as it stands now, exactly as
/// <c>GET /api/v1/referrals/{id}</c> does (<see cref="Scope"/>, <see cref="PersonalData.ForAgency"/>): re-reading from an old
/// position gives the same events, unless meanwhile a referral moved into or out of the reader's
/// scope, a basis for sharing was recorded or revoked, or personal data was erased.
/// </para>
/// </summary>
public static class ChangeFeed
{
    public const int DefaultLimit = 100, MaxLimit = 500;
    // Raw events looked at per query, and per request at most: a reader that may see few of them
    // still gets an answer soon, with a Next that moved on.
    private const int Chunk = 200, MaxScanned = 5_000;

    /// <param name="disclosed">Filled with the referrals whose personal data the page shows unmasked (to be recorded in the access log).</param>
    public static async Task<FeedPage> ReadAsync(IQuerySession session, Actor reader, FeedFilter filter, long after, int limit, CancellationToken ct,
        ICollection<(Guid Id, string Number)>? disclosed = null)
    {
        var high = await HighWaterMark.ReadAsync(session, ct);
        var next = after;
        var found = new List<IntegrationEvent>();
        var scanned = 0;
        while (found.Count < limit && next < high && scanned < MaxScanned)
        {
            var from = next;
            var chunk = await session.Events.QueryAllRawEvents()
                .Where(e => e.Sequence > from && e.Sequence <= high)
                .OrderBy(e => e.Sequence).Take(Chunk).ToListAsync(ct);
            if (chunk.Count == 0) { next = high; break; }
            var cases = await CaseStates.LoadAsync(session, chunk, ct);
            foreach (var e in chunk)
            {
                next = e.Sequence;
                scanned++;
                if (Publish(e, cases, reader, filter) is { } published)
                {
                    found.Add(published);
                    if (disclosed is not null && Discloses(reader, cases.Current(e.StreamId)!) && !disclosed.Contains((e.StreamId, published.ReferralNumber)))
                        disclosed.Add((e.StreamId, published.ReferralNumber));
                }
                if (found.Count == limit) break;
            }
            // Everything up to the high-water mark was read: the next reader starts there.
            if (chunk.Count < Chunk && found.Count < limit) next = high;
        }
        return new FeedPage(found, next, high);
    }

    private static bool Discloses(Actor reader, Referral current) =>
        reader.Role != Role.Agency || PersonalData.SharedWith(current.SharingConsents, reader.AgencyId, reader.Name);

    private static IntegrationEvent? Publish(IEvent e, CaseStates cases, Actor reader, FeedFilter filter)
    {
        if (cases.Current(e.StreamId) is not { } current || cases.After(e) is not { } after || !reader.Covers(current)) return null;
        // Erased since: the earlier events are read without it, whether or not the queued masking has rewritten them yet.
        if (current.PersonalDataErasedAt is not null) after = PersonalData.Erase(after);
        var shown = reader.Role == Role.Agency
            // Masked by the bases for sharing recorded now: a revoked one hides again what it once showed.
            ? PersonalData.ForAgency(after, reader.AgencyId, reader.Name, current.SharingConsents)
            : after;
        // How a follow-up found the person (relapse, re-pasung, died) is health data: not for an agency without a basis.
        if (e.Data is FollowUpRecorded && !Discloses(reader, current)) return null;
        return PublicEvents.From(e, shown) is { } published && filter.Allows(PublicEvents.TypeOf(published), current) ? published : null;
    }
}
