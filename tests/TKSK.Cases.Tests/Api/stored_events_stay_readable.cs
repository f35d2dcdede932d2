using System.Net;
using System.Text.Json.Nodes;
using Marten;
using Npgsql;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Stored events are forever. Contract/events-stored-2026-12-06.json holds every internal event type of a
/// referral stream as the service stored it up to 2026-12-06 — before a basis for sharing named its agency by
/// id and a possible duplicate its kecamatan. Each must still read as today's type, and the stream must
/// still fold, show and answer through the API. A new event type fails the first test until it is added.
/// </summary>
public sealed class stored_events_stay_readable(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly JsonNode Stored = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Api", "Contract", "events-stored-2026-12-06.json")))!;
    private static JsonArray Events => Stored["events"]!.AsArray();

    private IReadOnlyList<object> ReadAsToday() => [.. Events.Select(e =>
        Fixture.Store.Options.Serializer().FromJson(Type.GetType(e!["dotnetType"]!.GetValue<string>(), throwOnError: true)!,
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(e["data"]!.ToJsonString()))))];

    [Fact]
    public void every_event_type_there_is_in_the_stored_file_and_reads_as_todays_type()
    {
        var today = typeof(IReferralEvent).Assembly.GetTypes().Where(t => t.IsAssignableTo(typeof(IReferralEvent)) && !t.IsInterface).Select(t => t.Name).Order();
        Assert.Equal(today, Events.Select(e => e!["dotnetType"]!.GetValue<string>().Split(',')[0].Split('.')[^1]).Distinct().Order());
        Assert.All(ReadAsToday(), e => Assert.IsAssignableFrom<IReferralEvent>(e));
    }

    [Fact]
    public void the_old_shapes_fold_with_what_was_added_since_left_empty()
    {
        var state = ReferralEvolution.Replay(ReadAsToday())!;
        Assert.Equal(("JSC-2026-000042", ReferralStatus.Assessed, 2), (state.Number, state.Status, state.Episode));
        var consent = Assert.Single(state.SharingConsents);
        Assert.Null(consent.AgencyId);
        Assert.False(consent.Active);
        Assert.Null(Assert.Single(state.PossibleDuplicates).KecamatanCode);
        Assert.NotNull(state.PersonalDataErasedAt);
        Assert.Null(state.Subject.Nik);
    }

    [Fact]
    public async Task the_old_stream_reads_through_the_api()
    {
        var id = Guid.Parse(Stored["streamId"]!.GetValue<string>());
        var schema = Fixture.Store.Options.DatabaseSchemaName;
        await using (var connection = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var tx = await connection.BeginTransactionAsync();
            await using (var stream = new NpgsqlCommand($"insert into {schema}.mt_streams (id, type, version) values (@id, 'referral', @version)", connection, tx))
            {
                stream.Parameters.AddWithValue("id", id);
                stream.Parameters.AddWithValue("version", (long)Events.Count);
                await stream.ExecuteNonQueryAsync();
            }
            foreach (var e in Events)
            {
                await using var insert = new NpgsqlCommand(
                    $"insert into {schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, mt_dotnet_type, user_name) " +
                    $"values (nextval('{schema}.mt_events_sequence'), @id, @stream, @version, @data::jsonb, @type, @timestamp, @dotnet, @user)", connection, tx);
                insert.Parameters.AddWithValue("id", Guid.Parse(e!["id"]!.GetValue<string>()));
                insert.Parameters.AddWithValue("stream", id);
                insert.Parameters.AddWithValue("version", e["version"]!.GetValue<long>());
                insert.Parameters.AddWithValue("data", e["data"]!.ToJsonString());
                insert.Parameters.AddWithValue("type", e["type"]!.GetValue<string>());
                insert.Parameters.AddWithValue("timestamp", DateTimeOffset.Parse(e["timestamp"]!.GetValue<string>()));
                insert.Parameters.AddWithValue("dotnet", e["dotnetType"]!.GetValue<string>());
                insert.Parameters.AddWithValue("user", e["userName"]!.GetValue<string>());
                await insert.ExecuteNonQueryAsync();
            }
            await tx.CommitAsync();
        }
        // The case document as the inline projection would have kept it.
        await Fixture.Store.Advanced.RebuildSingleStreamAsync<Referral>(id);

        var view = await Api.Get($"/api/v1/referrals/{id}");
        Assert.Equal(HttpStatusCode.OK, view.Status);
        Assert.Equal($"\"{Events.Count}\"", view.ETag);
        Assert.Equal(["assignment", "notes"], view.Strings("allowedActions"));
        var history = (await Api.Get($"/api/v1/referrals/{id}/history")).Body!.AsArray();
        Assert.Equal(Events.Count, history.Count);
        // Erased at the end of the stream: the earlier events are read without the data.
        Assert.DoesNotContain("3578011204800001", history.ToJsonString());
    }
}
