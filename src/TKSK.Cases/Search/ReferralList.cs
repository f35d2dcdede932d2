using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Categories;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Regions;
using Wolverine.Http;

namespace TKSK.Cases.Search;

/// <summary>One line of the case list: enough to pick the case, nothing personal.</summary>
public sealed record ReferralListItem(
    Guid Id, string Number, string Status, string Category, string CategoryName, string Urgency, string Channel, bool Pasung,
    string KabupatenCode, string KabupatenName, string KecamatanCode, string KecamatanName, Guid? CoordinatorId, string? CoordinatorName,
    DateTimeOffset ReceivedAt, DateTimeOffset? NextDueAt, bool Overdue, bool Unassigned, bool Orphaned)
{
    public static ReferralListItem Of(ReferralSummary s) => new(
        s.Id, s.Number, s.Status, s.Category, PpksCategories.NameOf(s.Category), s.Urgency, s.Channel, s.Pasung,
        s.KabupatenCode, s.KabupatenName, s.KecamatanCode, s.KecamatanName, s.CoordinatorId, s.CoordinatorName,
        s.ReceivedAt, s.NextDueAt, s.Overdue, s.Unassigned, s.Orphaned);
}

public sealed record ReferralPage(IReadOnlyList<ReferralListItem> Items, long Total, int Page, int PageSize);

public static class ReferralList
{
    /// <summary>
    /// The case list: the operator's queue of new reports (status=received), a TKSK's open cases
    /// (coordinator=me&amp;status=assigned,in_progress), a kabupaten's unassigned or overdue cases, or a search (q).
    /// Only cases within the caller's scope; a region outside it is refused (403).
    /// </summary>
    [WolverineGet("/api/v1/referrals", OperationId = "ListReferrals"), Tags("Referrals")]
    [ProducesResponseType<ReferralPage>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(403, "application/problem+json")]
    public static async Task<IResult> Get([FromQuery] ReferralListRequest request, IQuerySession session, RegionCatalog regions, HttpContext http, CancellationToken ct)
    {
        if (Scoped(request, regions, http.Caller(), out var filter) is { } problem) return problem;
        var scoped = session.Query<ReferralSummary>().InScopeOf(http.Caller());
        // Two statements, not one with count(*) over (): the page reads 25 rows through an index and stops; the
        // total counts rows without fetching their JSON.
        var page = await filter.Apply(scoped).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(ct);
        var total = page.Count < filter.PageSize && (page.Count > 0 || filter.Page == 1)
            ? (filter.Page - 1) * filter.PageSize + page.Count
            : await filter.Where(scoped).CountAsync(ct);
        return Results.Ok(new ReferralPage([.. page.Select(ReferralListItem.Of)], total, filter.Page, filter.PageSize));
    }

    /// <summary>The validated filter within the caller's scope, or the problem to answer (400 naming the parameter, 403 for a region outside the scope).</summary>
    public static IResult? Scoped(ReferralListRequest request, RegionCatalog regions, Actor caller, out ReferralFilter filter)
    {
        var (parsed, errors) = ReferralFilter.Parse(request, regions);
        filter = parsed ?? new ReferralFilter();
        if (parsed is null) return Results.Problem(ProblemResults.Validation(errors));
        if (!RegionScope.TryNarrow(caller.Region, parsed.Region, out _))
            return ProblemResults.Forbidden(Text.T($"Wilayah {parsed.Region} di luar wilayah kerja Anda.", $"Region {parsed.Region} is outside your area."));
        return null;
    }
}
