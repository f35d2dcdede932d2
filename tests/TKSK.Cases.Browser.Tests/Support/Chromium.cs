using System.Diagnostics;
using TKSK.Cases.EmbeddedPostgres;

namespace TKSK.Cases.Browser.Tests.Support;

/// <summary>
/// Debian's Chromium, which Playwright drives (no browser can be downloaded here, so `playwright install` is
/// never run). Found where Debian puts it, installed with apt-get when the tests run as root, as the
/// embedded PostgreSQL is; otherwise the tests stop with one sentence saying what to install.
/// </summary>
public static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    private const string Missing = "Chromium was not found at /usr/bin/chromium{0}: install it (e.g. 'sudo apt-get install -y chromium') and run the tests again.";

    public static async Task<string> FindOrInstallAsync()
    {
        if (File.Exists(Executable)) return Executable;
        if (!ProcessUser.IsRoot || !File.Exists("/usr/bin/apt-get"))
            throw new InvalidOperationException(string.Format(Missing, ProcessUser.IsRoot ? " and apt-get is not available" : " and only root may install it"));
        foreach (var args in new[] { new[] { "update", "-q" }, ["install", "-y", "-q", "chromium"] })
        {
            var info = new ProcessStartInfo("/usr/bin/apt-get") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) info.ArgumentList.Add(a);
            info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var process = Process.Start(info)!;
            _ = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
                throw new InvalidOperationException(string.Format(Missing, $" and 'apt-get {args[0]}' failed ({(await errors).Trim().Split('\n')[^1]})"));
        }
        return File.Exists(Executable) ? Executable : throw new InvalidOperationException(string.Format(Missing, " even after installing the package"));
    }
}
