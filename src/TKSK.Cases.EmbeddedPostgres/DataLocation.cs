using System.Security.Cryptography;
using System.Text;

namespace TKSK.Cases.EmbeddedPostgres;

/// <summary>
/// Where a cluster's data can live. The server runs as the 'postgres' account when we are root,
/// and that account must be able to pass through every parent folder: a clone under /root or in a
/// mktemp -d folder (mode 0700) does not let it. Such a clone keeps its data elsewhere.
/// </summary>
public static class DataLocation
{
    /// <summary>rwxr-xr-x: what a parent folder needs so that the 'postgres' account can pass through it.</summary>
    public const UnixFileMode Traversable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    /// <summary>Durable state of services on Linux (FHS): not wiped at boot as /tmp may be.</summary>
    public const string SystemStateRoot = "/var/lib/tksk-cases";

    /// <summary>
    /// <paramref name="preferred"/> when the server's account can reach it; otherwise
    /// <paramref name="fallback"/> (with the reason), or null fallback → a clear failure.
    /// </summary>
    public static (string Directory, string? Moved) Choose(string preferred, string? fallback)
    {
        preferred = Path.GetFullPath(preferred);
        if (!ProcessUser.IsRoot) return (preferred, null);
        var parent = Path.GetDirectoryName(preferred)!;
        var created = !Directory.Exists(parent);
        Directory.CreateDirectory(parent, Traversable);
        if (ProcessUser.PostgresCanEnter(parent)) return (preferred, null);
        if (created) Directory.Delete(parent);
        var why = $"the 'postgres' account, which runs the server, cannot enter {parent} (a parent folder is private, e.g. /root or a mktemp -d folder)";
        if (fallback is null)
            throw new StartupFailure($"The embedded PostgreSQL cannot use {preferred}: {why}; choose a folder it can reach with EmbeddedPostgres__DataDirectory.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(fallback))!, Traversable);
        return (Path.GetFullPath(fallback), why);
    }

    /// <summary>A folder of its own per working tree under <see cref="SystemStateRoot"/>, so two clones never share data.</summary>
    public static string SystemStateFor(string workingTree)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(workingTree))))[..10];
        var name = new string(Path.GetFileName(Path.TrimEndingDirectorySeparator(workingTree)).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        return Path.Combine(SystemStateRoot, $"{name}-{hash}", "postgres");
    }
}
