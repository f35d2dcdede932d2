using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Configuration;
using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure.Postgres;
using TKSK.Cases.Identity;

namespace TKSK.Cases.Tests.Faults;

/// <summary>
/// The built service (TKSK.Cases.dll) run as a child process, as an operator runs it: its own
/// embedded PostgreSQL in a data folder of the test's, its own free port. Tests kill it, kill its
/// database, start it again, and read its output.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly StringBuilder _output = new();

    public int Port { get; }
    public string DataDirectory { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");
    public HttpClient Client { get; }
    public int ProcessId => _process.Id;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private ServiceProcess(System.Diagnostics.Process process, int port, string dataDirectory)
    {
        _process = process;
        Port = port;
        DataDirectory = dataDirectory;
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(Role.ProvinceAdmin));
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>Starts the service on a free port with its embedded database in <paramref name="dataDirectory"/>; does not wait for it.</summary>
    public static ServiceProcess Start(string dataDirectory)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ServiceDirectory,
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(ServiceDirectory, "TKSK.Cases.dll"));
        // The test host sets these for itself; the child must find its own embedded database.
        foreach (var inherited in new[] { "ConnectionStrings__Marten", "TKSK_TEST_POSTGRES" }) info.Environment.Remove(inherited);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Demo__SeedCoordinators"] = "false";
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        info.Environment["EmbeddedPostgres__DataDirectory"] = dataDirectory;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // The load of these tests is one caller's, far above a person's pace.
        info.Environment["RateLimits__PerMinute"] = "1000000";
        info.Environment["RateLimits__PerAddressPerMinute"] = "1000000";
        return new ServiceProcess(System.Diagnostics.Process.Start(info)!, port, dataDirectory);
    }

    /// <summary>Waits until /health/ready answers 200 (or the process ends, or the time is up).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < (timeout ?? TimeSpan.FromSeconds(90)))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The service exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var reply = await Client.GetAsync("/health/ready");
                if (reply.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The service was not ready in time:\n{Output}");
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { return false; }
        _process.WaitForExit(); // drains the output
        return true;
    }

    /// <summary>SIGKILL: no shutdown code of the service runs.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM: the graceful stop an operator or systemd sends.</summary>
    public async Task TerminateAsync()
    {
        Signal(_process.Id, "TERM");
        if (!await WaitForExitAsync(TimeSpan.FromSeconds(30))) _process.Kill();
    }

    public static void Signal(int pid, string signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", [$"-{signal}", pid.ToString()]);
        kill.WaitForExit();
    }

    public static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2].Equals("Z");

    /// <summary>The postmaster of a running cluster: its pid and port, from postmaster.pid (null when none is running).</summary>
    public static (int Pid, int Port)? Postmaster(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(file)) return null;
        var lines = File.ReadAllLines(file);
        var pid = int.Parse(lines[0]);
        return IsAlive(pid) ? (pid, int.Parse(lines[3])) : null;
    }

    /// <summary>A bearer token the child accepts: minted with its Development signing key.</summary>
    public static string Token(Role role, string? region = null) =>
        SignIn.Mint(ServiceConfiguration, $"process-{Actor.Code(role)}", "Process test", role, region, null, DateTimeOffset.UtcNow.AddHours(1));

    /// <summary>Where the service project was built (same configuration as the tests): src/TKSK.Cases/bin/&lt;configuration&gt;/net10.0.</summary>
    public static readonly string ServiceDirectory = FindServiceDirectory();

    private static readonly IConfiguration ServiceConfiguration = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(ServiceDirectory, "appsettings.json")).AddJsonFile(Path.Combine(ServiceDirectory, "appsettings.Development.json")).Build();

    private static string FindServiceDirectory()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var (framework, configuration) = (testBin.Name, testBin.Parent!.Name);
        for (var dir = testBin; dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TKSK.Cases.sln")))
                return Path.Combine(dir.FullName, "src", "TKSK.Cases", "bin", configuration, framework);
        throw new InvalidOperationException($"No TKSK.Cases.sln above {testBin}");
    }

    /// <summary>A fresh data folder that the 'postgres' account can reach (as the service needs when run as root).</summary>
    public static string NewDataDirectory(out string root)
    {
        var name = $"tksk-process-{Guid.NewGuid():N}";
        var (directory, _) = DataLocation.Choose(Path.Combine(Path.GetTempPath(), name, "pg"), Path.Combine("/tmp", name, "pg"));
        root = Path.GetDirectoryName(directory)!;
        return directory;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await TerminateAsync();
        Client.Dispose();
        _process.Dispose();
    }
}
