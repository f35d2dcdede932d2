using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Regions;
using TKSK.Cases.Sync;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Dashboards;

public sealed record MonthCount(string Month, long Count);

/// <summary>A region's case figures today: every referral counted once, by status, urgency, category and channel.</summary>
public sealed record CaseCounts(
    long Total, long Open, long Overdue, long Unassigned, long Orphaned,
    IReadOnlyDictionary<string, long> ByStatus, IReadOnlyDictionary<string, long> ByUrgency,
    IReadOnlyDictionary<string, long> ByCategory, IReadOnlyDictionary<string, long> ByChannel,
    MonthCount IntakeThisMonth, MonthCount IntakeLastMonth, ConflictCounts Conflicts)
{
    public static CaseCounts Of(RegionFigures? f, MonthlyFigures? thisMonth, MonthlyFigures? lastMonth, string month, string previous,
        DateTimeOffset? oldestOpenConflict) => new(
        f?["total"] ?? 0, f?["open"] ?? 0, f?["overdue"] ?? 0, f?["unassigned"] ?? 0, f?["orphaned"] ?? 0,
        f?.Group("status.") ?? [], f?.Group("urgency.") ?? [], f?.Group("category.") ?? [], f?.Group("channel.") ?? [],
        new(month, thisMonth?["new"] ?? 0), new(previous, lastMonth?["new"] ?? 0),
        new(f?["conflicts.open"] ?? 0, f?["conflicts.resolved"] ?? 0, oldestOpenConflict));
}

/// <summary>Offline-sync conflicts of the region's cases (docs/sync.md).</summary>
/// <param name="Open">Waiting in the conflict queue.</param>
/// <param name="Resolved">Applied, discarded or marked seen by a supervisor.</param>
/// <param name="OldestOpenSince">When the oldest open one was detected (null: none open): how long it has waited.</param>
public sealed record ConflictCounts(long Open, long Resolved, DateTimeOffset? OldestOpenSince);

/// <param name="AsOf">The figures include every event stored before this instant.</param>
/// <param name="Lag">How far the dashboards' projection is behind the event store.</param>
/// <param name="Kabupaten">For a province, a row per kabupaten/kota (what a chart draws a bar for); otherwise empty.</param>
public sealed record OverviewDashboard(DateTimeOffset AsOf, ProjectionLag Lag, string Region, string RegionName, CaseCounts Figures,
    IReadOnlyList<KabupatenFigures> Kabupaten);

public sealed record KecamatanFigures(string Code, string Name, CaseCounts Figures);

public sealed record KabupatenFigures(string Code, string Name, CaseCounts Figures);

public sealed record KabupatenDashboard(DateTimeOffset AsOf, ProjectionLag Lag, string Kabupaten, string Name, CaseCounts Figures, IReadOnlyList<KecamatanFigures> Kecamatan);

public sealed record CoordinatorRow(Guid CoordinatorId, string Name, string KecamatanCode, string KecamatanName, bool Active,
    long Open, long Overdue, long ResolvedLast30Days, long FollowUpsDue);

public sealed record CoordinatorDashboard(DateTimeOffset AsOf, ProjectionLag Lag, string Region, IReadOnlyList<CoordinatorRow> Coordinators);

public sealed record PasungRow(string Code, string Name, long Reported, long Freed, long InTreatment, long RelapseEpisodes);

public sealed record PasungDashboard(DateTimeOffset AsOf, ProjectionLag Lag, string Region, PasungRow Total, IReadOnlyList<PasungRow> Kabupaten);

/// <param name="IntakeAssist">Per form field (kabupaten, kecamatan, desa, category, pasung, urgency): reports logged with a suggestion for it, and how many kept it.</param>
public sealed record TrendMonth(
    string Month, long Intake, IReadOnlyDictionary<string, long> ByCategory, IReadOnlyDictionary<string, long> ByChannel,
    IReadOnlyDictionary<string, SuggestionAcceptance> IntakeAssist);

/// <param name="Rate">Accepted ÷ suggested, 0–1, rounded to 3 places.</param>
public sealed record SuggestionAcceptance(long Suggested, long Accepted, double Rate)
{
    public static IReadOnlyDictionary<string, SuggestionAcceptance> Of(MonthlyFigures f) =>
        f.Group("assist.suggested.").ToDictionary(s => s.Key, s =>
        {
            var accepted = f["assist.accepted." + s.Key];
            return new SuggestionAcceptance(s.Value, accepted, Math.Round((double)accepted / s.Value, 3));
        });
}

public sealed record TrendDashboard(DateTimeOffset AsOf, ProjectionLag Lag, string Region, IReadOnlyList<TrendMonth> Months);

