using System.Diagnostics;

namespace TKSK.Cases.EmbeddedPostgres;

/// <summary>Finds the PostgreSQL server tools (initdb, pg_ctl), installing them where we may.</summary>
public static class PostgresBinaries
{
    private const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found{0}: install the server package " +
        "(e.g. 'sudo apt-get install -y postgresql'), set TKSK_POSTGRES_BIN to their folder, " +
        "or set ConnectionStrings__Marten to use an existing PostgreSQL.";

    public static async Task<string> FindOrInstallAsync(CancellationToken ct)
    {
        if (Find() is { } found) return found;
        // As root on a Debian-like system (sessions and CI here), install instead of failing.
        if (!ProcessUser.IsRoot || !File.Exists("/usr/bin/apt-get"))
            throw new StartupFailure(string.Format(InstallHint, ProcessUser.IsRoot ? " and apt-get is not available" : " and only root may install them"));
        Console.WriteLine("PostgreSQL server binaries not found: installing the 'postgresql' package with apt-get ...");
        foreach (var args in new[] { new[] { "update", "-q" }, ["install", "-y", "-q", "--no-install-recommends", "postgresql"] })
        {
            var info = new ProcessStartInfo("/usr/bin/apt-get") { UseShellExecute = false };
            foreach (var a in args) info.ArgumentList.Add(a);
            info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var process = Process.Start(info)!;
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0) throw new StartupFailure(string.Format(InstallHint, " and 'apt-get install postgresql' failed"));
        }
        return Find() ?? throw new StartupFailure(string.Format(InstallHint, " even after installing the package"));
    }

    private static string? Find()
    {
        var candidates = new List<string>();
        var configured = Environment.GetEnvironmentVariable("TKSK_POSTGRES_BIN");
        if (!string.IsNullOrWhiteSpace(configured)) candidates.Add(configured);
        if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => IsProgram(Path.Combine(d, "initdb")) && IsProgram(Path.Combine(d, "pg_ctl")));
    }

    // A link whose target is gone (e.g. /usr/local/bin/pg_ctl after the server package was removed) is no program.
    private static bool IsProgram(string path) =>
        File.Exists(path) && (File.ResolveLinkTarget(path, returnFinalTarget: true) is not { } target || target.Exists);
}

/// <summary>Who this process runs as, and what the 'postgres' account can reach.</summary>
public static class ProcessUser
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>The owner's user name of a file or folder (stat), or null if it cannot be read.</summary>
    public static string? OwnerOf(string path)
    {
        var result = Run("stat", ["-c", "%U", path]);
        return result.ExitCode == 0 ? result.Output.Trim() : null;
    }

    /// <summary>Whether the 'postgres' account can enter <paramref name="directory"/> (every parent must let it pass).</summary>
    public static bool PostgresCanEnter(string directory) => Run("runuser", ["-u", "postgres", "--", "test", "-x", directory]).ExitCode == 0;

    public static (int ExitCode, string Output) Run(string file, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
