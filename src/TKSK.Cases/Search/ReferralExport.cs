using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TKSK.Cases.Access;
using TKSK.Cases.Categories;
using TKSK.Cases.Regions;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Csv;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Audit;
using TKSK.Cases.Infrastructure.OpenApi;

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
    /// (delimiter=comma for ','). Contains names: for people within their scope only, at most CaseList:ExportLimit
    /// cases (50,000 unless configured) and CaseList:ExportsPerHour exports an hour per person (20); each exported
    /// case is recorded in the access log, with the filter and the row count, before its row is written.
    /// </summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. A wrong filter or `delimiter` answers 400
    /// naming it, a filter matching more cases than the export limit 400 `export-too-large` (narrow it), a region outside the caller's 403,
    /// and an export past the hourly limit 429 with `Retry-After` (seconds). Times in the file are WIB (`yyyy-MM-dd HH:mm`), flags read
    /// `ya` or `tidak`, and the file is named `rujukan-yyyy-MM-dd.csv` (the WIB date). It holds subjects' names and report summaries: treat
    /// it as personal data.
    /// </remarks>
    [WolverineGet("/api/v1/referrals/export.csv", OperationId = "ExportReferrals"), Tags("Referrals")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<string>(200, "text/csv"), ProducesResponseType<ProblemDetails>(400, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(429, "application/problem+json")]
    public static async Task<IResult> Get([FromQuery] ReferralListRequest request,
        [Query("The CSV field separator: semicolon (the default, for Excel with Indonesian settings) or comma.", Values = ["semicolon", "comma"])] string? delimiter, IQuerySession session, RegionCatalog regions,
        ExportLimiter limiter, IOptions<CaseListOptions> options, TimeProvider clock, HttpContext http)
    {
        if (!CsvWriter.TryParseDelimiter(delimiter, out var separator))
            return ProblemResults.Invalid("delimiter", Text.T("Pilih semicolon atau comma.", "Choose semicolon or comma."));
        var caller = http.Caller();
        if (ReferralList.Scoped(request, regions, caller, out var filter) is { } problem) return problem;
        var scoped = filter.Where(session.Query<ReferralSummary>().InScopeOf(caller));
        var limit = options.Value.ExportLimit;
        var rows = await scoped.CountUpToAsync(session, limit, http.RequestAborted);
        if (rows > limit) return TooLarge(limit);
        if (limiter.TryStart(caller.Id) is { } wait) return TooMany(http, wait);

        var query = filter.Apply(session.Query<ReferralSummary>().InScopeOf(caller));
        var filterText = http.Request.QueryString.Value ?? "";
        var name = $"rujukan-{Wib.DayOf(clock.GetUtcNow()):yyyy-MM-dd}.csv";
        return Results.Stream(async body =>
        {
            await using var csv = new CsvWriter(body, separator);
            await csv.RowAsync(Header);
            var chunk = new List<ReferralSummary>(ChunkSize);
            await foreach (var s in query.ToAsyncEnumerable(http.RequestAborted))
            {
                chunk.Add(s);
                if (chunk.Count == ChunkSize) await WriteAsync(chunk);
            }
            await WriteAsync(chunk);

            // Recorded before written (UU PDP): a chunk whose record fails never reaches the file.
            async Task WriteAsync(List<ReferralSummary> summaries)
            {
                var now = clock.GetUtcNow();
                await AccessLog.RecordAsync(session.DocumentStore,
                    [.. summaries.Select(x => AccessLog.Entry(caller, x.Id, x.Number, AccessLog.Export, now, filterText, rows))], http.RequestAborted);
                foreach (var x in summaries)
                    await csv.RowAsync(x.Number, Time(x.ReceivedAt), x.Status, PpksCategories.NameOf(x.Category), x.Urgency, x.Channel, YesNo(x.Pasung),
                        x.KabupatenName, x.KecamatanName, x.CoordinatorName, x.SubjectName, x.Summary,
                        x.NextDueAt is { } due ? Time(due) : null, YesNo(x.Overdue), YesNo(x.Unassigned));
                await csv.FlushAsync();
                summaries.Clear();
            }
        }, "text/csv; charset=utf-8", name);
    }

    private const int ChunkSize = 500;

    private static IResult TooLarge(int limit) => Results.Problem(new ProblemDetails
    {
        Type = ProblemTypes.ExportTooLarge, Status = 400,
        Title = Text.T("Ekspor terlalu besar", "Export too large"),
        Detail = Text.T($"Satu ekspor paling banyak {limit:N0} kasus. Persempit dengan wilayah, status, kategori atau tanggal terima.",
            $"One export carries at most {limit:N0} cases. Narrow it by region, status, category or the dates received."),
    });

    private static IResult TooMany(HttpContext http, TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString();
        return Results.Problem(new ProblemDetails
        {
            Type = ProblemTypes.TooManyRequests, Status = 429,
            Title = Text.T("Terlalu banyak ekspor", "Too many exports"),
            Detail = Text.T($"Batas ekspor per jam tercapai. Coba lagi dalam {seconds} detik.", $"The hourly export limit is reached. Try again in {seconds} seconds."),
            Extensions = { ["retryAfter"] = seconds },
        });
    }

    private static string Time(DateTimeOffset at) => at.ToOffset(Wib.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    private static string YesNo(bool value) => value ? "ya" : "tidak";
}

/// <summary>Exports started per person in the last hour (one process's count; a limit, not an audit: the access log is that).</summary>
public sealed class ExportLimiter(IOptions<CaseListOptions> options, TimeProvider clock)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _started = new();

    /// <summary>Null when the export may start (and counts it), else how long until the next one may.</summary>
    public TimeSpan? TryStart(string actorId)
    {
        var now = clock.GetUtcNow();
        lock (_started)
        {
            var started = _started.TryGetValue(actorId, out var queue) ? queue : _started[actorId] = new Queue<DateTimeOffset>();
            while (started.Count > 0 && started.Peek() <= now.AddHours(-1)) started.Dequeue();
            if (started.Count >= options.Value.ExportsPerHour) return started.Peek().AddHours(1) - now;
            started.Enqueue(now);
            return null;
        }
    }
}
