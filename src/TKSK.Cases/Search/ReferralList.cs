using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TKSK.Cases.Access;
using TKSK.Cases.Categories;
using TKSK.Cases.Regions;
using TKSK.Cases.Referrals;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Search;

/// <summary>One line of the case list: enough to pick the case, nothing personal.</summary>
public sealed record ReferralListItem(
    Guid Id, string Number, string Status, string Category, string CategoryName, string Urgency, string Channel, bool Pasung,
    string KabupatenCode, string KabupatenName, string KecamatanCode, string KecamatanName, Guid? CoordinatorId, string? CoordinatorName,
    DateTimeOffset ReceivedAt, DateTimeOffset? NextDueAt, bool Overdue, bool Unassigned, bool Orphaned, EscalationLevel EscalationLevel, DateTimeOffset UpdatedAt)
{
    public static ReferralListItem Of(ReferralSummary s) => new(
        s.Id, s.Number, s.Status, s.Category, PpksCategories.NameOf(s.Category), s.Urgency, s.Channel, s.Pasung,
        s.KabupatenCode, s.KabupatenName, s.KecamatanCode, s.KecamatanName, s.CoordinatorId, s.CoordinatorName,
        s.ReceivedAt, s.NextDueAt, s.Overdue, s.Unassigned, s.Orphaned, (EscalationLevel)s.EscalationLevel, s.UpdatedAt);
}

/// <param name="Total">How many cases match, counted up to the service's limit (CaseList:CountLimit, 10,000 unless configured).
/// When more match, Total is that limit (or the cases up to this page, if more) and TotalIsLowerBound is true.</param>
/// <param name="TotalIsLowerBound">More cases match than Total says: narrow the filter, or keep paging while pages come back full.</param>
/// <param name="NextAfter">The cursor for the next page (pass it as after), null on the last page or for an order a cursor cannot follow.</param>
public sealed record ReferralPage(IReadOnlyList<ReferralListItem> Items, long Total, int Page, int PageSize, bool TotalIsLowerBound = false, string? NextAfter = null);

/// <summary>
/// Totals are counted up to <see cref="CountLimit"/>: beyond it a list says "at least", rather than count a
/// province's whole history again for every page of an unfiltered list, a cost that grows with the store.
/// </summary>
public sealed class CaseListOptions
{
    public int CountLimit { get; set; } = 10_000;
    /// <summary>A search first looks among this many of the newest cases in its list (<see cref="RecentMatches"/>).</summary>
    public int SearchWindow { get; set; } = 2_000;
    /// <summary>The most cases one export may carry: a whole province's names and summaries do not leave in one file.</summary>
    public int ExportLimit { get; set; } = 50_000;
    /// <summary>Exports one person may start an hour.</summary>
    public int ExportsPerHour { get; set; } = 20;
}

