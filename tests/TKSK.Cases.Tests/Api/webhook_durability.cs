using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TKSK.Cases.Tests.Support;
using Xunit.Abstractions;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Webhook deliveries survive the service's death: it runs as its own process on its own database,
/// is killed (SIGKILL) while deliveries are pending — first held back by a receiver that is down, then
/// in flight to a slow one — and a new process delivers every event, in order, each once after the
/// receiver drops repeated delivery ids.
/// </summary>
[Trait("Category", "Process")]
public sealed class webhook_durability(AppFixture fixture, ITestOutputHelper output) : IntegrationContext(fixture)
{
    /// <summary>The service process, and an agency system holding a feed + webhooks key.</summary>
    private sealed class Service(RunningService process, HttpClient agency) : IAsyncDisposable
    {
        public HttpClient Admin => process.Client;
        public HttpClient Agency => agency;
        public void Kill() => process.Process.Kill();

        public async ValueTask DisposeAsync()
        {
            await process.DisposeAsync();
            agency.Dispose();
        }
    }

    private Task<string> NewDatabaseAsync() => RunningService.NewDatabaseAsync(Fixture.ConnectionString, "webhooks");

    // Quick polling and retries, so the test sees a delivery held back, retried and made within seconds.
    private static async Task<Service> StartAsync(string connectionString, string? apiKey = null)
    {
        var process = await RunningService.OnDatabaseAsync(connectionString, new Dictionary<string, string>
        {
            ["Webhooks__PollInterval"] = "00:00:00.2", ["Webhooks__Retries__0"] = "00:00:00.2", ["Webhooks__Retries__1"] = "00:00:00.5",
        });
        if (apiKey is null)
        {
            var created = await process.Client.PostAsJsonAsync("/api/v1/api-keys", new { agency = "RSJ Menur Surabaya", scopes = new[] { "feed", "webhooks" }, region = "35.78" });
            apiKey = (await created.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
        }
        var agency = new HttpClient { BaseAddress = process.Client.BaseAddress };
        agency.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return new Service(process, agency);
    }

    private static async Task ReportAsync(Service service, int count)
    {
        for (var i = 0; i < count; i++)
            Assert.Equal(HttpStatusCode.Created, (await service.Admin.PostAsJsonAsync("/api/v1/referrals", Scenarios.PasungReport(nik: $"357801120480{i + 1:0000}"))).StatusCode);
    }

    private static async Task<T> Until<T>(Func<Task<T?>> probe, int seconds = 60) where T : class
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTimeOffset.UtcNow > until) throw new TimeoutException("Not there in time.");
            await Task.Delay(100);
        }
    }

    private static Task<List<long>> FeedPositionsAsync(Service service, int count) => Until(async () =>
    {
        var page = await service.Agency.GetFromJsonAsync<JsonObject>("/api/v1/feed?after=0&limit=500");
        var positions = page!["events"]!.AsArray().Select(e => e!["position"]!.GetValue<long>()).ToList();
        return positions.Count >= count ? positions : null;
    });

    [Fact]
    public async Task deliveries_pending_when_the_service_is_killed_are_all_made_by_the_next_one_in_order()
    {
        var database = await NewDatabaseAsync();
        var receiver = Fixture.Webhooks.NewEndpoint();
        receiver.Failing = true;
        string key;
        List<long> reported;

        // The receiver is down: twenty reports wait behind the first, which is retried. It comes back slow,
        // and the service is killed a few deliveries later, with the rest pending and one perhaps in flight.
        await using (var first = await StartAsync(database))
        {
            key = first.Agency.DefaultRequestHeaders.GetValues("X-Api-Key").Single();
            var created = await (await first.Agency.PostAsJsonAsync("/api/v1/subscriptions",
                new { url = receiver.Url, eventTypes = new[] { "referral.received.v1" } })).Content.ReadFromJsonAsync<JsonObject>();
            receiver.Secret = created!["secret"]!.GetValue<string>();
            var subscription = created["id"]!.GetValue<string>();
            await ReportAsync(first, 20);
            reported = await FeedPositionsAsync(first, 20);
            await Until(async () => (await first.Agency.GetFromJsonAsync<JsonObject>($"/api/v1/subscriptions/{subscription}"))!["held"] is JsonObject h
                                    && h["attempts"]!.GetValue<int>() >= 2 ? h : null);
            receiver.Delay = TimeSpan.FromMilliseconds(300);
            receiver.Failing = false;
            await Until(() => Task.FromResult(receiver.Accepted.Count >= 3 ? "some" : null));
            first.Kill();
        }
        var beforeKill = receiver.Accepted.Count;
        receiver.Delay = TimeSpan.Zero;

        var restart = Stopwatch.StartNew();
        await using var second = await StartAsync(database, key);
        await Until(() => Task.FromResult(receiver.Accepted.Count >= reported.Count ? "all" : null));
        var caughtUp = restart.Elapsed;
        await Task.Delay(1000);
        Assert.Equal(reported, receiver.Accepted.Select(r => r.Position));
        Assert.Equal(0, receiver.BadSignatures);
        // At least once: a delivery cut off by the kill may come again, with the same id, and is dropped.
        Assert.InRange(receiver.Duplicates, 0, 1);
        output.WriteLine($"Killed with {reported.Count - beforeKill} of {reported.Count} deliveries pending: the next process (its start included) " +
                         $"delivered them all in order {caughtUp.TotalSeconds:F1} s later; {receiver.Accepted.Count} delivered once each, " +
                         $"{receiver.Duplicates} duplicate(s) dropped by delivery id, {receiver.Refused} attempts refused while the receiver was down, {receiver.Requests} requests in all.");
    }
}
