using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Categories;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Regions;
using Wolverine.Http;

namespace TKSK.Cases.Search;

public static class ReferralExport
{
    private static readonly string[] Header =
    [
        "Nomor", "Diterima (WIB)", "Status", "Kategori PPKS", "Urgensi", "Saluran", "Pasung", "Kabupaten/Kota", "Kecamatan",
        "TKSK", "Nama Subjek", "Ringkasan", "Tenggat Berikutnya (WIB)", "Terlambat", "Belum Ditugaskan",
    ];

    /// <summary>
    /// The case list as CSV for Excel: the list's filters (paging ignored), one row per case, streamed row by row
    /// from the database (never the whole result in memory). UTF-8 with BOM, Indonesian headers, ';' between fields
    /// (delimiter=comma for ','). Contains names: for people within their scope only.
    /// </summary>
    [WolverineGet("/api/v1/referrals/export.csv", OperationId = "ExportReferrals"), Tags("Referrals")]
    [ProducesResponseType<string>(200, "text/csv"), ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    public static IResult Get([FromQuery] ReferralListRequest request, string? delimiter, IQuerySession session, RegionCatalog regions,
        TimeProvider clock, HttpContext http)
    {
        if (!CsvWriter.TryParseDelimiter(delimiter, out var separator))
            return ProblemResults.Invalid("delimiter", Text.T("Pilih semicolon atau comma.", "Choose semicolon or comma."));
        if (ReferralList.Scoped(request, regions, http.Caller(), out var filter) is { } problem) return problem;
        var query = filter.Apply(session.Query<ReferralSummary>().InScopeOf(http.Caller()));
        var name = $"rujukan-{Wib.DayOf(clock.GetUtcNow()):yyyy-MM-dd}.csv";
        return Results.Stream(async body =>
        {
            await using var csv = new CsvWriter(body, separator);
            await csv.RowAsync(Header);
            var rows = 0;
            await foreach (var s in query.ToAsyncEnumerable(http.RequestAborted))
            {
                await csv.RowAsync(s.Number, Time(s.ReceivedAt), s.Status, PpksCategories.NameOf(s.Category), s.Urgency, s.Channel, YesNo(s.Pasung),
                    s.KabupatenName, s.KecamatanName, s.CoordinatorName, s.SubjectName, s.Summary,
                    s.NextDueAt is { } due ? Time(due) : null, YesNo(s.Overdue), YesNo(s.Unassigned));
                if (++rows % 500 == 0) await csv.FlushAsync();
            }
        }, "text/csv; charset=utf-8", name);
    }

    private static string Time(DateTimeOffset at) => at.ToOffset(Wib.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    private static string YesNo(bool value) => value ? "ya" : "tidak";
}
