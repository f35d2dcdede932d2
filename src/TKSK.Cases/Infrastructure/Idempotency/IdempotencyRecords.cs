using Marten;
using Npgsql;
using NpgsqlTypes;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace TKSK.Cases.Infrastructure.Idempotency;

/// <summary>The answer kept for a key: replayed as it was first given.</summary>
/// <param name="SecretWithheld">The members of the answer that held a secret and were blanked before it was kept.</param>
public sealed record KeptAnswer(int Status, string? ContentType, string? Location, string? ETag, byte[]? Body, string? SecretWithheld);

/// <summary>What claiming a key found: the key is ours to run, another request runs it, or its answer is kept.</summary>
public abstract record KeyClaim
{
    public sealed record Ours(HeldKey Held) : KeyClaim;
    public sealed record Running : KeyClaim;
    public sealed record OtherRequest : KeyClaim;
    public sealed record Answered(KeptAnswer Answer) : KeyClaim;
}

/// <summary>
/// The idempotency keys of POST requests, per caller, in one small table beside Marten's (created and
/// updated with the schema, db-apply included). A key is claimed by inserting its row in a transaction that stays
/// open while the request runs (<see cref="HeldKey"/>) and commits with the answer: a second request with the key
/// waits on that row, then finds the answer; if the first request is refused, fails, or its node or the database
/// dies, the transaction ends without a row and the key is free at once for a retry on any node. A key is kept
/// 24 hours from its first use, then it is free again.
/// </summary>
public sealed class IdempotencyRecords(IDocumentStore store)
{
    private const string TableName = "idempotency_keys";
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    /// <summary>
    /// Rows written before claims were transactions (status null: a run that never finished) are taken over after this
    /// long; a claim made now is never committed without its answer.
    /// </summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(5);

    /// <summary>How long a repeat waits for the first request with its key before it is told to come back.</summary>
    public static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(15);

    private string Table => $"{store.Options.DatabaseSchemaName}.{TableName}";

    public static Table Definition(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("caller").AsPrimaryKey();
        table.AddColumn<string>("key").AsPrimaryKey();
        table.AddColumn<string>("request_hash").NotNull();
        table.AddColumn<DateTimeOffset>("created_at").NotNull();
        table.AddColumn<DateTimeOffset>("claimed_at").NotNull();
        // Null only in rows of the older scheme (see Abandoned).
        table.AddColumn<int>("status").AllowNulls();
        table.AddColumn<string>("content_type").AllowNulls();
        table.AddColumn<string>("location").AllowNulls();
        table.AddColumn<string>("etag").AllowNulls();
        table.AddColumn("body", "bytea").AllowNulls();
        table.AddColumn<string>("secret_withheld").AllowNulls();
        table.Indexes.Add(new IndexDefinition($"ix_{TableName}_created_at") { Columns = ["created_at"] });
        return table;
    }

    public async Task<KeyClaim> ClaimAsync(string caller, string key, string requestHash, DateTimeOffset now, CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        var held = false;
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            // Waits while another open claim holds the key's row (its request runs), then sees what it left: its
            // answer (no row updated), or nothing (it ended without one: this insert wins).
            await using (var wait = new NpgsqlCommand($"set local lock_timeout = {(int)WaitForFirst.TotalMilliseconds}", connection, transaction))
                await wait.ExecuteNonQueryAsync(ct);
            await using (var claim = new NpgsqlCommand(
                $"""
                 insert into {Table} as k (caller, key, request_hash, created_at, claimed_at) values (@caller, @key, @hash, @now, @now)
                 on conflict (caller, key) do update set request_hash = excluded.request_hash, created_at = excluded.created_at,
                     claimed_at = excluded.claimed_at, status = null, content_type = null, location = null, etag = null, body = null, secret_withheld = null
                 where k.created_at < @expired or (k.status is null and k.claimed_at < @abandoned and k.request_hash = excluded.request_hash)
                 returning 1
                 """, connection, transaction))
            {
                Add(claim, caller, key);
                claim.Parameters.AddWithValue("hash", requestHash);
                claim.Parameters.AddWithValue("now", now);
                claim.Parameters.AddWithValue("expired", now - KeptFor);
                claim.Parameters.AddWithValue("abandoned", now - Abandoned);
                try
                {
                    if (await claim.ExecuteScalarAsync(ct) is not null)
                    {
                        held = true;
                        return new KeyClaim.Ours(new HeldKey(connection, transaction, Table, caller, key));
                    }
                }
                // 55P03 lock_not_available: the first request has run for longer than a repeat waits.
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable) { return new KeyClaim.Running(); }
            }
            await transaction.CommitAsync(ct);

