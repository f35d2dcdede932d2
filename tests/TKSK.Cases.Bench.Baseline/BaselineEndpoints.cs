using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;

namespace TKSK.Cases.Bench.Baseline;

/// <summary>
/// The baselines, each the least code that does a scenario's database work: what is left between
/// them and the service's figure is what the service adds. SQL only, no framework, one file.
/// </summary>
public static class BaselineEndpoints
{
    /// <summary>The service's Marten schema (CaseStoreSetup.Schema): its tables are the model the by-hand intake copies.</summary>
    private const string ServiceSchema = "tksk";

    public static void MapBaselineEndpoints(this WebApplication app)
    {
        app.MapPost("/setup", Setup);
        app.MapPost("/setup/case-views", CopyCaseViews);
        app.MapPost("/setup/by-hand", CopyIntakeTables);
        app.MapPost("/raw/referrals", (HttpRequest request, NpgsqlDataSource db, CancellationToken ct) => InsertRaw(request, null, db, ct));
        app.MapPost("/raw/referrals/{id:guid}/notes", (Guid id, HttpRequest request, NpgsqlDataSource db, CancellationToken ct) => InsertRaw(request, id, db, ct));
        app.MapPost("/raw/referral-batches", CopyBatch);
        app.MapGet("/raw/referrals/{id:guid}", SelectCaseView);
        app.MapPost("/by-hand/referrals", IntakeByHand);
    }

