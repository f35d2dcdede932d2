using Marten;
using Npgsql;

namespace TKSK.Cases.Dashboards;

/// <summary>
/// A rebuild of the read side runs in its own process (<c>dotnet run -- projections rebuild --projection CaseFigures</c>)
/// while the service keeps answering. For its whole run that process holds a PostgreSQL advisory lock: the
/// service's daemon sees it and leaves <see cref="CaseFiguresProjection"/> alone (its agent pauses and is
/// retried, then resumes from where the rebuild stopped), and the dashboards answer "rebuilding" instead of
/// half-built figures. The lock dies with the rebuilding process, however it ends.
/// </summary>
public static class ReadSideRebuild
{
    /// <summary>Advisory lock key: "TKSKRB" in ASCII. pg_locks shows a bigint key as classid (high half) and objid (low half).</summary>
    public const long LockKey = 0x544B_534B_5242;

    public static bool ThisProcessRebuilds { get; private set; }

    /// <summary>The JasperFx command line that rebuilds projections: <c>projections rebuild …</c>.</summary>
    public static bool IsRebuildCommand(string[] args) =>
        args.Length >= 2 && args[0].Equals("projections", StringComparison.OrdinalIgnoreCase)
        && args.Skip(1).Any(a => a.Equals("rebuild", StringComparison.OrdinalIgnoreCase));

    /// <summary>Takes the rebuild lock for this process's lifetime; null when another process already holds it.</summary>
    public static async Task<NpgsqlConnection?> ClaimAsync(string connectionString)
    {
        // Not pooled: closing it must end the session, and with it the lock.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        if (await command.ExecuteScalarAsync() is true)
        {
            ThisProcessRebuilds = true;
            return connection;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>After the claiming connection is closed (tests play the rebuilding process in-process).</summary>
    public static void Release() => ThisProcessRebuilds = false;

    public static readonly string HeldSql =
        "exists(select 1 from pg_locks where locktype = 'advisory' and granted and objsubid = 1 " +
        $"and classid = {LockKey >> 32} and objid = {LockKey & 0xFFFF_FFFF})";

    /// <summary>In the service: while another process rebuilds, this page of events is not applied (the agent pauses and retries later).</summary>
    public static async Task RefuseIfAnotherProcessRebuildsAsync(IQuerySession session, CancellationToken ct)
    {
        if (ThisProcessRebuilds) return;
        var held = await session.QueryAsync<bool>($"select {HeldSql}", ct);
        if (held.FirstOrDefault()) throw new ReadSideRebuildingException();
    }
}

public sealed class ReadSideRebuildingException()
    : Exception("Another process is rebuilding the read side (CaseFigures); this node resumes it when the rebuild ends.");
