using System.Net.Sockets;

namespace TKSK.Cases.Infrastructure.Postgres;

/// <summary>
/// A start-up condition the user can fix, told in one sentence: what is wrong and what to do.
/// Program prints the message alone (no stack trace) and exits with code 1.
/// </summary>
public sealed class StartupFailure(string message) : Exception(message);

public static class StartupFailures
{
    /// <summary>The one sentence for a failure the user can fix, or null for a bug (which keeps its stack trace).</summary>
    public static string? Explain(Exception e) => e switch
    {
        StartupFailure f => f.Message,
        IOException { InnerException: SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } } io =>
            $"{io.Message.TrimEnd('.')}: another program (perhaps another TKSK.Cases) listens there; stop it, or start this one with --urls http://127.0.0.1:<another port>.",
        _ when e.InnerException is { } inner => Explain(inner),
        _ => null,
    };
}
