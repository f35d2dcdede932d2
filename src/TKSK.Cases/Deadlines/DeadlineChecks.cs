using Marten;
using TKSK.Cases.Casework;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace TKSK.Cases.Deadlines;

/// <summary>A check of one deadline the sweeper claimed: run as a <see cref="DeadlineDue"/> carrying its id.</summary>
public sealed record ClaimedCheck(Guid Id, Guid ReferralId, Guid DeadlineId, DeadlineStage Stage);

/// <summary>
/// The deadlines' checks still to come, one row each in a small table beside Marten's (created with the schema,
/// db-apply included), written in the same transaction as the events that set the deadline. Until 2026-12-07 each
/// check was a Wolverine scheduled envelope that nobody cancelled: 1.2 M of them at the benchmark's 1 M events, and
/// counting them took half of PostgreSQL's time. A row here is deleted in the transaction that acts on it
/// (<see cref="DeadlineDueHandler"/>), so the table holds only checks to come, however long the history.
/// </summary>
public sealed class DeadlineChecks(IDocumentStore store) : ILaterChecks
{
    public const string TableName = "deadline_checks";

    public static Table Definition(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<Guid>("referral_id").NotNull();
        table.AddColumn<Guid>("deadline_id").NotNull();
        table.AddColumn<int>("stage").NotNull();
        table.AddColumn<DateTimeOffset>("check_at").NotNull();
        // Set by the sweeper that took the check; another may take it once this has passed (its node died mid-check).
        table.AddColumn<DateTimeOffset>("claimed_until").AllowNulls();
        table.Indexes.Add(new IndexDefinition($"ix_{TableName}_check_at") { Columns = ["check_at"] });
        return table;
    }

    /// <summary>Queues the rows in the session's unit of work: they commit with the events or not at all, in one statement.</summary>
    public void Add(IDocumentSession session, IReadOnlyList<(object Message, DateTimeOffset At)> checks)
    {
        if (checks.Count == 0) return;
        var rows = string.Join(", ", checks.Select(_ => "(?, ?, ?, ?, ?)"));
        var values = checks.SelectMany(c => c.Message is DeadlineDue due
            ? new object[] { Guid.NewGuid(), due.ReferralId, due.DeadlineId, (int)due.Stage, c.At.ToUniversalTime() }
            : throw new NotSupportedException($"Only deadline checks are kept for later, not {c.Message.GetType().Name}.")).ToArray();
        session.QueueSqlCommand($"insert into {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} (id, referral_id, deadline_id, stage, check_at) values {rows}", values);
    }

    /// <summary>The check is done when the change it caused (or nothing) commits.</summary>
    public static void Done(IDocumentSession session, Guid checkId) =>
        session.QueueSqlCommand($"delete from {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} where id = ?", checkId);

    /// <summary>
    /// Takes up to <paramref name="limit"/> due checks, soonest first, for <paramref name="claimFor"/>. Rows another
    /// sweeper holds are skipped, not waited for, so several nodes sweep side by side and none takes a check twice.
    /// Due means by the database's clock, as Wolverine's schedule did.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedCheck>> ClaimAsync(int limit, TimeSpan claimFor, CancellationToken ct)
    {
        var table = $"{store.Options.DatabaseSchemaName}.{TableName}";
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var claim = new NpgsqlCommand(
            $"""
             update {table} set claimed_until = now() + @claimFor
             where id in (select id from {table} where check_at <= now() and (claimed_until is null or claimed_until < now())
                          order by check_at limit @limit for update skip locked)
             returning id, referral_id, deadline_id, stage
             """, connection);
        claim.Parameters.AddWithValue("claimFor", claimFor);
        claim.Parameters.AddWithValue("limit", limit);
        var claimed = new List<ClaimedCheck>();
        await using var reader = await claim.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            claimed.Add(new ClaimedCheck(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), (DeadlineStage)reader.GetInt32(3)));
        return claimed;
    }
}
