using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TKSK.Cases.Infrastructure;

/// <summary>
/// A private PostgreSQL cluster started from the server binaries on this machine: the service's
/// embedded default database and the test suite's throwaway database use the same code.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _binDir;
    private readonly bool _asPostgresUser;
    private bool _started;

    public string DataDirectory { get; }
    public int Port { get; private set; }
    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true";

    private PostgresCluster(string dataDirectory, string binDir)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        _binDir = binDir;
        // initdb refuses to run as root; sessions and CI run as root here, so the server tools run
        // as the 'postgres' system user that the server package creates.
        _asPostgresUser = Environment.UserName == "root";
    }

    /// <summary>Initialises the cluster if needed, then starts it on a free loopback port.</summary>
    /// <param name="throwaway">fsync off: only for data that may be lost (tests).</param>
    public static async Task<PostgresCluster> StartAsync(string dataDirectory, bool throwaway, CancellationToken ct = default)
    {
        var binaries = FindBinaries() ?? await InstallBinariesAsync(ct);
        var cluster = new PostgresCluster(dataDirectory, binaries);
        await cluster.InitialiseIfNeededAsync(ct);
        await cluster.StartServerAsync(throwaway, ct);
        return cluster;
    }

    private static string? FindBinaries()
    {
        var candidates = new List<string>();
        var configured = Environment.GetEnvironmentVariable("TKSK_POSTGRES_BIN");
        if (!string.IsNullOrWhiteSpace(configured)) candidates.Add(configured);
        if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them with " +
        "'sudo apt-get install -y postgresql' (Debian/Ubuntu) or your system's PostgreSQL server package, " +
        "set TKSK_POSTGRES_BIN to their folder, or configure ConnectionStrings__Marten to use an existing server.";

    // Where we may (root on a Debian-like system), install the server package instead of failing.
    private static async Task<string> InstallBinariesAsync(CancellationToken ct)
    {
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get")) throw new InvalidOperationException(InstallHint);
        Console.WriteLine("PostgreSQL server binaries not found: installing the 'postgresql' package with apt-get ...");
        foreach (var args in new[] { new[] { "update", "-q" }, ["install", "-y", "-q", "--no-install-recommends", "postgresql"] })
        {
            var info = new ProcessStartInfo("/usr/bin/apt-get") { UseShellExecute = false };
            foreach (var a in args) info.ArgumentList.Add(a);
            info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var process = Process.Start(info)!;
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0) throw new InvalidOperationException(InstallHint);
        }
        return FindBinaries() ?? throw new InvalidOperationException(InstallHint);
    }

    private async Task InitialiseIfNeededAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(DataDirectory);
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION"))) { await HandOverAsync(); return; }
        await HandOverAsync();
        await RunAsync("initdb", ["-D", DataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "--locale=C.UTF-8"], ct);
    }

    private async Task StartServerAsync(bool throwaway, CancellationToken ct)
    {
        // A server left running by a killed earlier run still holds the data directory: stop it first.
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            await RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"], ct, throwOnFailure: false);

        Port = FreeLoopbackPort();
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200";
        if (throwaway) options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await RunAsync("pg_ctl", ["-D", DataDirectory, "-o", options, "-l", Path.Combine(DataDirectory, "server.log"), "-w", "-t", "60", "start"], ct);
        _started = true;
    }

    public async Task StopAsync()
    {
        if (!_started) return;
        _started = false;
        await RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"], CancellationToken.None, throwOnFailure: false);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task HandOverAsync()
    {
        if (!_asPostgresUser) return;
        await RunProcessAsync("chown", ["-R", "postgres:postgres", DataDirectory], CancellationToken.None);
        await RunProcessAsync("chmod", ["700", DataDirectory], CancellationToken.None);
    }

    private Task RunAsync(string tool, string[] args, CancellationToken ct, bool throwOnFailure = true)
    {
        var exe = Path.Combine(_binDir, tool);
        return _asPostgresUser
            ? RunProcessAsync("runuser", ["-u", "postgres", "--", exe, .. args], ct, throwOnFailure)
            : RunProcessAsync(exe, args, ct, throwOnFailure);
    }

    private async Task RunProcessAsync(string file, string[] args, CancellationToken ct, bool throwOnFailure = true)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The postgres user must be able to read its working directory.
            WorkingDirectory = Path.GetDirectoryName(DataDirectory)!,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0 && throwOnFailure)
            throw new InvalidOperationException(
                $"'{file} {string.Join(' ', args)}' failed with exit code {process.ExitCode}: {await stderr}{await stdout}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
