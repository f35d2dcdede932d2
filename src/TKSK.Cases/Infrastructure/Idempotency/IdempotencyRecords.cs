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
    public sealed record Ours : KeyClaim;
    public sealed record Running : KeyClaim;
    public sealed record OtherRequest : KeyClaim;
    public sealed record Answered(KeptAnswer Answer) : KeyClaim;
}

/// <summary>
/// The idempotency keys of POST requests, per caller, in one small table beside Marten's (created and
/// updated with the schema, db-apply included). A key is claimed with one INSERT … ON CONFLICT, so of
/// two identical requests arriving together exactly one runs; the other finds the claim and waits
/// for its answer. A key is kept 24 hours from its first use, then it is free again.
/// </summary>
public sealed class IdempotencyRecords(IDocumentStore store)
{
    private const string TableName = "idempotency_keys";
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    /// <summary>
    /// A claim whose request never finished (its process died) is taken over by a retry after this
    /// long: far longer than any request runs (a batch of 500 takes seconds), so a live one is never taken.
    /// </summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(5);

    private string Table => $"{store.Options.DatabaseSchemaName}.{TableName}";

    public static Table Definition(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("caller").AsPrimaryKey();
        table.AddColumn<string>("key").AsPrimaryKey();
        table.AddColumn<string>("request_hash").NotNull();
        table.AddColumn<DateTimeOffset>("created_at").NotNull();
        table.AddColumn<DateTimeOffset>("claimed_at").NotNull();
        // Null while the first request runs.
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
        await using var connection = await OpenAsync(ct);
        // The insert wins for a new key, an expired one, or an abandoned run of this same request.
        await using (var claim = new NpgsqlCommand(
            $"""
             insert into {Table} as k (caller, key, request_hash, created_at, claimed_at) values (@caller, @key, @hash, @now, @now)
             on conflict (caller, key) do update set request_hash = excluded.request_hash, created_at = excluded.created_at,
                 claimed_at = excluded.claimed_at, status = null, content_type = null, location = null, etag = null, body = null, secret_withheld = null
             where k.created_at < @expired or (k.status is null and k.claimed_at < @abandoned and k.request_hash = excluded.request_hash)
             returning 1
             """, connection))
        {
            Add(claim, caller, key);
            claim.Parameters.AddWithValue("hash", requestHash);
            claim.Parameters.AddWithValue("now", now);
            claim.Parameters.AddWithValue("expired", now - KeptFor);
            claim.Parameters.AddWithValue("abandoned", now - Abandoned);
            if (await claim.ExecuteScalarAsync(ct) is not null) return new KeyClaim.Ours();
        }

        await using var read = new NpgsqlCommand(
            $"select request_hash, status, content_type, location, etag, body, secret_withheld from {Table} where caller = @caller and key = @key",
            connection);
        Add(read, caller, key);
        await using var row = await read.ExecuteReaderAsync(ct);
        // Gone between the two statements (its run failed and gave the key back): the caller claims again.
        if (!await row.ReadAsync(ct)) return new KeyClaim.Running();
        if (row.GetString(0) != requestHash) return new KeyClaim.OtherRequest();
        if (row.IsDBNull(1)) return new KeyClaim.Running();
        return new KeyClaim.Answered(new KeptAnswer(row.GetInt32(1), Text(row, 2), Text(row, 3), Text(row, 4),
            row.IsDBNull(5) ? null : (byte[])row.GetValue(5), Text(row, 6)));
    }

    public async Task KeepAsync(string caller, string key, KeptAnswer answer, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
             update {Table} set status = @status, content_type = @type, location = @location, etag = @etag, body = @body, secret_withheld = @secret
             where caller = @caller and key = @key
             """, connection);
        Add(command, caller, key);
        command.Parameters.AddWithValue("status", answer.Status);
        command.Parameters.Add(new NpgsqlParameter("type", NpgsqlDbType.Text) { Value = (object?)answer.ContentType ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("location", NpgsqlDbType.Text) { Value = (object?)answer.Location ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("etag", NpgsqlDbType.Text) { Value = (object?)answer.ETag ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("body", NpgsqlDbType.Bytea) { Value = (object?)answer.Body ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("secret", NpgsqlDbType.Text) { Value = (object?)answer.SecretWithheld ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Gives the key back when its request changed nothing (refused, failed): a retry is decided afresh.</summary>
    public async Task ReleaseAsync(string caller, string key)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand($"delete from {Table} where caller = @caller and key = @key and status is null", connection);
        Add(command, caller, key);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
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

    private static void Add(NpgsqlCommand command, string caller, string key)
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
