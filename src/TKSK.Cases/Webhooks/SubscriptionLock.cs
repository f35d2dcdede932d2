using Marten;
using Npgsql;

namespace TKSK.Cases.Webhooks;

/// <summary>
/// One writer per subscription at a time, across every node: a PostgreSQL advisory lock on its own
/// connection. The delivery loop holds it for one attempt; the endpoints that change a subscription
/// (replay, retry, cancel) wait for it, at most one receiver timeout. If the process dies, PostgreSQL
/// drops the connection and with it the lock: nothing to clean up after a kill. Pooled connections keep
/// their session (CaseStoreSetup.KeepPlans), so the lock's connection is cleared before it goes back.
/// </summary>
public sealed class SubscriptionLock : IAsyncDisposable
{
    // The lock's first key, so these never meet Marten's or Wolverine's own (single-key) advisory locks.
    private const int Space = 0x74_6B_77_68;
    private readonly NpgsqlConnection _connection;
    private readonly int _key;

    private SubscriptionLock(NpgsqlConnection connection, int key) => (_connection, _key) = (connection, key);

    /// <summary>The lock, or null when another delivery loop has it.</summary>
    public static Task<SubscriptionLock?> TryTakeAsync(IDocumentStore store, Guid id, CancellationToken ct) =>
        TakeAsync(store, id, "pg_try_advisory_lock", null, ct);

    /// <summary>The lock, waiting up to <paramref name="wait"/> (then PostgreSQL's lock_timeout error, 55P03).</summary>
    public static async Task<SubscriptionLock> WaitAsync(IDocumentStore store, Guid id, TimeSpan wait, CancellationToken ct) =>
        (await TakeAsync(store, id, "pg_advisory_lock", wait, ct))!;

    private static async Task<SubscriptionLock?> TakeAsync(IDocumentStore store, Guid id, string function, TimeSpan? wait, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        try
        {
            await connection.OpenAsync(ct);
            var key = id.GetHashCode();
            var sql = wait is { } w
                ? $"set lock_timeout = {(int)w.TotalMilliseconds}; select {function}({Space}, {key})::text;"
                : $"select {function}({Space}, {key})::text;";
            await using var command = new NpgsqlCommand(sql, connection);
            var result = (string?)await command.ExecuteScalarAsync(ct);
            if (result is "false") { await ReturnAsync(connection); return null; }
            return new SubscriptionLock(connection, key);
        }
        catch
        {
            await ReturnAsync(connection);
            throw;
        }
    }

    public ValueTask DisposeAsync() => ReturnAsync(_connection);

    // The lock and the lock_timeout end here, and nothing else of the session: DISCARD ALL would also drop the statements
    // Npgsql prepared on this connection (CaseStoreSetup.KeepPlans) behind its back. If it cannot run, the pool is
    // cleared so that the connection is closed instead of handed to someone else with the lock still on it.
    private static async ValueTask ReturnAsync(NpgsqlConnection connection)
    {
        try
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await using var command = new NpgsqlCommand("select pg_advisory_unlock_all(); reset lock_timeout;", connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            NpgsqlConnection.ClearPool(connection);
        }
        await connection.DisposeAsync();
    }
}
