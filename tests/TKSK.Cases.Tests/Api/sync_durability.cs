using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// A phone's batch meets a crash: the service is killed (SIGKILL) while it works through the batch, after some commands
/// were applied and before the phone had any answer. The phone sends the same batch again to the restarted service:
/// what was applied comes back as a duplicate, the rest is applied, and every note is on the case exactly once.
/// </summary>
[Trait("Category", "Process")]
public sealed class sync_durability(AppFixture fixture) : IntegrationContext(fixture)
{
    private const int Notes = 400;

    [Fact]
    public async Task a_batch_cut_by_a_crash_is_sent_again_and_every_command_is_applied_once()
    {
        var database = await RunningService.NewDatabaseAsync(Fixture.ConnectionString, "syncdurability");
        var settings = new Dictionary<string, string>();
        string referral, coordinator;
        object batch;
        // The phone's request, cut off: the process dies once some of its notes are committed.
        await using (var first = await RunningService.OnDatabaseAsync(database, settings))
        {
            (referral, coordinator) = await AssignedAsync(first.Client);
            batch = Batch(referral);
            using var phone = Phone(first, coordinator);
            var sending = phone.PostAsJsonAsync("/api/v1/sync", batch);
            var committed = 0L;
            for (var until = DateTimeOffset.UtcNow.AddSeconds(60); committed < 20 && DateTimeOffset.UtcNow < until; await Task.Delay(20))
                committed = await NotesStoredAsync(database, Fixture.Store.Options.DatabaseSchemaName, referral);
            first.Process.Kill();
            await Assert.ThrowsAnyAsync<Exception>(() => sending);
            Assert.InRange(committed, 20, Notes - 1);
        }

        await using var second = await RunningService.OnDatabaseAsync(database, settings);
        using var again = Phone(second, coordinator);
        var reply = await again.PostAsJsonAsync("/api/v1/sync", batch);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var outcomes = (await reply.Content.ReadFromJsonAsync<JsonObject>())!["results"]!.AsArray().Select(r => r!["outcome"]!.GetValue<string>()).ToList();
        Assert.Equal(Notes, outcomes.Count);
        Assert.All(outcomes, o => Assert.Contains(o, new[] { "applied", "duplicate" }));
        Assert.InRange(outcomes.Count(o => o == "duplicate"), 20, Notes - 1);
        // Those applied before the crash come first: the batch is applied in order.
        Assert.Equal(outcomes.OrderBy(o => o == "applied").ToList(), outcomes);

        var notes = (await second.Client.GetFromJsonAsync<JsonObject>($"/api/v1/referrals/{referral}"))!["notes"]!.AsArray()
            .Select(n => n!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(Enumerable.Range(1, Notes).Select(i => $"Catatan lapangan {i}"), notes);
    }

    private static object Batch(string referral) => new
    {
        deviceId = "hp-agus-crash", sentAt = DateTimeOffset.UtcNow, appVersion = "1.0.0",
        commands = Enumerable.Range(1, Notes).Select(i => new
        {
            commandId = Guid.NewGuid(), referralId = referral, type = "AddNote", payload = new { text = $"Catatan lapangan {i}" },
            baseVersion = (long?)null, recordedAt = DateTimeOffset.UtcNow.AddHours(-1),
        }).ToArray(),
    };

    private static HttpClient Phone(RunningService service, string coordinator) => new()
    {
        BaseAddress = service.Process.BaseAddress, Timeout = TimeSpan.FromMinutes(2),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", RunningService.Token(Role.Tksk, Scenarios.KarangPilang, Guid.Parse(coordinator))) },
    };

    private static async Task<(string Referral, string Coordinator)> AssignedAsync(HttpClient admin)
    {
        async Task<JsonObject> Post(string path, object body)
        {
            var reply = await admin.PostAsJsonAsync(path, body);
            Assert.True(reply.IsSuccessStatusCode, $"{path}: {(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}");
            return (await reply.Content.ReadFromJsonAsync<JsonObject>())!;
        }
        var referral = (await Post("/api/v1/referrals", Scenarios.PasungReport()))["id"]!.GetValue<string>();
        await Post($"/api/v1/referrals/{referral}/assessment", new { decision = "field_response", category = "penyandang_disabilitas", urgency = "emergency" });
        var coordinator = (await Post("/api/v1/coordinators", new { name = "Agus Santoso", phone = "081298765432", kecamatanCode = Scenarios.KarangPilang }))["id"]!.GetValue<string>();
        // Routing may hand the case to the kecamatan's only TKSK on its own first; either way it is Agus's.
        var assigned = await admin.PostAsJsonAsync($"/api/v1/referrals/{referral}/assignment", new { coordinatorId = coordinator });
        Assert.True(assigned.IsSuccessStatusCode || (await assigned.Content.ReadAsStringAsync()).Contains("already-assigned"));
        await Post($"/api/v1/referrals/{referral}/acceptance", new { });
        return (referral, coordinator);
    }

    private static async Task<long> NotesStoredAsync(string database, string schema, string referral)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand($"select count(*) from {schema}.mt_events where stream_id = @id and type = 'note_added'", connection);
        count.Parameters.AddWithValue("id", Guid.Parse(referral));
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
