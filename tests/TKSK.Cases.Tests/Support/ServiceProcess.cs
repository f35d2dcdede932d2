using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Npgsql;

namespace TKSK.Cases.Tests.Support;

/// <summary>
/// The service as its own process on its own database, signed in as a province admin: for the tests
/// that kill it (SIGKILL) or stop it (SIGTERM) and start another on the same data.
/// </summary>
public sealed class ServiceProcess(Process process, HttpClient admin) : IAsyncDisposable
{
    public HttpClient Admin => admin;

    /// <summary>An empty database of its own on the fixture's server.</summary>
    public static async Task<string> NewDatabaseAsync(string serverConnectionString, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..24];
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Starts the test's copy of the service in Development on a free port and waits until it is ready.</summary>
    public static async Task<ServiceProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; }
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TKSK.Cases.dll"));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ConnectionStrings__Marten"] = connectionString;
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        info.Environment["Demo__SeedCoordinators"] = "false";
        info.Environment["Notifications__Webhook__Url"] = "";
        foreach (var (name, value) in settings) info.Environment[name] = value;
        var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var ready = false;
        for (var i = 0; i < 240 && !ready; i++)
        {
            try { ready = (await http.GetAsync("/health/ready")).IsSuccessStatusCode; } catch (HttpRequestException) { }
            if (process.HasExited) throw new InvalidOperationException("the service stopped while starting");
            if (!ready) await Task.Delay(250);
        }
        if (!ready)
        {
            // Nobody holds it yet: left running, it would outlive the test run and load the machine for the next.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            http.Dispose();
            throw new TimeoutException($"the service was not ready on port {port} within 60 s");
        }
        var token = await (await http.PostAsJsonAsync("/api/v1/dev/tokens", new { role = "province_admin", name = "durability" })).Content.ReadFromJsonAsync<JsonObject>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token!["token"]!.GetValue<string>());
        return new ServiceProcess(process, http);
    }

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
        admin.Dispose();
        process.Dispose();
    }
}