/// <summary>
/// The dashboards: each reads a handful of precomputed documents (<see cref="CaseFiguresProjection"/>) by id, so it
/// costs the same at a thousand referrals and at a million. Each answer says how far behind the projection is.
/// </summary>
public static class CaseDashboards
{
    private const string Province = "Province code (35: Jawa Timur); default the caller's region, or the served province.";

    /// <summary>A province (or, for a narrower caller, their region) at a glance: counts today and intake this month against last month.</summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. `province` must be a province code, else
    /// 400, and one outside the caller's region answers 403; without it, or for a caller whose region is narrower, the answer is for the
    /// caller's own region (its `region` says which). For a province, `kabupaten` holds the same figures for each of its kabupaten/kota
    /// (one look-up for all of them), else it is empty. Intake months are WIB (`yyyy-MM`). The figures come from an asynchronous projection:
    /// `asOf` (ISO 8601) says which events they include and `lag` how far behind they are, and while the projection is being rebuilt the
    /// answer is 503 `urn:tksk-cases:problem:read-side-rebuilding` with `Retry-After`.
    /// </remarks>
    [WolverineGet("/api/v1/dashboards/overview", OperationId = "GetOverviewDashboard"), Tags("Dashboards")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<OverviewDashboard>(200), ProducesResponseType<ProblemDetails>(503, "application/problem+json")]
    public static async Task<IResult> Overview([Query(Province)] string? province, IQuerySession session, IDocumentStore store, RegionCatalog regions,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (DashboardHttp.Region(http.Caller(), province, RegionLevel.Province, "province", regions, out var region) is { } invalid) return invalid;
        var (lag, rebuilding) = await DashboardHttp.ReadyAsync(store, http, ct);
        if (rebuilding is not null) return rebuilding;
        var parts = RegionCatalog.LevelOf(region) == RegionLevel.Province ? regions.ChildrenOf(region)! : [];
        var counts = await CountsAsync(session, [region, .. parts.Select(k => k.Code)], clock, ct);
        return Results.Ok(new OverviewDashboard(DashboardHttp.AsOf(lag, clock), lag, region, regions.Find(region)!.Name, counts[region],
            [.. parts.Select(k => new KabupatenFigures(k.Code, k.Name, counts[k.Code]))]));
    }

    /// <summary>One kabupaten/kota, with a row per kecamatan (a TKSK sees their own kecamatan only).</summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. `code` must be a kabupaten/kota code, else
    /// 400; one outside the caller's region answers 403, and a TKSK gets their own kecamatan's figures, as the total and the only row. Each
    /// `figures` holds total, open, overdue, unassigned and orphaned cases, counts by status, urgency, category and channel, and intake
    /// this WIB month and last. The figures come from an asynchronous projection: `asOf` (ISO 8601) says which events they include and
    /// `lag` how far behind they are, and while the projection is being rebuilt the answer is 503
    /// `urn:tksk-cases:problem:read-side-rebuilding` with `Retry-After`.
    /// </remarks>
    [WolverineGet("/api/v1/dashboards/kabupaten/{code}", OperationId = "GetKabupatenDashboard"), Tags("Dashboards")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<KabupatenDashboard>(200), ProducesResponseType<ProblemDetails>(503, "application/problem+json")]
    public static async Task<IResult> Kabupaten(string code, IQuerySession session, IDocumentStore store, RegionCatalog regions,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (DashboardHttp.Region(http.Caller(), code, RegionLevel.Kabupaten, "code", regions, out var region) is { } invalid) return invalid;
        var (lag, rebuilding) = await DashboardHttp.ReadyAsync(store, http, ct);
        if (rebuilding is not null) return rebuilding;
        var kecamatan = RegionCatalog.LevelOf(region) == RegionLevel.Kabupaten ? regions.ChildrenOf(region)! : [regions.Find(region)!];
        var counts = await CountsAsync(session, [region, .. kecamatan.Select(k => k.Code)], clock, ct);
        return Results.Ok(new KabupatenDashboard(DashboardHttp.AsOf(lag, clock), lag, code, regions.Find(code)!.Name, counts[region],
            [.. kecamatan.Select(k => new KecamatanFigures(k.Code, k.Name, counts[k.Code]))]));
    }