            await using var read = new NpgsqlCommand(
                $"select request_hash, status, content_type, location, etag, body, secret_withheld from {Table} where caller = @caller and key = @key",
                connection);
            Add(read, caller, key);
            await using var row = await read.ExecuteReaderAsync(ct);
            // Gone between the two statements (expired and removed): the caller claims again.
            if (!await row.ReadAsync(ct)) return new KeyClaim.Running();
            if (row.GetString(0) != requestHash) return new KeyClaim.OtherRequest();
            if (row.IsDBNull(1)) return new KeyClaim.Running();
            return new KeyClaim.Answered(new KeptAnswer(row.GetInt32(1), Text(row, 2), Text(row, 3), Text(row, 4),
                row.IsDBNull(5) ? null : (byte[])row.GetValue(5), Text(row, 6)));
        }
        finally
        {
            if (!held) await connection.DisposeAsync();
        }
    }

    /// <summary>Removes the keys older than 24 hours (a claim already treats them as free; this keeps the table small).</summary>
    public async Task<int> ExpireAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand($"delete from {Table} where created_at < @expired", connection);
        command.Parameters.AddWithValue("expired", now - KeptFor);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }

    internal static void Add(NpgsqlCommand command, string caller, string key)
    {
        command.Parameters.AddWithValue("caller", caller);
        command.Parameters.AddWithValue("key", key);
    }

    private static string? Text(NpgsqlDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);
}

/// <summary>Every hour, removes the keys past their 24 hours. Nothing is lost if a run is missed: a claim ignores expired keys.</summary>
public sealed class IdempotencyExpiry(IdempotencyRecords records, TimeProvider clock, ILogger<IdempotencyExpiry> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                var removed = await records.ExpireAsync(clock.GetUtcNow(), stoppingToken);
                if (removed > 0) logger.LogInformation("Removed {Count} idempotency keys older than 24 hours", removed);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Could not remove expired idempotency keys now: {Reason}", e.Message);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>
/// A claimed key: its row inserted in a transaction that lives as long as the request. <see cref="KeepAsync"/> commits
/// the answer with it; disposed without, the transaction rolls back and the key is free again (the request changed
/// nothing: refused, failed, or cut off).
/// </summary>
public sealed class HeldKey(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, string caller, string key) : IAsyncDisposable
{
    /// <summary>The PostgreSQL backend (pid) whose open transaction holds the claim: what pg_stat_activity and pg_locks show.</summary>
    public int Backend => connection.ProcessID;

    public async Task KeepAsync(KeptAnswer answer, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"""
             update {table} set status = @status, content_type = @type, location = @location, etag = @etag, body = @body, secret_withheld = @secret
             where caller = @caller and key = @key
             """, connection, transaction);
        IdempotencyRecords.Add(command, caller, key);
        command.Parameters.AddWithValue("status", answer.Status);
        command.Parameters.Add(new NpgsqlParameter("type", NpgsqlDbType.Text) { Value = (object?)answer.ContentType ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("location", NpgsqlDbType.Text) { Value = (object?)answer.Location ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("etag", NpgsqlDbType.Text) { Value = (object?)answer.ETag ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("body", NpgsqlDbType.Bytea) { Value = (object?)answer.Body ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("secret", NpgsqlDbType.Text) { Value = (object?)answer.SecretWithheld ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        // Rolls back what was not committed; a connection the database dropped just goes.
        try { await transaction.DisposeAsync(); }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { }
        await connection.DisposeAsync();
    }
}
