using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using TKSK.Cases.Bench.Load;

namespace TKSK.Cases.Bench.Hosting;

/// <summary>
/// A published app (the service or a baseline) run as production runs it: <c>dotnet App.dll</c>
/// with its settings in environment variables, on a loopback port. Its output goes to a log file.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    public string Name { get; }
    public Uri BaseAddress { get; }
    public int Pid => _process.Id;
    public string LogPath { get; }
    /// <summary>From process start to the first 200 of /health/ready.</summary>
    public TimeSpan StartedIn { get; private set; }

    private AppProcess(string name, Process process, Uri baseAddress, string logPath, StreamWriter log)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
        LogPath = logPath;
        _log = log;
    }

    public static async Task<AppProcess> StartAsync(
        string name, string dll, IReadOnlyDictionary<string, string> environment, string logDirectory, IEnumerable<string>? args = null,
        TimeSpan? timeout = null)
    {
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args ?? []) info.ArgumentList.Add(a);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        info.Environment["Urls"] = baseAddress.ToString().TrimEnd('/');
        info.Environment["DOTNET_NOLOGO"] = "1";

        Directory.CreateDirectory(logDirectory);
        var logPath = Path.Combine(logDirectory, $"{name}-{DateTime.UtcNow:HHmmss.fff}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var app = new AppProcess(name, process, baseAddress, logPath, log);
        process.OutputDataReceived += (_, e) => app.Write(e.Data);
        process.ErrorDataReceived += (_, e) => app.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilReadyAsync(clock, timeout ?? TimeSpan.FromSeconds(120));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    private void Write(string? line)
    {
        if (line is null) return;
        lock (_log) _log.WriteLine(line);
    }

    private async Task WaitUntilReadyAsync(Stopwatch clock, TimeSpan timeout)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new BenchFailure($"{Name} exited with code {_process.ExitCode} before it was ready; its log: {LogPath}\n{Tail()}");
            try
            {
                using var reply = await http.GetAsync("/health/ready");
                if (reply.StatusCode == HttpStatusCode.OK)
                {
                    StartedIn = clock.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException) { }
            await Task.Delay(10);
        }
        throw new BenchFailure($"{Name} was not ready after {timeout.TotalSeconds:0} s; its log: {LogPath}\n{Tail()}");
    }

    private string Tail()
    {
        lock (_log) _log.Flush();
        try { return string.Join('\n', File.ReadLines(LogPath).TakeLast(15)); }
        catch (IOException) { return ""; }
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

    public CpuSample? CpuSample() => Load.CpuSample.OfProcess(Pid);

    /// <summary>SIGTERM (a graceful stop, as an orchestrator does), then SIGKILL after 20 s.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        _ = SysKill(_process.Id, 15);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try { await _process.WaitForExitAsync(patience.Token); }
        catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); await _process.WaitForExitAsync(); }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        lock (_log) _log.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SysKill(int pid, int signal);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The benchmark cannot go on: one sentence, no stack trace.</summary>
public sealed class BenchFailure(string message) : Exception(message);
