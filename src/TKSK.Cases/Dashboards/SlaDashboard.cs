using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Microsoft.Extensions.Options;
using TKSK.Cases.Access;
using TKSK.Cases.Deadlines;
using TKSK.Cases.Regions;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Dashboards;

/// <summary>
/// The SLA stages, each measured against the deadline the workflow sets for it (<see cref="SlaPolicy"/>, the
/// "Sla" settings), so that a breach here is the same breach a case view shows as a missed deadline.
/// </summary>
public static class SlaTargets
{
    public const string Desk = "awaiting_desk_assessment", Acceptance = "awaiting_acceptance", FirstVisit = "to_first_visit", Resolution = "to_resolution";

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Hours(SlaPolicy policy)
    {
        static IReadOnlyDictionary<string, double> InHours(ByUrgency allowed) => new Dictionary<string, double>
        {
            ["emergency"] = allowed.Emergency.TotalHours, ["high"] = allowed.High.TotalHours, ["normal"] = allowed.Normal.TotalHours,
        };
        return new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            // From intake to the desk's decision.
            [Desk] = InHours(policy.DeskAssessment),
            // From the first assignment to the first acceptance by a TKSK (declines and reassignments count in).
            [Acceptance] = InHours(policy.Acceptance),
            // From the first acceptance to the first outreach visit: the field's response.
            [FirstVisit] = InHours(policy.FirstVisit),
            // From the first acceptance to the first resolution.
            [Resolution] = InHours(policy.Resolution),
        };
    }
}

/// <param name="Count">Stages counted: completed by asOf, and those still open then (measured up to asOf).</param>
/// <param name="Open">Of those, still open at asOf.</param>
/// <param name="Breaches">Stages whose time (completed, or open so far) exceeds the target for the case's urgency.</param>
public sealed record SlaStage(string Stage, long Count, long Open, double? MedianHours, double? P90Hours, long Breaches,
    IReadOnlyDictionary<string, double> TargetHours);

public sealed record SlaRow(string Code, string Name, IReadOnlyList<SlaStage> Stages);

/// <param name="AsOf">The instant the figures stand at: the end of the asked WIB day (or now); later events are ignored.</param>
/// <param name="From">First WIB day of intake counted.</param>
/// <param name="To">Last WIB day of intake counted (inclusive).</param>
/// <param name="PercentileMethod">How median and p90 are computed: from buckets (today, with the error bound) or exactly (a past day).</param>
public sealed record SlaDashboard(DateTimeOffset AsOf, ProjectionLag Lag, string Region, string GroupedBy, string From, string To,
    string PercentileMethod, IReadOnlyList<SlaRow> Rows);

public static class SlaDashboardEndpoint
{
    public const string Method =
        "PostgreSQL percentile_cont: linear interpolation between the two nearest ranks (p × (n − 1) over the sorted durations; " +
        "Excel PERCENTILE.INC, R type 7). Durations in hours; a stage still open at asOf counts with its time so far.";

