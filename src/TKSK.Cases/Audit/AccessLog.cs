using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using NpgsqlTypes;
using Wolverine.Http;

using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.OpenApi;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Audit;

/// <summary>
/// A disclosure of a referral's personal data: a person read its full case view or history, an agency
/// read it unmasked under a basis for sharing, a feed page or webhook delivery carried it unmasked, or
/// an export carried a list of cases (then <c>Filter</c> and <c>Rows</c> say which; no single referral).
/// UU PDP requires processing of specific personal data to be recorded. Agencies' masked reads are not
/// (they show no such data).
/// </summary>
/// <param name="Filter">For an export: its filter (query string); for a webhook delivery: the subscription.</param>
/// <param name="Rows">For an export: how many cases it carried.</param>
public sealed record AccessLogEntry(
    Guid Id, Guid ReferralId, string ReferralNumber, string What, string ActorId, string ActorName, string ActorRole, DateTimeOffset At,
    string? Filter = null, int? Rows = null);

public static class AccessLog
{
    public const string CaseView = "case_view", History = "history", Export = "export", Feed = "feed", Webhook = "webhook";

    public static void Configure(StoreOptions opts) =>
        opts.Schema.For<AccessLogEntry>().Index(e => e.ReferralId).Index(e => e.ActorId).Index(e => e.At);

    public static AccessLogEntry Entry(Actor actor, Guid referralId, string number, string what, DateTimeOffset now, string? filter = null, int? rows = null) =>
        new(Guid.CreateVersion7(now), referralId, number, what, actor.Id, actor.Name, Actor.Code(actor.Role), now, filter, rows);

    /// <summary>
    /// Several disclosures (a feed page, an export's chunk, a batch of reads from <see cref="AccessLogWriter"/>) in one
    /// auto-committed INSERT before they are answered: if they cannot be recorded, the read fails. Not a unit of work
    /// (begin, upsert, commit): one round trip, not three. The rows are the ones Marten would write (its serializer, its
    /// table), so they are queried as usual.
    /// </summary>
    public static async Task RecordAsync(IDocumentStore store, IReadOnlyList<AccessLogEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0) return;
        var serializer = store.Options.Serializer();
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var insert = new NpgsqlCommand(
            $"insert into {store.Options.DatabaseSchemaName}.mt_doc_accesslogentry (id, data, mt_dotnet_type) " +
            "select id, data, $3 from unnest($1::uuid[], $2::jsonb[]) as t(id, data)", connection)
        {
            Parameters =
            {
                new() { Value = entries.Select(e => e.Id).ToArray() },
                new() { Value = entries.Select(e => serializer.ToJson(e)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb },
                new() { Value = typeof(AccessLogEntry).FullName },
            },
        };
        await insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Who read which referral and when, newest first; filter by referral, by person or by WIB days (province admin).</summary>
    /// <remarks>
    /// Province admin only. `referral` filters by referral id (a UUID, else 400) and `actor` by an exact actor id (a person's `sub`, or
    /// `apikey:{key id}`); `from` and `to` are WIB days (yyyy-MM-dd, both included; `to` not before `from`, else 400 naming `to`): what
    /// an inspection asks first ("who opened this case last week"); pages hold 100 (`page` from 1, within the first 10,000). Each entry says what disclosed the data (`case_view`,
    /// `history`, `export`, `feed`, `webhook`), the referral and its number, the actor's id, name and role, `at` (ISO 8601), and for an
    /// export its filter and row count (for a webhook, the subscription). Agencies' masked reads are not recorded.
    /// </remarks>
    [WolverineGet("/api/v1/access-log", OperationId = "ListAccessLog"), Tags("Personal data")]
    [Allowed]
    [ProducesResponseType<AccessLogPage>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    public static async Task<IResult> ListAsync(
        [Query("Only reads of this referral.", Carries = typeof(Guid))] string? referral,
        [Query("Only reads by this person or system (their user id, or apikey:<id>).")] string? actor,
        [Query("First day, a WIB day (yyyy-MM-dd).", Carries = typeof(DateOnly))] string? from,
        [Query("Last day, a WIB day (yyyy-MM-dd), inclusive.", Carries = typeof(DateOnly))] string? to,
        [Query("Page number, from 1; 100 entries a page.", Carries = typeof(int))] string? page, IQuerySession session, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        DateOnly? Day(string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (Wib.TryParseDay(value, out var day)) return day;
            errors[name] = [Text.T("Tanggal harus berbentuk yyyy-MM-dd (WIB).", "Dates are yyyy-MM-dd (WIB).")];
            return null;
        }
        var (first, last) = (Day("from", from), Day("to", to));
        if (first > last) errors["to"] = [Text.T("Tanggal akhir tidak boleh sebelum tanggal awal.", "The last day cannot come before the first.")];
        if (errors.Count > 0) return Results.Problem(ProblemResults.Validation(errors));
        Guid? referralId = null;
        if (referral is not null)
        {
            if (!Guid.TryParse(referral, out var parsed))
                return ProblemResults.Invalid("referral", Text.T("Harus berupa id rujukan (UUID).", "Must be a referral id (UUID)."));
            referralId = parsed;
        }
        if (QueryNumber.Read("page", page, out var asked) is { } notANumber) return notANumber;
        if (asked is < 1 or > int.MaxValue) return ProblemResults.Invalid("page", Text.T("Halaman dimulai dari 1.", "Pages start at 1."));
        IQueryable<AccessLogEntry> query = session.Query<AccessLogEntry>();
        if (referralId is { } only) query = query.Where(e => e.ReferralId == only);
        if (actor is not null) query = query.Where(e => e.ActorId == actor);
        if (first is { } day1) { var since = Wib.StartOf(day1).ToUniversalTime(); query = query.Where(e => e.At >= since); }
        if (last is { } day2) { var before = Wib.StartOf(day2.AddDays(1)).ToUniversalTime(); query = query.Where(e => e.At < before); }
        const int size = 100;
        var number = (int)(asked ?? 1);
        if (Paging.Offset(number, size, ("Saring dengan referral, actor atau tanggal.", "Filter by referral, actor or dates."), out var skip) is { } tooDeep) return tooDeep;
        var items = await query.OrderByDescending(e => e.At).Skip(skip).Take(size).ToListAsync(ct);
        return Results.Ok(new AccessLogPage(items, number, size));
    }
}

public sealed record AccessLogPage(IReadOnlyList<AccessLogEntry> Items, int Page, int PageSize);