public static class ReferralList
{
    /// <summary>
    /// The case list: the operator's queue of new reports (status=received), a TKSK's open cases
    /// (coordinator={their id} with status=assigned,in_progress), a kabupaten's unassigned, overdue or escalated cases, or a search (q).
    /// Only cases within the caller's scope; a region outside it is refused (403).
    /// </summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. A TKSK sees their kecamatan and the cases
    /// assigned to them, a supervisor their kabupaten/kota; a `kabupaten` or `kecamatan` outside the caller's region answers 403, any wrong
    /// value 400 naming the parameter. `escalated=true` lists the open cases escalated to the kabupaten or the province (a missed
    /// deadline), whether still overdue or met late; a closed case keeps its `escalationLevel` but is not listed. `receivedFrom` and `receivedTo` are WIB days (yyyy-MM-dd, inclusive); `sort` takes `receivedAt`,
    /// `urgency` or `dueAt` (`-` for descending; default `-receivedAt`); `page` (from 1) and `pageSize` (default 25, at most 100) reach the
    /// first 10,000 rows. `total` is exact up to 10,000 matches, beyond that a lower bound with `totalIsLowerBound: true`.
    /// Keyset paging goes past that and does not shift when cases arrive: each page's `nextAfter` (null on the last page) passed as
    /// `after` gives the page after it, answered with `page: 0` and the whole list's `total`. `after` works with `sort=-receivedAt` (the
    /// default) or `receivedAt` only, never with `page`; otherwise, or for a cursor that is not a `nextAfter`, 400 naming `after`.
    /// `q`: each word of 3 or more letters or digits (after folding) must match; shorter words are ignored, and a `q` without such a
    /// word is 400 naming `q`. A search lists and counts at most the newest 1,000 matches (`page` stops there; `total` says at least
    /// 1,000; keyset pages go on past it): add a word or a filter to narrow it. Items carry
    /// codes, flags (`escalationLevel`: `none`, `kabupaten` or `province`), the coordinator and times (ISO 8601; `updatedAt` is the
    /// last change of what the list shows — status, assignment, deadlines, flags — e.g. the resolution a supervisor has to review; a note does not move it), never the subject's name or NIK.
    /// </remarks>
    [WolverineGet("/api/v1/referrals", OperationId = "ListReferrals"), Tags("Referrals")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<ReferralPage>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(403, "application/problem+json")]
    public static async Task<IResult> Get([FromQuery] ReferralListRequest request, IQuerySession session, RegionCatalog regions,
        IOptions<CaseListOptions> options, HttpContext http, CancellationToken ct)
    {
        if (Scoped(request, regions, http.Caller(), out var filter) is { } problem) return problem;
        var skip = 0;
        if (filter.After is null && Paging.Offset(filter.Page, filter.PageSize, ("Persempit dengan wilayah, status, kategori atau tanggal terima.",
                "Narrow it by region, status, category or the dates received."), out skip, filter.MaxRows) is { } tooDeep) return tooDeep;
        var scoped = session.Query<ReferralSummary>().InScopeOf(http.Caller());
        // Two statements, not one with count(*) over (): the page reads its rows (one more, to know whether a next page
        // exists) through an index and stops; the total counts rows without fetching their JSON, and stops one past the limit.
        var found = filter.Words.Count > 0 && filter.Keyset
            ? await RecentMatches.PageAsync(filter, scoped, options.Value.SearchWindow, skip, filter.PageSize + 1, ct)
            : null;
        var read = found?.Rows ?? await filter.Listed(scoped).Skip(skip).Take(filter.PageSize + 1).ToListAsync(ct);
        var page = read.Take(filter.PageSize).ToList();
        var next = read.Count > filter.PageSize && filter.Keyset ? new ListCursor(filter.Sort[0].Descending, page[^1].ReceivedAt, page[^1].Id).Encode() : null;
        var items = page.Select(ReferralListItem.Of).ToList();
        // A keyset page has no number: it answers page 0, and the total of the whole list as the first page counts it.
        var number = filter.After is null ? filter.Page : 0;
        var upToHere = filter.After is null ? (filter.Page - 1) * filter.PageSize + page.Count : 0;
        if (filter.After is null && read.Count <= filter.PageSize && (page.Count > 0 || filter.Page == 1))
            return Results.Ok(new ReferralPage(items, upToHere, number, filter.PageSize, NextAfter: next));
        var limit = Math.Min(options.Value.CountLimit, filter.MaxRows);
        var counted = filter.Words.Count > 0
            ? await RecentMatches.CountAsync(filter, scoped, session, options.Value.SearchWindow, limit, found?.Dense ?? false, ct)
            : await filter.Where(scoped).CountUpToAsync(session, limit, ct);
        return Results.Ok(counted > limit
            ? new ReferralPage(items, Math.Max(limit, upToHere), number, filter.PageSize, TotalIsLowerBound: true, NextAfter: next)
            : new ReferralPage(items, counted, number, filter.PageSize, NextAfter: next));
    }

    /// <summary>The validated filter within the caller's scope, or the problem to answer (400 naming the parameter, 403 for a region outside the scope).</summary>
    public static IResult? Scoped(ReferralListRequest request, RegionCatalog regions, Actor caller, out ReferralFilter filter)
    {
        var (parsed, errors) = ReferralFilter.Parse(request, regions);
        filter = parsed ?? new ReferralFilter();
        if (parsed is null) return Results.Problem(ProblemResults.Validation(errors));
        if (!RegionScope.TryNarrow(caller.Region, parsed.Region, out _))
            return ProblemResults.Forbidden(Text.T("Wilayah ini di luar wilayah kerja Anda.", "This region is outside your area."));
        return null;
    }
}
