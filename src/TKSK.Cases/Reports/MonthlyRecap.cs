using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using TKSK.Cases.Access;
using TKSK.Cases.Categories;
using TKSK.Cases.Dashboards;
using TKSK.Cases.Regions;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Csv;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Reports;

/// <param name="New">Received in the month (under the category the case has now).</param>
/// <param name="Resolved">Resolutions in the month.</param>
/// <param name="StillOpen">Open at the end of the month (received, assessed, assigned or in progress).</param>
/// <param name="Overdue">Open and overdue at the end of the month.</param>
public sealed record RecapRow(string KecamatanCode, string KecamatanName, string Category, string CategoryName, long New, long Resolved, long StillOpen, long Overdue);

public sealed record RecapTotals(long New, long Resolved, long StillOpen, long Overdue);

public sealed record MonthlyRecap(string Month, string Kabupaten, string KabupatenName, DateTimeOffset AsOf, ProjectionLag Lag,
    IReadOnlyList<RecapRow> Rows, RecapTotals Totals);

public static class MonthlyRecapEndpoint
{
    private static readonly string[] Header = ["Kode Kecamatan", "Kecamatan", "Kode Kategori", "Kategori PPKS", "Baru", "Selesai", "Masih Terbuka", "Terlambat"];

    /// <summary>
    /// The recap a kabupaten's Dinas Sosial sends to the province: per kecamatan × PPKS category, new, resolved, still
    /// open and overdue in a WIB month. JSON, or CSV for Excel with Accept: text/csv (UTF-8 with BOM, ';'; delimiter=comma for ',').
    /// </summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. `month` (yyyy-MM, a WIB month, this month
    /// at the latest) is required, else 400; `kabupaten` must be a kabupaten/kota code within the caller's region (400, 403) and is
    /// required when the caller's region is the whole province, while a TKSK gets their own kecamatan only. Rows whose four figures are all
    /// 0 are left out; `stillOpen` and `overdue` stand at the month's end. `delimiter` (`semicolon`, the default, or `comma`) applies to
    /// the CSV, anything else is a 400 naming it. The figures come from an asynchronous projection: `asOf` (ISO 8601) says which events
    /// they include and `lag` how far behind they are, and while the projection is being rebuilt the answer is 503
    /// `urn:tksk-cases:problem:read-side-rebuilding` with `Retry-After`.
    /// </remarks>
    [WolverineGet("/api/v1/reports/monthly", OperationId = "GetMonthlyReport"), Tags("Reports")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<MonthlyRecap>(200), ProducesResponseType<string>(200, "text/csv"),
     ProducesResponseType<ProblemDetails>(400, "application/problem+json"), ProducesResponseType<ProblemDetails>(503, "application/problem+json")]
    public static async Task<IResult> Get(
        [Query("The WIB month, yyyy-MM; this month at the latest.", Pattern = @"^\d{4}-\d{2}$")] string? month,
        [Query("Kabupaten/kota code, e.g. 35.78; default the caller's region.")] string? kabupaten,
        [Query("For CSV: the field separator, semicolon (the default) or comma.", Values = ["semicolon", "comma"])] string? delimiter,
        IQuerySession session, IDocumentStore store,
        RegionCatalog regions, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var current = Wib.MonthOf(clock.GetUtcNow());
        if (!Wib.TryParseMonth(month, out var asked) || Wib.MonthIndex(asked) > Wib.MonthIndex(current))
            return ProblemResults.Invalid("month", Text.T("Bulan yyyy-MM (WIB), paling lambat bulan ini.", "A month yyyy-MM (WIB), this month at the latest."));
        if (!CsvWriter.TryParseDelimiter(delimiter, out var separator))
            return ProblemResults.Invalid("delimiter", Text.T("Pilih semicolon atau comma.", "Choose semicolon or comma."));
        if (DashboardHttp.Region(http.Caller(), kabupaten, RegionLevel.Kabupaten, "kabupaten", regions, out var region) is { } invalid) return invalid;
        if (RegionCatalog.LevelOf(region) == RegionLevel.Province)
            return ProblemResults.Invalid("kabupaten", Text.T("Pilih kabupaten/kota, mis. 35.17.", "Choose a kabupaten/kota, e.g. 35.17."));
        var (lag, rebuilding) = await DashboardHttp.ReadyAsync(store, http, ct);
        if (rebuilding is not null) return rebuilding;

        var kab = RegionCatalog.AncestorCode(region, RegionLevel.Kabupaten);
        var index = Wib.MonthIndex(asked);
        // Every month up to the asked one, for each kecamatan: open at the end of a month is the sum of the changes up to it.
        var months = await session.Query<MonthlyFigures>().Where(m => m.ParentCode == kab && m.MonthIndex <= index).ToListAsync(ct);
        var rows = new List<RecapRow>();
        var kecamatan = RegionCatalog.LevelOf(region) == RegionLevel.Kecamatan ? [regions.Find(region)!] : regions.ChildrenOf(kab)!;
        foreach (var kec in kecamatan)
        {
            var mine = months.Where(m => m.RegionCode == kec.Code).ToList();
            var inMonth = mine.FirstOrDefault(m => m.MonthIndex == index);
            foreach (var category in PpksCategories.All)
            {
                var row = new RecapRow(kec.Code, kec.Name, category.Code, category.Name, inMonth?["new." + category.Code] ?? 0,
                    inMonth?["resolved." + category.Code] ?? 0, mine.Sum(m => m["open." + category.Code]), mine.Sum(m => m["overdue." + category.Code]));
                if (row is not { New: 0, Resolved: 0, StillOpen: 0, Overdue: 0 }) rows.Add(row);
            }
        }
        var recap = new MonthlyRecap(asked, kab, regions.Find(kab)!.Name, DashboardHttp.AsOf(lag, clock), lag, rows,
            new RecapTotals(rows.Sum(r => r.New), rows.Sum(r => r.Resolved), rows.Sum(r => r.StillOpen), rows.Sum(r => r.Overdue)));

        if (!http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)))
            return Results.Ok(recap);
        return Results.Stream(async body =>
        {
            await using var csv = new CsvWriter(body, separator);
            await csv.RowAsync(Header);
            foreach (var r in rows)
                await csv.RowAsync(r.KecamatanCode, r.KecamatanName, r.Category, r.CategoryName, $"{r.New}", $"{r.Resolved}", $"{r.StillOpen}", $"{r.Overdue}");
        }, "text/csv; charset=utf-8", $"rekap-{kab}-{asked}.csv");
    }
}
