using System.Globalization;
using Marten;
using Marten.Linq.LastModified;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Audit;
using TKSK.Cases.Casework;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Sync;

/// <param name="Next">The cursor to send as <c>after</c> next time.</param>
public sealed record SyncCasesPage(IReadOnlyList<CaseView> Cases, string Next);

public static class SyncCases
{
    // Changes whose transaction began before the cursor was read but committed after are caught by reading a minute back:
    // a phone receives such a case twice, and keeps the newer (by version).
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(1);

    /// <summary>The caller's cases changed since the cursor, as their case view shows them, so a phone catches up without downloading everything.</summary>
    /// <remarks>
    /// For a `tksk`: the cases assigned to them that changed since `after` (absent or `0`: all of them), each exactly as
    /// `GET /api/v1/referrals/{id}` shows it to them, with its `version` (the ETag to send as a command's `baseVersion`). `next` is the
    /// cursor for the next call: it reaches a minute back, so a case may come again, and the one with the higher `version` wins. An
    /// `after` that is not a cursor this service gave answers 400 naming it. Every case sent is recorded in the access log.
    /// </remarks>
    [WolverineGet("/api/v1/sync/cases", OperationId = "SyncCases"), Tags("Offline sync")]
    [Allowed(Role.Tksk)]
    [ProducesResponseType<SyncCasesPage>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    public static async Task<IResult> Get([Query("The cursor from the last answer's next; absent or 0: from the beginning.")] string? after,
        IDocumentStore store, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!TryReadCursor(after, out var since))
            return ProblemResults.Invalid("after", Text.T("Bukan kursor dari layanan ini: kirim nilai next terakhir, atau 0.", "Not a cursor from this service: send the last next, or 0."));
        var next = await DatabaseNowAsync(store, ct) - Overlap;
        await using var session = store.QuerySession();
        var me = caller.CoordinatorId ?? Guid.Empty;
        IQueryable<Referral> query = session.Query<Referral>().Where(r => r.Assignment!.CoordinatorId == me);
        if (since is { } from) query = query.Where(r => r.ModifiedSince(from));
        var cases = await query.OrderBy(r => r.UpdatedAt).ToListAsync(ct);
        var now = clock.GetUtcNow();
        await AccessLog.RecordAsync(store, [.. cases.Select(c => AccessLog.Entry(caller, c.Id, c.Number, AccessLog.CaseView, now))], ct);
        return Results.Ok(new SyncCasesPage([.. cases.Select(c => CaseView.For(caller, c).Shown)], Cursor(next)));
    }

    private static string Cursor(DateTimeOffset at) => ((at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10).ToString(CultureInfo.InvariantCulture);

    private static bool TryReadCursor(string? raw, out DateTimeOffset? since)
    {
        since = null;
        if (raw is null or "0") return true;
        if (!long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var micros) || micros > 10_000_000_000_000_000) return false;
        since = DateTimeOffset.UnixEpoch.AddTicks(micros * 10);
        return true;
    }

    // The database's clock stamps each document's last change: the cursor is read from the same clock.
    private static async Task<DateTimeOffset> DatabaseNowAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("select clock_timestamp()", connection);
        return new DateTimeOffset(((DateTime)(await command.ExecuteScalarAsync(ct))!).ToUniversalTime(), TimeSpan.Zero);
    }
}
