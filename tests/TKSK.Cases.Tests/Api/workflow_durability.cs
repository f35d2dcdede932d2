using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// A deadline set before a crash still fires after it: the service runs as its own process on its
/// own database with a desk deadline of seconds; it is killed (SIGKILL) right after the intake, a
/// new process starts on the same database, and the escalation happens exactly once. Also across
/// a graceful stop and start.
/// </summary>
[Trait("Category", "Process")]
public sealed class workflow_durability(AppFixture fixture) : IntegrationContext(fixture)
{
    private Task<string> NewDatabaseAsync() => RunningService.NewDatabaseAsync(Fixture.ConnectionString, "durability");

    // A desk deadline of seconds, and the deadline sweep short enough to see it fire.
    private static Task<RunningService> StartAsync(string connectionString) => RunningService.OnDatabaseAsync(connectionString, new Dictionary<string, string>
    {
        ["Sla__DeskAssessment__Emergency"] = "00:00:08", ["Deadlines__SweepEvery"] = "00:00:00.5",
    });

    private static async Task<string> ReportAsync(RunningService service)
    {
        var reply = await service.Client.PostAsJsonAsync("/api/v1/referrals", Scenarios.PasungReport());
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        return (await reply.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>Waits for the escalation, then a while longer for any second one, and counts them.</summary>
    private static async Task<(int Missed, int Escalated)> EscalationsAsync(RunningService service, string id)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < until && (await ReadAsync<JsonObject>(service, $"/api/v1/referrals/{id}"))["overdue"]!.GetValue<bool>() == false)
            await Task.Delay(500);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var history = (await ReadAsync<JsonArray>(service, $"/api/v1/referrals/{id}/history")).Select(e => e!["type"]!.GetValue<string>()).ToList();
        return (history.Count(t => t == "deadline_missed"), history.Count(t => t == "referral_escalated"));
    }

    // As a client reads: a 503 (the database did not answer in time, which a starved 2-core machine can cause right after a
    // restart) is retried after its Retry-After; what this test judges is how often the escalation happened, not availability.
    private static async Task<T> ReadAsync<T>(RunningService service, string path) where T : JsonNode
    {
        for (var attempt = 1; ; attempt++)
        {
            using var reply = await service.Client.GetAsync(path);
            if (reply.StatusCode == HttpStatusCode.ServiceUnavailable && attempt < 5)
            {
                await Task.Delay(reply.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }
            Assert.True(reply.IsSuccessStatusCode, $"{path}: {(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}");
            return (await reply.Content.ReadFromJsonAsync<T>())!;
        }
    }

    [Fact]
    public async Task a_deadline_set_before_a_crash_escalates_once_after_it_and_across_a_graceful_restart()
    {
        var database = await NewDatabaseAsync();

        string crashed;
        await using (var first = await StartAsync(database))
        {
            crashed = await ReportAsync(first);
            first.Process.Kill();
        }
        await using var second = await StartAsync(database);
        Assert.Equal((1, 1), await EscalationsAsync(second, crashed));

        var stopped = await ReportAsync(second);
        await second.Process.TerminateAsync();
        await using var third = await StartAsync(database);
        Assert.Equal((1, 1), await EscalationsAsync(third, stopped));
        Assert.Equal((1, 1), await EscalationsAsync(third, crashed));
    }
}
