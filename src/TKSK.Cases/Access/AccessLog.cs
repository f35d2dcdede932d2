using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using NpgsqlTypes;
using TKSK.Cases.Infrastructure;
using Wolverine.Http;

namespace TKSK.Cases.Access;

/// <summary>
/// A person read a referral's full case view or history: UU PDP requires processing of specific
/// personal data to be recorded. Agencies' masked reads are not (they show no such data).
/// </summary>
public sealed record AccessLogEntry(
    Guid Id, Guid ReferralId, string ReferralNumber, string What, string ActorId, string ActorName, string ActorRole, DateTimeOffset At);

public static class AccessLog
{
    public const string CaseView = "case_view", History = "history";

    public static void Configure(StoreOptions opts) =>
        opts.Schema.For<AccessLogEntry>().Index(e => e.ReferralId).Index(e => e.ActorId).Index(e => e.At);

    /// <summary>
    /// Records the read before the case is answered: if it cannot be recorded, the read fails (nothing unrecorded).
    /// One auto-committed INSERT, not a unit of work (begin, upsert, commit): a read costs one more round trip,
    /// not three. The row is the one Marten would write (its serializer, its table), so it is queried as usual.
    /// </summary>
    public static async Task RecordAsync(IQuerySession session, Actor actor, Guid referralId, string number, string what, DateTimeOffset now, CancellationToken ct)
    {
        if (!actor.IsPerson) return;
        var store = session.DocumentStore;
        var entry = new AccessLogEntry(Guid.CreateVersion7(now), referralId, number, what, actor.Id, actor.Name, Actor.Code(actor.Role), now);
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var insert = new NpgsqlCommand(
            $"insert into {store.Options.DatabaseSchemaName}.mt_doc_accesslogentry (id, data, mt_dotnet_type) values ($1, $2, $3)", connection)
        {
            Parameters =
            {
                new() { Value = entry.Id },
                new() { Value = store.Options.Serializer().ToJson(entry), NpgsqlDbType = NpgsqlDbType.Jsonb },
                new() { Value = typeof(AccessLogEntry).FullName },
            },
        };
        await insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Who read which referral and when, newest first; filter by referral or by person (province admin).</summary>
    [WolverineGet("/api/v1/access-log", OperationId = "ListAccessLog"), Tags("Personal data")]
    [ProducesResponseType<AccessLogPage>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    public static async Task<IResult> ListAsync(string? referral, string? actor, int? page, IQuerySession session, CancellationToken ct)
    {
        Guid? referralId = null;
        if (referral is not null)
        {
            if (!Guid.TryParse(referral, out var parsed))
                return ProblemResults.Invalid("referral", Text.T("Harus berupa id rujukan (UUID).", "Must be a referral id (UUID)."));
            referralId = parsed;
        }
        if (page is < 1) return ProblemResults.Invalid("page", Text.T("Halaman dimulai dari 1.", "Pages start at 1."));
        IQueryable<AccessLogEntry> query = session.Query<AccessLogEntry>();
        if (referralId is { } only) query = query.Where(e => e.ReferralId == only);
        if (actor is not null) query = query.Where(e => e.ActorId == actor);
        const int size = 100;
        var number = page ?? 1;
        var items = await query.OrderByDescending(e => e.At).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return Results.Ok(new AccessLogPage(items, number, size));
    }
}

public sealed record AccessLogPage(IReadOnlyList<AccessLogEntry> Items, int Page, int PageSize);
