using JasperFx.Events;
using Marten;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Feed;

/// <summary>
/// For a run of feed events: each referral as it stood right after each of them (folded from its
/// stream, so an event is shown with the values it had, e.g. the step title before a later change),
/// and each referral as it stands now (the stored case view), which decides scope and masking.
/// </summary>
public sealed class CaseStates
{
    private readonly Dictionary<(Guid, long), Referral> _after = new();
    private readonly Dictionary<Guid, Referral> _current = new();

    public Referral? After(IEvent e) => _after.GetValueOrDefault((e.StreamId, e.Version));
    public Referral? Current(Guid referralId) => _current.GetValueOrDefault(referralId);

    public static async Task<CaseStates> LoadAsync(IQuerySession session, IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        var states = new CaseStates();
        var ids = events.Select(e => e.StreamId).Distinct().ToArray();
        var wanted = events.Select(e => (e.StreamId, e.Version)).ToHashSet();
        var last = events.Max(e => e.Sequence);
        foreach (var referral in await session.LoadManyAsync<Referral>(ct, ids)) states._current[referral.Id] = referral;

        // One query for the streams' events up to the last one needed, folded as the inline projection folds them.
        var history = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(ids) && e.Sequence <= last)
            .OrderBy(e => e.Sequence).ToListAsync(ct);
        foreach (var stream in history.GroupBy(e => e.StreamId))
        {
            Referral? state = null;
            foreach (var e in stream.OrderBy(e => e.Version))
            {
                state = ReferralEvolution.Evolve(state, e.Data, e.UserName) with { Version = e.Version };
                if (wanted.Contains((e.StreamId, e.Version))) states._after[(e.StreamId, e.Version)] = state;
            }
        }
        return states;
    }
}
