using Marten;

namespace TKSK.Cases.Search;

/// <summary>
/// A search (q) looks among the newest cases in scope first. The trigram index hands its matches over unordered, so a
/// common word (half of all cases say "Pak") used to be read and sorted in full for every page: 2 s at 231 k cases. The
/// newest cases in list order (<see cref="CaseListOptions.SearchWindow"/>, 2,000) are walked through the received_at index instead, each checked against
/// the words; a common word fills its page within a few hundred of them. Only when the window does not fill the page (a
/// rare word) is the trigram index asked for every match, which for a rare word are few. The page is the same either way:
/// every case outside the window lies beyond every case in it, in list order.
/// </summary>
public static class RecentMatches
{
    /// <summary>The receivedAt of the last case in the window (list order, without the words), or null when the list is shorter: then the window is all of it.</summary>
    public static async Task<DateTimeOffset?> EdgeAsync(IQueryable<ReferralSummary> orderedWithoutWords, int window, CancellationToken ct)
    {
        var edge = await orderedWithoutWords.Skip(window - 1).Select(x => x.ReceivedAt).FirstOrDefaultAsync(ct);
        return edge == default ? null : edge;
    }

    /// <summary>The cases in the window: up to the edge (ties included), newest first or oldest first.</summary>
    public static IQueryable<ReferralSummary> Within(IQueryable<ReferralSummary> query, DateTimeOffset? edge, bool descending) =>
        edge is not { } at ? query : descending ? query.Where(x => x.ReceivedAt >= at) : query.Where(x => x.ReceivedAt <= at);

    /// <param name="Rows">The page's rows.</param>
    /// <param name="Dense">Whether the words look common enough for the newest window to hold more matches than the count's limit
    /// (the page was found in a small part of it), so that the count tries the window first.</param>
    public sealed record Found(IReadOnlyList<ReferralSummary> Rows, bool Dense);

    /// <summary>
    /// One page of a search in receivedAt order (<paramref name="take"/> rows after <paramref name="skip"/>), from the window when it
    /// holds them all, else through the trigram index.
    /// </summary>
    public static async Task<Found> PageAsync(ReferralFilter filter, IQueryable<ReferralSummary> scoped, int window, int skip, int take, CancellationToken ct)
    {
        var descending = filter.Sort[0].Descending;
        var edge = await EdgeAsync(filter.Listed(scoped, words: false), window, ct);
        var rows = await filter.Listed(Within(scoped, edge, descending), throughTrigramIndex: false).Skip(skip).Take(take).ToListAsync(ct);
        if (edge is not { } e) return new(rows, Dense: true);
        if (rows.Count < take) return new(await filter.Listed(scoped).Skip(skip).Take(take).ToListAsync(ct), Dense: false);
        // The share of the window's time the page took, as a stand-in for the share of its rows: a page found in the newest
        // 2.5 × take / window of it suggests more than 40 % of the window matches, enough to pass a count's limit of half the window.
        var whole = (rows[0].ReceivedAt - e).Duration();
        var used = (rows[0].ReceivedAt - rows[^1].ReceivedAt).Duration();
        return new(rows, Dense: descending && skip == 0 && filter.After is null && used.Ticks * (double)window <= 2.5 * take * whole.Ticks);
    }

    /// <summary>
    /// A search's matches counted up to <paramref name="limit"/> (+1 past it) through the trigram index's bitmaps, stopping past the
    /// limit; for <paramref name="dense"/> words first within the newest window, walked in order, where they pass the limit sooner.
    /// </summary>
    public static async Task<int> CountAsync(ReferralFilter filter, IQueryable<ReferralSummary> scoped, IQuerySession session, int window, int limit, bool dense, CancellationToken ct)
    {
        if (dense)
        {
            var edge = await EdgeAsync(filter.Where(scoped, words: false).OrderByDescending(x => x.ReceivedAt).ThenByDescending(x => x.Id), window, ct);
            var inWindow = await filter.Where(Within(scoped, edge, descending: true)).CountUpToAsync(session, limit, ct, CountPlan.WalkingAnIndex);
            if (inWindow > limit || edge is null) return inWindow;
        }
        return await filter.Where(scoped).CountUpToAsync(session, limit, ct, CountPlan.ThroughBitmaps);
    }
}