    /// <summary>Per TKSK of a kabupaten (or the caller's region): open, overdue, resolved in the last 30 days (WIB), follow-ups due.</summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. `kabupaten`, if given, must be a
    /// kabupaten/kota code (else 400) within the caller's region (else 403); without it, the caller's region (the province for province
    /// staff, their kecamatan for a TKSK). Every TKSK registered there is listed, inactive ones too (`active`), ordered by kecamatan and
    /// name; `resolvedLast30Days` counts the last 30 WIB days, today included. The figures come from an asynchronous projection:
    /// `asOf` (ISO 8601) says which events they include and `lag` how far behind they are, and while the projection is being rebuilt the answer is
    /// 503 `urn:tksk-cases:problem:read-side-rebuilding` with `Retry-After`.
    /// </remarks>
    [WolverineGet("/api/v1/dashboards/coordinators", OperationId = "GetCoordinatorDashboard"), Tags("Dashboards")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<CoordinatorDashboard>(200), ProducesResponseType<ProblemDetails>(503, "application/problem+json")]
    public static async Task<IResult> Coordinators([Query("Kabupaten/kota code, e.g. 35.78; default the caller's region.")] string? kabupaten, IQuerySession session, IDocumentStore store, RegionCatalog regions,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (DashboardHttp.Region(http.Caller(), kabupaten, RegionLevel.Kabupaten, "kabupaten", regions, out var region) is { } invalid) return invalid;
        var (lag, rebuilding) = await DashboardHttp.ReadyAsync(store, http, ct);
        if (rebuilding is not null) return rebuilding;
        var people = await session.Query<Coordinator>().InRegion(region).OrderBy(c => c.KecamatanCode).ThenBy(c => c.Name).ToListAsync(ct);
        var ids = people.Select(c => c.Id).ToArray();
        var figures = (await session.LoadManyAsync<CoordinatorFigures>(ct, ids.Select(id => id.ToString()).ToArray())).ToDictionary(f => f.CoordinatorId);
        var since = Wib.DayOf(clock.GetUtcNow()).AddDays(-29).DayNumber;
        var days = await session.Query<CoordinatorDayFigures>().Where(d => d.CoordinatorId.IsOneOf(ids) && d.Day >= since).ToListAsync(ct);
        var resolved = days.GroupBy(d => d.CoordinatorId).ToDictionary(g => g.Key, g => g.Sum(d => d["resolved"]));
        return Results.Ok(new CoordinatorDashboard(DashboardHttp.AsOf(lag, clock), lag, region, [.. people.Select(c =>
        {
            var f = figures.GetValueOrDefault(c.Id);
            return new CoordinatorRow(c.Id, c.Name, c.KecamatanCode, c.KecamatanName, c.Active, f?["open"] ?? 0, f?["overdue"] ?? 0,
                resolved.GetValueOrDefault(c.Id), f?["follow_ups_due"] ?? 0);
        })]));
    }

    /// <summary>
    /// Pasung, per kabupaten: referrals reported with the pasung flag, people freed (release step completed, or resolved
    /// freed_and_treated), in psychiatric treatment now, and relapse episodes (a closed pasung case reopened).
    /// </summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. `province` must be a province code, else
    /// 400, and one outside the caller's region answers 403; without it the answer is for the caller's own region, and a caller whose
    /// region is narrower than a province gets one row, for that region. The figures come from an asynchronous projection: `asOf` (ISO
    /// 8601) says which events they include and `lag` how far behind they are, and while the projection is being rebuilt the answer is 503
    /// `urn:tksk-cases:problem:read-side-rebuilding` with `Retry-After`.
    /// </remarks>
    [WolverineGet("/api/v1/dashboards/pasung", OperationId = "GetPasungDashboard"), Tags("Dashboards")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<PasungDashboard>(200), ProducesResponseType<ProblemDetails>(503, "application/problem+json")]
    public static async Task<IResult> Pasung([Query(Province)] string? province, IQuerySession session, IDocumentStore store, RegionCatalog regions,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (DashboardHttp.Region(http.Caller(), province, RegionLevel.Province, "province", regions, out var region) is { } invalid) return invalid;
        var (lag, rebuilding) = await DashboardHttp.ReadyAsync(store, http, ct);
        if (rebuilding is not null) return rebuilding;
        var rows = RegionCatalog.LevelOf(region) == RegionLevel.Province ? regions.ChildrenOf(region)! : [regions.Find(region)!];
        var docs = (await session.LoadManyAsync<RegionFigures>(ct, [region, .. rows.Select(r => r.Code)])).ToDictionary(f => f.Id);
        PasungRow Row(Region r)
        {
            var f = docs.GetValueOrDefault(r.Code);
            return new(r.Code, r.Name, f?["pasung.reported"] ?? 0, f?["pasung.freed"] ?? 0, f?["pasung.in_treatment"] ?? 0, f?["pasung.relapse_episodes"] ?? 0);
        }
        return Results.Ok(new PasungDashboard(DashboardHttp.AsOf(lag, clock), lag, region, Row(regions.Find(region)!), [.. rows.Select(Row)]));
    }