    // bench_raw: one table of JSON rows. bench_by_hand: Marten's own intake tables, copied with every
    // index (LIKE … INCLUDING ALL) from the service's schema, so both pay for the same indexes.
    private static async Task<IResult> Setup(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"""
            drop schema if exists bench_raw cascade;
            create schema bench_raw;
            create table bench_raw.rows (id uuid primary key, referral_id uuid, data jsonb not null, stored_at timestamptz not null default now());
            drop schema if exists bench_by_hand cascade;
            create schema bench_by_hand;
            create table bench_by_hand.mt_streams (like {ServiceSchema}.mt_streams including all);
            create table bench_by_hand.mt_events (like {ServiceSchema}.mt_events including all);
            alter table bench_by_hand.mt_events add constraint fkey_mt_events_stream_id
                foreign key (stream_id) references bench_by_hand.mt_streams(id) on delete cascade;
            create sequence bench_by_hand.mt_events_sequence;
            create table bench_by_hand.mt_doc_referral (like {ServiceSchema}.mt_doc_referral including all);
            create sequence bench_by_hand.referral_numbers;
            """);
        await command.ExecuteNonQueryAsync(ct);
        return Results.Ok();
    }

    /// <summary>The service's own case documents, as rows to select by key (the case view's floor).</summary>
    private static async Task<IResult> CopyCaseViews(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"""
            drop table if exists bench_raw.case_views;
            create table bench_raw.case_views as select id, data from {ServiceSchema}.mt_doc_referral;
            alter table bench_raw.case_views add primary key (id);
            analyze bench_raw.case_views;
            """);
        await command.ExecuteNonQueryAsync(ct);
        return Results.Ok();
    }

    /// <summary>
    /// The by-hand intake starts from the service's own rows (streams, events, case documents) and
    /// numbers on from the service's, so its duplicate look-up searches as many documents and its
    /// indexes are as deep.
    /// </summary>
    private static async Task<IResult> CopyIntakeTables(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"""
            truncate bench_by_hand.mt_events, bench_by_hand.mt_streams, bench_by_hand.mt_doc_referral;
            insert into bench_by_hand.mt_streams select * from {ServiceSchema}.mt_streams;
            insert into bench_by_hand.mt_events select * from {ServiceSchema}.mt_events;
            insert into bench_by_hand.mt_doc_referral select * from {ServiceSchema}.mt_doc_referral;
            select setval('bench_by_hand.referral_numbers', coalesce((select max(substr(data ->> 'number', 10)::bigint) from bench_by_hand.mt_doc_referral), 0) + 1);
            select setval('bench_by_hand.mt_events_sequence', coalesce((select max(seq_id) from bench_by_hand.mt_events), 0) + 1);
            analyze bench_by_hand.mt_streams, bench_by_hand.mt_events, bench_by_hand.mt_doc_referral;
            """);
        await command.ExecuteNonQueryAsync(ct);
        return Results.Ok();
    }

    private static async Task<IResult> InsertRaw(HttpRequest request, Guid? referralId, NpgsqlDataSource db, CancellationToken ct)
    {
        var body = await ReadBodyAsync(request, ct);
        var id = Guid.CreateVersion7();
        await using var command = db.CreateCommand("insert into bench_raw.rows (id, referral_id, data) values ($1, $2, $3)");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)referralId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = body, NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(ct);
        return referralId is null ? Results.Created($"/raw/referrals/{id}", new { id }) : Results.Ok(new { id });
    }

    private static async Task<IResult> CopyBatch(HttpRequest request, NpgsqlDataSource db, CancellationToken ct)
    {
        using var batch = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        var items = batch.RootElement.GetProperty("items");
        await using var connection = await db.OpenConnectionAsync(ct);
        await using (var writer = await connection.BeginBinaryImportAsync("copy bench_raw.rows (id, data) from stdin (format binary)", ct))
        {
            foreach (var item in items.EnumerateArray())
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(item.GetRawText(), NpgsqlDbType.Jsonb, ct);
            }
            await writer.CompleteAsync(ct);
        }
        return Results.Ok(new { count = items.GetArrayLength() });
    }

    private static async Task SelectCaseView(Guid id, HttpContext http, NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand("select data::text from bench_raw.case_views where id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        if (await command.ExecuteScalarAsync(http.RequestAborted) is not string json)
        {
            http.Response.StatusCode = 404;
            return;
        }
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(json, http.RequestAborted);
    }

    /// <summary>
    /// What the service's intake does, by hand: the same duplicate look-up and case-number sequence,
    /// then the stream row, the event row and the case document, in one transaction.
    /// </summary>
    private static async Task<IResult> IntakeByHand(HttpRequest request, NpgsqlDataSource db, CancellationToken ct)
    {
        var report = JsonNode.Parse(await ReadBodyAsync(request, ct))!.AsObject();
        var now = DateTimeOffset.UtcNow;
        var id = Guid.CreateVersion7(now);
        string? nik = report["subject"]?["nik"]?.GetValue<string>(), desa = report["location"]?["desaCode"]?.GetValue<string>();
        var category = report["category"]!.GetValue<string>();

        await using var connection = await db.OpenConnectionAsync(ct);
        // As the service: the look-up and the year's next case number in one round trip, outside the transaction.
        var duplicates = new JsonArray();
        var year = now.ToOffset(TimeSpan.FromHours(7)).Year;
        string number;
        await using (var reads = new NpgsqlBatch(connection))
        {
            var lookup = new NpgsqlBatchCommand($"""
                select d.id, d.data ->> 'number' from bench_by_hand.mt_doc_referral as d
                where ((d.data -> 'subject' ->> 'nik' = $1) or (d.data -> 'place' ->> 'desaCode' = $2 and d.data ->> 'category' = $3
                       and {ServiceSchema}.mt_immutable_timestamptz(d.data ->> 'receivedAt') >= $4))
                  and d.data ->> 'status' != 'Closed' and d.data ->> 'status' != 'Rejected'
                order by {ServiceSchema}.mt_immutable_timestamptz(d.data ->> 'receivedAt') desc limit 20
                """);
            lookup.Parameters.Add(new NpgsqlParameter { Value = (object?)nik ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            lookup.Parameters.Add(new NpgsqlParameter { Value = (object?)desa ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            lookup.Parameters.Add(new NpgsqlParameter { Value = category });
            lookup.Parameters.Add(new NpgsqlParameter { Value = now.AddDays(-30) });
            reads.BatchCommands.Add(lookup);
            reads.BatchCommands.Add(new NpgsqlBatchCommand("select nextval('bench_by_hand.referral_numbers')"));
            await using var reader = await reads.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) duplicates.Add(new JsonObject { ["referralId"] = reader.GetGuid(0), ["number"] = reader.GetString(1) });
            await reader.NextResultAsync(ct);
            await reader.ReadAsync(ct);
            number = $"JSC-{year}-{reader.GetInt64(0):D6}";
        }

        var received = (JsonObject)report.DeepClone();
        received["id"] = id;
        received["number"] = number;
        received["receivedAt"] = now;
        received["possibleDuplicates"] = duplicates;
        var document = (JsonObject)received.DeepClone();
        document["status"] = "Received";
        document["version"] = 1;
        foreach (var list in new[] { "notes", "visits", "steps", "duplicates" }) document[list] = new JsonArray();

        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var batch = new NpgsqlBatch(connection, tx);
        batch.BatchCommands.Add(Command("insert into bench_by_hand.mt_streams (id, type, version, timestamp, tenant_id) values ($1, 'referral', 1, now(), '*DEFAULT*')", id));
        batch.BatchCommands.Add(Command("""
            insert into bench_by_hand.mt_events (seq_id, id, stream_id, version, data, type, tenant_id, timestamp, mt_dotnet_type, is_archived, correlation_id, headers, user_name)
            values (nextval('bench_by_hand.mt_events_sequence'), $1, $2, 1, $3, 'referral_received', '*DEFAULT*', $4, 'TKSK.Cases.Referrals.ReferralReceived, TKSK.Cases', false, $5, $6, 'bench')
            """, Guid.NewGuid(), id, Jsonb(received.ToJsonString()), now, request.HttpContext.TraceIdentifier, Jsonb("{}")));
        batch.BatchCommands.Add(Command("""
            insert into bench_by_hand.mt_doc_referral (id, data, mt_version, mt_dotnet_type, mt_last_modified)
            values ($1, $2, 1, 'TKSK.Cases.Referrals.Referral', transaction_timestamp())
            """, id, Jsonb(document.ToJsonString())));
        await batch.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return Results.Text(document.ToJsonString(), "application/json", statusCode: 201);
    }

    private static NpgsqlParameter Jsonb(string json) => new() { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb };

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        return command;
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct);
    }
}
