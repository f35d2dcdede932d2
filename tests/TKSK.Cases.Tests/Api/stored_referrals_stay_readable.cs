using System.Net;
using System.Text.Json.Nodes;
using Marten;
using Npgsql;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Stored events are forever. Contract/referral-stored-2026-11-25.json holds one in-progress pasung
/// referral exactly as the service stored it on 2026-11-25 (its events and its case document, as
/// rows): it must still read, and take commands, whatever the code looks like now.
/// </summary>
public sealed class stored_referrals_stay_readable(AppFixture fixture) : IntegrationContext(fixture)
{
    private static JsonNode Stored => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Api", "Contract", "referral-stored-2026-11-25.json")))!;

    private async Task<string> InsertAsStoredAsync()
    {
        var stored = Stored;
        var id = Guid.Parse(stored["streamId"]!.GetValue<string>());
        var events = stored["events"]!.AsArray();
        var schema = Fixture.Store.Options.DatabaseSchemaName;
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await Execute(connection, $"insert into {schema}.mt_streams (id, type, version) values (@id, @type, @version)",
            ("id", id), ("type", stored["streamType"]!.GetValue<string>()), ("version", (long)events.Count));
        foreach (var e in events)
            await Execute(connection,
                $"insert into {schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, mt_dotnet_type, correlation_id, causation_id, headers, user_name) " +
                $"values (nextval('{schema}.mt_events_sequence'), @id, @stream, @version, @data::jsonb, @type, @timestamp, @dotnet, @correlation, @causation, @headers::jsonb, @user)",
                ("id", Guid.Parse(e!["id"]!.GetValue<string>())), ("stream", id), ("version", e["version"]!.GetValue<long>()),
                ("data", e["data"]!.ToJsonString()), ("type", e["type"]!.GetValue<string>()),
                ("timestamp", DateTimeOffset.Parse(e["timestamp"]!.GetValue<string>())), ("dotnet", e["dotnetType"]!.GetValue<string>()),
                ("correlation", (object?)e["correlationId"]?.GetValue<string>() ?? DBNull.Value), ("causation", (object?)e["causationId"]?.GetValue<string>() ?? DBNull.Value),
                ("headers", (object?)e["headers"]?.ToJsonString() ?? DBNull.Value), ("user", (object?)e["userName"]?.GetValue<string>() ?? DBNull.Value));
        await Execute(connection, $"insert into {schema}.mt_doc_referral (id, data, mt_dotnet_type, mt_version) values (@id, @data::jsonb, @dotnet, @version)",
            ("id", id), ("data", stored["document"]!.ToJsonString()), ("dotnet", stored["documentDotnetType"]!.GetValue<string>()), ("version", (long)events.Count));
        await tx.CommitAsync();
        return id.ToString();
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task an_in_progress_referral_stored_in_the_first_shape_reads_with_its_history()
    {
        var id = await InsertAsStoredAsync();

        var view = await Api.Get($"/api/v1/referrals/{id}");
        Assert.Equal(HttpStatusCode.OK, view.Status);
        Assert.Equal("\"10\"", view.ETag);
        Assert.Equal(("JSC-2026-000001", "in_progress", "emergency"), (view.Str("number"), view.Str("status"), view.Str("urgency")));
        Assert.Equal("Karang Pilang", view.Str("place.kecamatanName"));
        Assert.Equal(["assignment", "visits", "field-assessment", "steps", "resolution", "notes"], view.Strings("allowedActions"));
        var steps = view.Node("steps")!.AsArray();
        Assert.Equal(["in_progress", "planned"], steps.Select(s => s!["status"]!.GetValue<string>()));
        Assert.Equal(["complete", "cancel"], steps[0]!["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(["start", "complete", "cancel"], steps[1]!["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));

        var history = (await Api.Get($"/api/v1/referrals/{id}/history")).Body!.AsArray();
        Assert.Equal(10, history.Count);
        Assert.Equal("tksk.agus", history[3]!["actor"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_in_progress_referral_stored_in_the_first_shape_takes_commands_to_resolution()
    {
        var id = await InsertAsStoredAsync();
        var steps = (await Api.Get($"/api/v1/referrals/{id}")).Node("steps")!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();

        await Api.Command(id, $"steps/{steps[0]}/complete", new { notes = "Dibebaskan" }).Ok();
        await Api.Command(id, $"steps/{steps[1]}/cancel", new { reason = "Keluarga menolak rawat inap" }).Ok();
        var resolved = await Api.Command(id, "resolution", new { outcome = "freed_and_treated" }, ("If-Match", "\"12\"")).Ok();
        Assert.Equal("resolved", resolved.Str("status"));
        Assert.Equal("\"13\"", resolved.ETag);

        await using var session = Fixture.Store.QuerySession();
        var inline = await session.LoadAsync<Referral>(Guid.Parse(id));
        var replayed = await session.Events.AggregateStreamAsync<Referral>(Guid.Parse(id));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(replayed), System.Text.Json.JsonSerializer.Serialize(inline));
    }
}
