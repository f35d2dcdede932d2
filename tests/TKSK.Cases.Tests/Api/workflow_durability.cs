using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Npgsql;
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
    private sealed class Service(Process process, HttpClient http) : IAsyncDisposable
    {
        public HttpClient Http => http;

        public void Kill() => process.Kill(entireProcessTree: true);

        public async Task StopAsync()
        {
            Process.Start("kill", ["-TERM", process.Id.ToString()])!.WaitForExit();
            await process.WaitForExitAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited) Kill();
            await process.WaitForExitAsync();
            http.Dispose();
            process.Dispose();
        }
    }

    private async Task<string> NewDatabaseAsync()
    {
        var name = $"durability_{Guid.NewGuid():N}"[..24];
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Fixture.ConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<Service> StartAsync(string connectionString)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; }
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TKSK.Cases.dll"));
        foreach (var (name, value) in new Dictionary<string, string>
                 {
                     ["ASPNETCORE_ENVIRONMENT"] = "Development", ["ConnectionStrings__Marten"] = connectionString, ["Urls"] = $"http://127.0.0.1:{port}",
                     ["Demo__SeedCoordinators"] = "false", ["Sla__DeskAssessment__Emergency"] = "00:00:08",
                     ["Wolverine__ScheduledJobPollingTime"] = "00:00:00.5", ["Notifications__Webhook__Url"] = "",
                 })
            info.Environment[name] = value;
        var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var i = 0; i < 240; i++)
        {
            try { if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) break; } catch (HttpRequestException) { }
            if (process.HasExited) throw new InvalidOperationException("the service stopped while starting");
            await Task.Delay(250);
        }
        var token = await (await http.PostAsJsonAsync("/api/v1/dev/tokens", new { role = "province_admin", name = "durability" })).Content.ReadFromJsonAsync<JsonObject>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token!["token"]!.GetValue<string>());
        return new Service(process, http);
    }

    private static async Task<string> ReportAsync(Service service)
    {
        var reply = await service.Http.PostAsJsonAsync("/api/v1/referrals", Scenarios.PasungReport());
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        return (await reply.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>Waits for the escalation, then a while longer for any second one, and counts them.</summary>
    private static async Task<(int Missed, int Escalated)> EscalationsAsync(Service service, string id)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < until
               && (await service.Http.GetFromJsonAsync<JsonObject>($"/api/v1/referrals/{id}"))!["overdue"]!.GetValue<bool>() == false)
            await Task.Delay(500);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var history = (await service.Http.GetFromJsonAsync<JsonArray>($"/api/v1/referrals/{id}/history"))!.Select(e => e!["type"]!.GetValue<string>()).ToList();
        return (history.Count(t => t == "deadline_missed"), history.Count(t => t == "referral_escalated"));
    }

    [Fact]
    public async Task a_deadline_set_before_a_crash_escalates_once_after_it_and_across_a_graceful_restart()
    {
        var database = await NewDatabaseAsync();

        string crashed;
        await using (var first = await StartAsync(database))
        {
            crashed = await ReportAsync(first);
            first.Kill();
        }
        await using var second = await StartAsync(database);
        Assert.Equal((1, 1), await EscalationsAsync(second, crashed));

        var stopped = await ReportAsync(second);
        await second.StopAsync();
        await using var third = await StartAsync(database);
        Assert.Equal((1, 1), await EscalationsAsync(third, stopped));
        Assert.Equal((1, 1), await EscalationsAsync(third, crashed));
    }
}
