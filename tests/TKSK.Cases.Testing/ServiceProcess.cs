using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TKSK.Cases.Testing;

/// <summary>
/// An app (the service, a baseline) run as its own process as an operator runs it — <c>dotnet App.dll</c>, its
/// settings in environment variables, a free loopback port — for the tests that kill it, stop it or start it
/// again, and for the benchmark. Its output is kept (and written to a log file when one is named).
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StreamWriter? _log;

    public string Name { get; }
    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;
    public string? LogPath { get; }
    /// <summary>From process start to the first 200 of /health/ready.</summary>
    public TimeSpan StartedIn { get; private set; }
    private readonly Stopwatch _clock;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private ServiceProcess(string name, Process process, int port, string? logPath, Stopwatch clock)
    {
        (Name, _process, Port, LogPath, _clock) = (name, process, port, logPath, clock);
        if (logPath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
            _log = new StreamWriter(logPath) { AutoFlush = true };
        }
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.AppendLine(line);
            _log?.WriteLine(line);
        }
    }

    /// <summary>Starts <paramref name="dll"/> on a free loopback port (Urls), with <paramref name="environment"/>; does not wait for it.</summary>
    /// <param name="unset">Variables of this process's own environment the child must not inherit (e.g. a test host's connection string).</param>
    /// <param name="port">The port of one that stopped, for its successor at the same address (a new release, a restart).</param>
    public static ServiceProcess Start(string dll, IReadOnlyDictionary<string, string> environment, IEnumerable<string>? args = null,
        string? logPath = null, string? name = null, IEnumerable<string>? unset = null, int? port = null)
    {
        port ??= FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args ?? []) info.ArgumentList.Add(a);
        foreach (var variable in unset ?? []) info.Environment.Remove(variable);
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment) info.Environment[key] = value;
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new ServiceProcessFailure($"Could not start {dll}.");
        return new ServiceProcess(name ?? Path.GetFileNameWithoutExtension(dll), process, port.Value, logPath, clock);
    }

    /// <summary>Starts it and waits until it is ready; a process that never becomes ready is killed, not left behind.</summary>
    public static async Task<ServiceProcess> StartReadyAsync(string dll, IReadOnlyDictionary<string, string> environment, TimeSpan? timeout = null,
        IEnumerable<string>? args = null, string? logPath = null, string? name = null, IEnumerable<string>? unset = null, int? port = null)
    {
        var service = Start(dll, environment, args, logPath, name, unset, port);
        try
        {
            await service.WaitUntilReadyAsync(timeout);
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until /health/ready answers 200; fails with the end of its output if it exits or the time is up.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var limit = timeout ?? TimeSpan.FromSeconds(90);
        while (_clock.Elapsed < limit)
        {
            if (_process.HasExited) throw new ServiceProcessFailure($"{Name} exited with code {_process.ExitCode} before it was ready:\n{Tail()}");
            try
            {
                using var reply = await http.GetAsync("/health/ready");
                if (reply.StatusCode == HttpStatusCode.OK)
                {
                    StartedIn = _clock.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(20);
        }
        throw new ServiceProcessFailure($"{Name} was not ready after {limit.TotalSeconds:0} s:\n{Tail()}");
    }

    /// <summary>The last lines it wrote, for a failure message.</summary>
    public string Tail(int lines = 15) => string.Join('\n', Output.Split('\n').TakeLast(lines));

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var patience = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(patience.Token); }
        catch (OperationCanceledException) { return false; }
        _process.WaitForExit(); // drains the output
        return true;
    }

    /// <summary>
    /// SIGKILL to the app alone: no shutdown code runs. Its children are left to fend for themselves, as after a
    /// real crash (the embedded PostgreSQL's watchdog must stop the database then).
    /// </summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM, the graceful stop an operator, systemd or an orchestrator sends; SIGKILL after <paramref name="grace"/>.</summary>
    public async Task TerminateAsync(TimeSpan? grace = null)
    {
        if (_process.HasExited) return;
        Signal(_process.Id, "TERM");
        if (!await WaitForExitAsync(grace ?? TimeSpan.FromSeconds(30))) Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Resident memory now (VmRSS) and its peak since start (VmHWM), in MiB, from /proc/&lt;pid&gt;/status.</summary>
    public (double Rss, double Peak) Memory()
    {
        double rss = double.NaN, peak = double.NaN;
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:")) rss = Kib(line) / 1024.0;
            else if (line.StartsWith("VmHWM:")) peak = Kib(line) / 1024.0;
        }
        return (rss, peak);

        static long Kib(string line) => long.Parse(line.Split(':')[1].Trim().Split(' ')[0]);
    }

    public static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString()]);
        kill.WaitForExit();
    }

    public static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid}") && File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2] != "Z";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The service as the solution built it, beside a test or tool built with the same configuration: src/TKSK.Cases/bin/&lt;configuration&gt;/&lt;framework&gt;.</summary>
    public static string BuiltService(string fromDirectory)
    {
        var bin = new DirectoryInfo(fromDirectory.TrimEnd('/'));
        var (framework, configuration) = (bin.Name, bin.Parent!.Name);
        for (var dir = bin; dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TKSK.Cases.sln")))
                return Path.Combine(dir.FullName, "src", "TKSK.Cases", "bin", configuration, framework, "TKSK.Cases.dll");
        throw new ServiceProcessFailure($"No TKSK.Cases.sln above {bin}.");
    }

    public async ValueTask DisposeAsync()
    {
        await TerminateAsync();
        _process.Dispose();
        lock (_output) _log?.Dispose();
    }
}

/// <summary>The app could not be started or did not become ready: one sentence and the end of its output.</summary>
public sealed class ServiceProcessFailure(string message) : Exception(message);
