using System.Net;
using System.Net.Sockets;

namespace TKSK.Cases.Infrastructure.Postgres;

/// <summary>
/// A start-up condition the user can fix, told in one sentence: what is wrong and what to do.
/// Program prints the message alone (no stack trace) and exits with code 1.
/// </summary>
public sealed class StartupFailure(string message) : Exception(message);

public static class StartupChecks
{
    /// <summary>
    /// Kestrel would find a busy port only after everything else started, and the JasperFx runner
    /// prints its exception with a page of stack trace: check the service's own addresses first.
    /// </summary>
    /// <summary>Whether the command line runs the service (JasperFx's default command), not a tool such as codegen or db-apply.</summary>
    public static bool Runs(string[] args) => args.Length == 0 || args[0] == "run" || args[0].StartsWith('-');

    /// <summary>
    /// Development hands out tokens for any role to whoever asks and lets webhooks call internal addresses:
    /// it may only listen where nobody else can reach it.
    /// </summary>
    public static void DevelopmentListensOnLoopbackOnly(IConfiguration configuration, IHostEnvironment environment, string[] args)
    {
        if (!Runs(args) || !environment.IsDevelopment()) return;
        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri) ? uri.Host : url;
            if (host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))) continue;
            throw new StartupFailure(
                $"Development mode gives a token for any role to whoever asks, so it listens only on this machine, not on {url}: " +
                "use e.g. Urls=http://127.0.0.1:5080, or run with ASPNETCORE_ENVIRONMENT=Production and a real sign-in (deploy/README.md).");
        }
    }

    public static void ListenAddressesAreFree(IConfiguration configuration, string[] args)
    {
        if (!Runs(args)) return;
        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri) || uri.Port == 0) continue;
            var address = IPAddress.TryParse(uri.Host, out var ip) ? ip : IPAddress.Loopback;
            try
            {
                using var listener = new TcpListener(address, uri.Port);
                listener.Start();
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new StartupFailure(
                    $"Port {uri.Port} ({url}) is already in use, perhaps by another TKSK.Cases: stop that program, " +
                    $"or start this one on another port, e.g. Urls=http://127.0.0.1:{uri.Port + 1} dotnet run --project src/TKSK.Cases.");
            }
        }
    }
}
