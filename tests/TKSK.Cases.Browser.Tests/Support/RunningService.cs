using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TKSK.Cases.Browser.Tests.Support;

/// <summary>
/// The service as `dotnet run` starts it (Development, its own process, a real port Chromium can reach), on the
/// tests' throwaway database. Its output is kept, so that a failing start says why.
/// </summary>
public sealed class RunningService(Process process, Uri url, StringBuilder output) : IAsyncDisposable
{
    public Uri Url => url;
    public string Output => output.ToString();

    public static async Task<RunningService> StartAsync(string connectionString)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; }
        var url = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TKSK.Cases.dll"));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ConnectionStrings__Marten"] = connectionString;
        info.Environment["Urls"] = url.ToString().TrimEnd('/');
        // The tests register the few coordinators they need; 666 invented ones would only slow the start.
        info.Environment["Demo__SeedCoordinators"] = "false";
        info.Environment["Notifications__Webhook__Url"] = "";
        info.Environment["RateLimits__PerMinute"] = "100000";
        var output = new StringBuilder();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new RunningService(process, url, output);
        using var http = new HttpClient { BaseAddress = url };
        for (var i = 0; i < 240; i++)
        {
            try { if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return service; } catch (HttpRequestException) { }
            if (process.HasExited) break;
            await Task.Delay(250);
        }
        await service.DisposeAsync();
        throw new InvalidOperationException($"The service did not become ready on {url}:\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM: the service stops as it would for a person (its database is the tests', left to the fixture).
            Process.Start("kill", ["-TERM", process.Id.ToString()])!.WaitForExit();
            if (!process.WaitForExit(15_000)) process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
