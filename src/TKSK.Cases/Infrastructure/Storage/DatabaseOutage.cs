using System.Data.Common;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace TKSK.Cases.Infrastructure.Storage;

/// <summary>
/// Tells a database outage from a bug. While PostgreSQL cannot be reached (stopped, restarting,
/// out of connections, the network gone) every call that needs it answers 503 with Retry-After, so
/// a client knows to come back; a 500 stays what it means: a fault of ours. Nothing needs to be
/// restarted afterwards: each request opens its connection anew from Npgsql's pool, which drops
/// broken connections, so the first request after the database is back succeeds.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>What Retry-After says: PostgreSQL restarts in a few seconds (crash recovery of a small cluster).</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>How long to wait for a connection before answering 503: well within the 2 s a caller should wait for an answer.</summary>
    public const int ConnectTimeoutSeconds = 2;

    /// <summary>Whether <paramref name="exception"/> (or anything it wraps) says the database cannot be reached now, rather than that a statement was wrong.</summary>
    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // A server that answered: only its "cannot serve you now" classes are outages.
                // 08: connection exception; 57P: shutting down / crash / starting up; 53: out of resources (connections, memory, disk).
                case PostgresException pg:
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("57P", StringComparison.Ordinal)
                        || pg.SqlState.StartsWith("53", StringComparison.Ordinal);
                case NpgsqlOperationInProgressException:
                    return false;
                // Npgsql's own: could not connect, connection broken mid-command, pool exhausted, timeout.
                case NpgsqlException:
                case SocketException:
                case TimeoutException:
                    return true;
                case AggregateException { InnerExceptions.Count: > 0 } aggregate:
                    return aggregate.InnerExceptions.Any(IsOutage);
            }
        }
        return false;
    }

    /// <summary>
    /// The connection string with a short connect timeout unless one was given: Npgsql waits 15 s
    /// by default, long enough for every caller to think the service hangs.
    /// </summary>
    public static string FailFast(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Timeout") || given.ContainsKey("Connect Timeout") || given.ContainsKey("Connection Timeout")) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { Timeout = ConnectTimeoutSeconds }.ConnectionString;
    }

    /// <summary>/health/ready as JSON: the overall status and each check by name, so a monitor sees which one failed.</summary>
    public static Task WriteHealth(HttpContext context, HealthReport report)
    {
        if (report.Status != HealthStatus.Healthy) context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString().ToLowerInvariant(),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds),
                // What the check measured, e.g. the read side's lag in events and seconds.
                data = e.Value.Data,
            }),
        }));
    }
}