    /// <summary>
    /// Time spent in each stage, per kabupaten (per kecamatan when a kabupaten is given): median, 90th percentile and
    /// breaches, over the referrals received from..to (WIB days; default the 90 days up to asOf). asOf (yyyy-MM-dd)
    /// answers as the figures stood at the end of that WIB day: stages still open then are counted up to then, later
    /// events are ignored.
    /// </summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. `from`, `to` and `asOf` are WIB days
    /// (yyyy-MM-dd, today at the latest, `from` not after `to`), else 400 naming the parameter; `kabupaten` must be a kabupaten/kota code
    /// (else 400) within the caller's region (else 403), and a TKSK gets their kecamatan only. The stages are `awaiting_desk_assessment`,
    /// `awaiting_acceptance`, `to_first_visit` and `to_resolution`, each with `targetHours` by urgency from the service's SLA settings;
    /// durations are hours (4 decimals), and `percentileMethod` says how median and p90 are computed. The answer's `asOf` is the instant
    /// the figures stand at and `lag` is the dashboards' projection's. Today's figures (no `asOf`, or today) come from duration buckets per
    /// day and region: counts exact, breaches exact for whole-hour targets, median and p90 at most one bucket width from the exact value
    /// (1 minute below 2 hours, 5 minutes below 24 hours, 1 hour below 30 days, 1 day beyond); a past day's are exact. While that projection is being rebuilt the answer is 503
    /// `urn:tksk-cases:problem:read-side-rebuilding` with `Retry-After`.
    /// </remarks>
    [WolverineGet("/api/v1/dashboards/sla", OperationId = "GetSlaDashboard"), Tags("Dashboards")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<SlaDashboard>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(503, "application/problem+json")]
    public static async Task<IResult> Get(
        [Query("Kabupaten/kota code, e.g. 35.78; default the caller's region (the province for a province admin).")] string? kabupaten,
        [Query("First WIB day of intake counted; default 89 days before to.", Carries = typeof(DateOnly))] string? from,
        [Query("Last WIB day of intake counted, inclusive; default asOf.", Carries = typeof(DateOnly))] string? to,
        [Query("The WIB day whose end the figures stand at; default now.", Carries = typeof(DateOnly))] string? asOf,
        IDocumentStore store, RegionCatalog regions,
        IOptions<SlaPolicy> policy, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = Wib.DayOf(now);
        var errors = new Dictionary<string, string[]>();
        DateOnly Day(string name, string? text, DateOnly fallback)
        {
            if (text is null) return fallback;
            if (Wib.TryParseDay(text, out var day) && day <= today) return day;
            errors[name] = [Text.T("Tanggal yyyy-MM-dd (WIB), paling lambat hari ini.", "A date yyyy-MM-dd (WIB), today at the latest.")];
            return fallback;
        }
        var asOfDay = Day("asOf", asOf, today);
        var toDay = Day("to", to, asOfDay);
        var fromDay = Day("from", from, toDay.AddDays(-89));
        if (errors.Count == 0 && fromDay > toDay) errors["from"] = [Text.T("from harus sebelum to.", "from must not be after to.")];
        if (errors.Count > 0) return Results.Problem(ProblemResults.Validation(errors));
        if (DashboardHttp.Region(http.Caller(), kabupaten, RegionLevel.Kabupaten, "kabupaten", regions, out var region) is { } invalid) return invalid;
        var (lag, rebuilding) = await DashboardHttp.ReadyAsync(store, http, ct);
        if (rebuilding is not null) return rebuilding;

        var at = asOf is null ? now : Min(Wib.StartOf(asOfDay.AddDays(1)), now);
        var level = RegionCatalog.LevelOf(region);
        var hours = SlaTargets.Hours(policy.Value);
        // Today's figures come from the day-and-region histograms; a past day's from the referrals one by one (its
        // stages open then have ended since, which the histograms no longer hold), with exact percentiles.
        var (rows, method) = at == now
            ? (await FromHistogramsAsync(store, hours, level, region, fromDay, toDay, now, ct), SlaHistograms.Method)
            : (await QueryAsync(store, hours, level switch
            {
                RegionLevel.Province => ("true", "kabupaten_code"),
                RegionLevel.Kabupaten => ("f.kabupaten_code = @region", "kecamatan_code"),
                _ => ("f.kecamatan_code = @region", "kecamatan_code"),
            }, region, Wib.StartOf(fromDay), Wib.StartOf(toDay.AddDays(1)), at, ct), Method);
        return Results.Ok(new SlaDashboard(at, lag, region, level == RegionLevel.Province ? "kabupaten" : "kecamatan",
            fromDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), toDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), method,
            [.. rows.GroupBy(r => r.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new SlaRow(g.Key, regions.Find(g.Key)?.Name ?? g.Key, [.. g.Select(r => r.Stage)]))]));
    }

    private static readonly string[] Order = [SlaTargets.Desk, SlaTargets.Acceptance, SlaTargets.FirstVisit, SlaTargets.Resolution];

    private static async Task<List<(string Code, SlaStage Stage)>> FromHistogramsAsync(IDocumentStore store,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> hours, RegionLevel level, string region,
        DateOnly from, DateOnly to, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var days = session.Query<SlaFigures>().Where(d => d.Day >= from.DayNumber && d.Day <= to.DayNumber);
        var documents = await (level == RegionLevel.Kecamatan ? days.Where(d => d.RegionCode == region) : days.Where(d => d.ParentCode == region))
            .ToListAsync(ct);
        var rows = new List<(string, SlaStage)>();
        foreach (var byRegion in documents.GroupBy(d => d.RegionCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var summed = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (counter, count) in byRegion.SelectMany(d => d.Counts)) summed[counter] = summed.GetValueOrDefault(counter) + count;
            foreach (var stage in Order)
            {
                var counters = summed.Where(c => c.Key.AsSpan(5).StartsWith(stage, StringComparison.Ordinal) && c.Key[5 + stage.Length] == '|').ToList();
                if (counters.Sum(c => c.Value) > 0) rows.Add((byRegion.Key, SlaHistograms.Figures(stage, counters, hours[stage], now)));
            }
        }
        return rows;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static async Task<List<(string Code, SlaStage Stage)>> QueryAsync(IDocumentStore store,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> hours, (string Filter, string Group) by, string region,
        DateTimeOffset from, DateTimeOffset before, DateTimeOffset asOf, CancellationToken ct)
    {
        var (filter, group) = by;
        var schema = store.Options.DatabaseSchemaName;
        var targets = string.Join(", ", hours.SelectMany(s => s.Value.Select(u =>
            string.Create(CultureInfo.InvariantCulture, $"('{s.Key}', '{u.Key}', {u.Value})"))));
        // The referrals received in the window come through the (region, received_at) index; each gives up to four
        // stages. The "first … at" times never change once set, so "as of" is only "known before @asof".
        var sql = $"""
            with base as (
              select f.{group} as grp, f.received_at as received,
                     f.intake_urgency, f.urgency, f.desk_at as desk,
                     f.first_assigned_at as assigned, f.first_accepted_at as accepted,
                     f.first_visit_at as visit, f.first_visit_known_at as visit_known, f.first_resolved_at as resolved
              from {schema}.mt_doc_referralfacts f
              where {filter} and f.received_at >= @from and f.received_at < @before and f.received_at < @asof
            ), stages as (
              select grp, '{SlaTargets.Desk}' as stage, intake_urgency as urg, received as started,
                     case when desk < @asof then desk end as ended from base
              union all
              select grp, '{SlaTargets.Acceptance}', urgency, assigned, case when accepted < @asof then accepted end
              from base where assigned < @asof
              union all
              select grp, '{SlaTargets.FirstVisit}', urgency, accepted, case when visit_known < @asof then visit end
              from base where accepted < @asof
              union all
              select grp, '{SlaTargets.Resolution}', urgency, accepted, case when resolved < @asof then resolved end
              from base where accepted < @asof
            ), timed as (
              select s.grp, s.stage, s.ended is null as open,
                     extract(epoch from coalesce(s.ended, @asof) - s.started)::float8 / 3600.0 as hours, t.hours as target
              from stages s join (values {targets}) as t(stage, urgency, hours) on t.stage = s.stage and t.urgency = s.urg
            )
            select grp, stage, count(*), count(*) filter (where open),
                   percentile_cont(0.5) within group (order by hours), percentile_cont(0.9) within group (order by hours),
                   count(*) filter (where hours > target)
            from timed group by grp, stage
            """;
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("region", region);
        command.Parameters.AddWithValue("from", from.ToUniversalTime());
        command.Parameters.AddWithValue("before", before.ToUniversalTime());
        command.Parameters.AddWithValue("asof", asOf.ToUniversalTime());
        var rows = new List<(string, SlaStage)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var stage = reader.GetString(1);
            rows.Add((reader.GetString(0), new SlaStage(stage, reader.GetInt64(2), reader.GetInt64(3),
                reader.IsDBNull(4) ? null : Math.Round(reader.GetDouble(4), 4), reader.IsDBNull(5) ? null : Math.Round(reader.GetDouble(5), 4),
                reader.GetInt64(6), hours[stage])));
        }
        return [.. rows.OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => Array.IndexOf(Order, r.Item2.Stage))];
    }
}