    /// <summary>Monthly intake (WIB months, this one included) by category and channel, and intake assist's acceptance per field, for the caller's region.</summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. `months` is 1–60 (default 12), else 400
    /// naming it; `region` is a region code at any level (default: the caller's region, or the province), unknown 400, outside the caller's
    /// region 403. Months are WIB (`yyyy-MM`), oldest first, ending with the current one; a month without intake counts 0. The figures come
    /// from an asynchronous projection: `asOf` (ISO 8601) says which events they include and `lag` how far behind they are, and while the
    /// projection is being rebuilt the answer is 503 `urn:tksk-cases:problem:read-side-rebuilding` with `Retry-After`.
    /// </remarks>
    [WolverineGet("/api/v1/dashboards/trend", OperationId = "GetTrendDashboard"), Tags("Dashboards")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<TrendDashboard>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(503, "application/problem+json")]
    public static async Task<IResult> Trend(
        [Query("How many WIB months, this one included: 1–60.", Carries = typeof(int))] string? months,
        [Query("Province, kabupaten/kota or kecamatan code; default the caller's region.")] string? region, IQuerySession session, IDocumentStore store, RegionCatalog regions,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var count = 12;
        if (months is not null && (!int.TryParse(months, out count) || count is < 1 or > 60))
            return ProblemResults.Invalid("months", Text.T("Harus bilangan bulat 1–60.", "Must be a whole number 1–60."));
        var level = region is null ? RegionLevel.Province : RegionCatalog.LevelOf(region);
        if (DashboardHttp.Region(http.Caller(), region, level, "region", regions, out var code) is { } invalid) return invalid;
        var (lag, rebuilding) = await DashboardHttp.ReadyAsync(store, http, ct);
        if (rebuilding is not null) return rebuilding;
        var last = Wib.MonthIndex(Wib.MonthOf(clock.GetUtcNow()));
        var names = Enumerable.Range(last - count + 1, count).Select(Wib.MonthName).ToList();
        var docs = (await session.LoadManyAsync<MonthlyFigures>(ct, names.Select(m => $"{m}|{code}").ToArray())).ToDictionary(f => f.Month);
        return Results.Ok(new TrendDashboard(DashboardHttp.AsOf(lag, clock), lag, code, [.. names.Select(m => docs.GetValueOrDefault(m) is { } f
            ? new TrendMonth(m, f["new"], f.Group("new."), f.Group("channel."), SuggestionAcceptance.Of(f))
            : new TrendMonth(m, 0, new Dictionary<string, long>(), new Dictionary<string, long>(), new Dictionary<string, SuggestionAcceptance>()))]));
    }

    private sealed record OpenConflict(string KecamatanCode, DateTimeOffset DetectedAt);

    /// <summary>Today's counts of each region, with its intake this month and last (two look-ups by id for all of them).</summary>
    private static async Task<Dictionary<string, CaseCounts>> CountsAsync(IQuerySession session, IReadOnlyList<string> asked, TimeProvider clock, CancellationToken ct)
    {
        // A region may be asked twice: for a TKSK the kabupaten total and its one kecamatan row are the same region.
        var codes = asked.Distinct().ToList();
        var index = Wib.MonthIndex(Wib.MonthOf(clock.GetUtcNow()));
        var (month, previous) = (Wib.MonthName(index), Wib.MonthName(index - 1));
        var figures = (await session.LoadManyAsync<RegionFigures>(ct, codes.ToArray())).ToDictionary(f => f.Id);
        var rows = (await session.LoadManyAsync<MonthlyFigures>(ct, codes.SelectMany(c => new[] { $"{month}|{c}", $"{previous}|{c}" }).ToArray()))
            .ToDictionary(f => f.Id);
        // The age of the oldest open conflict is not a counter: read from the conflict queue (few documents, all open ones of the region).
        var broadest = codes.OrderBy(c => c.Length).First();
        var open = await session.Query<OfflineConflict>().Where(c => c.Status == OfflineConflict.Open && c.KecamatanCode.StartsWith(broadest))
            .Select(c => new OpenConflict(c.KecamatanCode, c.DetectedAt)).ToListAsync(ct);
        DateTimeOffset? Oldest(string code) => open.Where(c => Scope.InRegion(code, c.KecamatanCode)).Select(c => (DateTimeOffset?)c.DetectedAt).Min();
        return codes.ToDictionary(c => c, c => CaseCounts.Of(figures.GetValueOrDefault(c), rows.GetValueOrDefault($"{month}|{c}"),
            rows.GetValueOrDefault($"{previous}|{c}"), month, previous, Oldest(c)));
    }
}
