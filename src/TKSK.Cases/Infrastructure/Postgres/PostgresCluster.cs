using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TKSK.Cases.Infrastructure.Postgres;

/// <summary>
/// A private PostgreSQL cluster started from the server binaries on this machine: the service's
/// embedded default database and the test suite's throwaway database use the same code. It
/// belongs to one process at a time and never outlives it (see <see cref="StartWatchdog"/>).
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _binDir;
    private readonly FileStream _ownerLock;
    private Process? _watchdog;

    public string DataDirectory { get; }
    public int Port { get; private set; }
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Password={_password};Database=postgres;Pooling=true";

    // With 'trust' any local process would be superuser over the personal data: the cluster asks for a
    // password, generated here and kept in the data folder (mode 0600, readable by its owner and root only).
    private string _password = "";
    private string PasswordFile => Path.Combine(DataDirectory, "tksk-password");

    // initdb refuses to run as root; sessions and CI run as root here, so the server tools run as
    // the 'postgres' system user that the server package creates.
    private static bool AsPostgresUser => ProcessUser.IsRoot;

    private PostgresCluster(string dataDirectory, string binDir, FileStream ownerLock)
    {
        DataDirectory = dataDirectory;
        _binDir = binDir;
        _ownerLock = ownerLock;
    }

    /// <summary>Initialises the cluster if needed, then starts it on loopback.</summary>
    /// <param name="dataDirectory">A folder the server's account can reach (see <see cref="DataLocation"/>).</param>
    /// <param name="throwaway">fsync off: only for data that may be lost (tests).</param>
    /// <param name="port">0 picks a free port.</param>
    public static async Task<PostgresCluster> StartAsync(string dataDirectory, bool throwaway, int port = 0, CancellationToken ct = default)
    {
        dataDirectory = Path.GetFullPath(dataDirectory);
        var binaries = await PostgresBinaries.FindOrInstallAsync(ct);
        Directory.CreateDirectory(Path.GetDirectoryName(dataDirectory)!, DataLocation.Traversable);
        var cluster = new PostgresCluster(dataDirectory, binaries, TakeOwnership(dataDirectory));
        try
        {
            await cluster.InitialiseIfNeededAsync(ct);
            await cluster.StartServerAsync(throwaway, port, ct);
            await cluster.RequirePasswordAsync(ct);
            cluster.StartWatchdog();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    // One service per data folder: a second one would stop the first one's server and start its
    // own. The lock is the kernel's (flock through FileShare.None), so a killed owner releases it.
    private static FileStream TakeOwnership(string dataDirectory)
    {
        var lockFile = dataDirectory + ".lock";
        try
        {
            return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new StartupFailure(
                $"Another process (a TKSK.Cases service or test run) is already using the embedded PostgreSQL in {dataDirectory}: " +
                "stop it first, or give this one its own folder with EmbeddedPostgres__DataDirectory.");
        }
    }

    private async Task InitialiseIfNeededAsync(CancellationToken ct)
    {
        if (Directory.Exists(DataDirectory)) CheckOwner();
        else Directory.CreateDirectory(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (AsPostgresUser) await HandOverAsync(ct);
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION"))) return;
        // initdb wants an empty data folder: the password goes in through a private file beside it.
        var password = NewPassword();
        var passwordInput = Path.Combine(Path.GetDirectoryName(DataDirectory)!, $".initdb-{Guid.NewGuid():N}");
        await WritePrivateAsync(passwordInput, password, ct);
        try
        {
            await RunToolAsync("initdb", ["-D", DataDirectory, "-A", "scram-sha-256", "--pwfile", passwordInput, "-U", "postgres", "-E", "UTF8", "--no-sync", "--locale=C.UTF-8"], ct);
        }
        finally { File.Delete(passwordInput); }
        await WritePrivateAsync(PasswordFile, password, ct);
    }

    private static string NewPassword() =>
        System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 40);

    /// <summary>A file only its owner (the server's account) and root can read.</summary>
    private async Task WritePrivateAsync(string path, string content, CancellationToken ct)
    {
        await File.WriteAllTextAsync(path, content, ct);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (AsPostgresUser && await RunProcessAsync("chown", ["postgres:postgres", path], ct) is { ExitCode: not 0 } failed)
            throw new StartupFailure($"Could not hand {path} over to the 'postgres' account (chown: {FirstLine(failed.Output)}).");
    }

    /// <summary>
    /// The password kept with the cluster; a cluster made before passwords (its pg_hba.conf says 'trust') gets one
    /// now: set while trust still lets us in, then pg_hba.conf asks for it and the server reloads.
    /// </summary>
    private async Task RequirePasswordAsync(CancellationToken ct)
    {
        if (File.Exists(PasswordFile))
        {
            _password = (await File.ReadAllTextAsync(PasswordFile, ct)).Trim();
            return;
        }
        var password = NewPassword();
        await using (var connection = new Npgsql.NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false"))
        {
            await connection.OpenAsync(ct);
            await using var alter = new Npgsql.NpgsqlCommand($"alter role postgres password '{password}'", connection);
            await alter.ExecuteNonQueryAsync(ct);
        }
        await WritePrivateAsync(PasswordFile, password, ct);
        var hba = Path.Combine(DataDirectory, "pg_hba.conf");
        var lines = (await File.ReadAllLinesAsync(hba, ct))
            .Select(l => l.TrimStart().StartsWith('#') ? l : System.Text.RegularExpressions.Regex.Replace(l, @"\btrust\b", "scram-sha-256"));
        await File.WriteAllLinesAsync(hba, lines, ct);
        if (AsPostgresUser) await RunProcessAsync("chown", ["postgres:postgres", hba], ct);
        _password = password;
        await RunToolAsync("pg_ctl", ["-D", DataDirectory, "reload"], ct);
    }

    private void CheckOwner()
    {
        var owner = ProcessUser.OwnerOf(DataDirectory);
        var expected = AsPostgresUser ? new[] { "postgres", "root" } : [Environment.UserName];
        if (owner is not null && !expected.Contains(owner))
            throw new StartupFailure(
                $"The data folder {DataDirectory} belongs to the user '{owner}', so this process (running as '{Environment.UserName}') " +
                $"cannot run its PostgreSQL: run as '{owner}', or choose another folder with EmbeddedPostgres__DataDirectory.");
    }

    private async Task StartServerAsync(bool throwaway, int port, CancellationToken ct)
    {
        // A server left running by a killed earlier owner (we hold the lock now): stop it first.
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"], ct, throwOnFailure: false);

        Port = port == 0 ? FreeLoopbackPort() : port;
        if (port != 0 && !IsFree(port))
            throw new StartupFailure($"Port {port} on 127.0.0.1, set in EmbeddedPostgres__Port, is already in use: free it, or set another port (0 picks a free one).");
        var log = Path.Combine(DataDirectory, "server.log");
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200";
        if (throwaway) options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        var (exitCode, _) = await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-o", options, "-l", log, "-w", "-t", "60", "start"], ct, throwOnFailure: false);
        if (exitCode != 0)
            throw new StartupFailure($"The embedded PostgreSQL in {DataDirectory} did not start ({LastLineOf(log)}): its log is {log}.");
    }

    /// <summary>
    /// The cluster must not outlive this process, however it ends (SIGKILL included): a small
    /// shell waits on a pipe whose other end only this process holds; when the pipe closes, it
    /// stops the server. Nothing is ever written to the pipe. It runs in a session of its own and
    /// ignores the terminal's signals, so a Ctrl+C or a kill of our process group (as timeout
    /// does) reaches us, not it.
    /// </summary>
    private void StartWatchdog()
    {
        var stop = AsPostgresUser ? "exec runuser -u postgres -- \"$0\" -D \"$1\" -m fast -w stop" : "exec \"$0\" -D \"$1\" -m fast -w stop";
        var info = new ProcessStartInfo("setsid") { RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var a in new[] { "/bin/sh", "-c", $"trap '' HUP INT TERM QUIT; cat >/dev/null; {stop} >/dev/null 2>&1", Path.Combine(_binDir, "pg_ctl"), DataDirectory })
            info.ArgumentList.Add(a);
        _watchdog = StartOrExplain(info);
    }

    public async Task StopAsync()
    {
        if (_watchdog is not { } watchdog) return;
        _watchdog = null;
        await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop"], CancellationToken.None, throwOnFailure: false);
        // Its work is done: closing the pipe lets it exit (its own stop finds no server).
        watchdog.StandardInput.Close();
        watchdog.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _ownerLock.DisposeAsync();
    }

    private async Task<(int ExitCode, string Output)> RunToolAsync(string tool, string[] args, CancellationToken ct, bool throwOnFailure = true)
    {
        var exe = Path.Combine(_binDir, tool);
        var result = AsPostgresUser
            ? await RunProcessAsync("runuser", ["-u", "postgres", "--", exe, .. args], ct)
            : await RunProcessAsync(exe, args, ct);
        if (result.ExitCode != 0 && throwOnFailure)
            throw new StartupFailure($"'{tool}' failed for the embedded PostgreSQL in {DataDirectory}: {FirstLine(result.Output)}");
        return result;
    }

    private async Task HandOverAsync(CancellationToken ct)
    {
        foreach (var (file, args) in new[] { ("chown", new[] { "-R", "postgres:postgres", DataDirectory }), ("chmod", ["700", DataDirectory]) })
            if (await RunProcessAsync(file, args, ct) is { ExitCode: not 0 } failed)
                throw new StartupFailure($"Could not hand {DataDirectory} over to the 'postgres' account ({file}: {FirstLine(failed.Output)}).");
    }

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(string file, string[] args, CancellationToken ct)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            // The postgres account must be able to enter its working directory (our own may be private).
            WorkingDirectory = "/",
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = StartOrExplain(info);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, (await stderr + await stdout).Trim());
    }

    private static Process StartOrExplain(ProcessStartInfo info)
    {
        try { return Process.Start(info)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new StartupFailure($"Could not run '{info.FileName}' for the embedded PostgreSQL ({e.Message}): check that the PostgreSQL server package is installed, or set TKSK_POSTGRES_BIN.");
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "no output";

    private static string LastLineOf(string log)
    {
        try { return File.ReadLines(log).LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "its log is empty"; }
        catch (IOException) { return "no log was written"; }
        catch (UnauthorizedAccessException) { return "its log cannot be read"; }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException) { return false; }
    }
}
