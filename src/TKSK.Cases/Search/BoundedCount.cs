using Marten;
using Marten.Linq;
using Npgsql;

namespace TKSK.Cases.Search;

/// <summary>How PostgreSQL is to find the rows a bounded count stops in, where its own choice measured wrong.</summary>
public enum CountPlan
{
    AsPlanned,
    /// <summary>Walk an index in order and check each row (bitmap scans off): for a window of the newest rows, whatever the words match.</summary>
    WalkingAnIndex,
    /// <summary>Through the indexes' bitmaps (index walks and full scans off): for a search's rare words, which the trigram index finds
    /// directly. With a LIMIT the planner expects a common word and walks received_at instead, reading every row for a rare one.</summary>
    ThroughBitmaps,
}

/// <summary>
/// Counts a query's rows, but never past a limit. Marten turns <c>Take(n).CountAsync()</c> into
/// <c>select count(*) … LIMIT n</c>, where the LIMIT applies to the single count row and every match is still
/// counted: at 1.06 M events (231 k cases) an unfiltered list spent 110–150 ms counting all of them for each page.
/// Here the limit sits inside the counted subquery, so PostgreSQL stops one row past the limit.
/// </summary>
public static class BoundedCount
{
    /// <returns>The number of rows, or <paramref name="limit"/> + 1 when there are more than <paramref name="limit"/>.</returns>
    public static async Task<int> CountUpToAsync<T>(this IQueryable<T> query, IQuerySession session, int limit, CancellationToken ct,
        CountPlan plan = CountPlan.AsPlanned) where T : notnull
    {
        await using var command = query.Take(limit + 1).ToCommand(FetchType.FetchMany);
        // PostgreSQL drops the subquery's unused columns, so the documents' JSON is not read to be counted.
        command.CommandText = $"select count(*) from ({command.CommandText.TrimEnd().TrimEnd(';')}) as matches";
        await using var connection = (NpgsqlConnection)session.Database.CreateConnection();
        await connection.OpenAsync(ct);
        // SET LOCAL holds for this transaction only: the pooled connection goes back as it came.
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var settings = plan switch
        {
            CountPlan.WalkingAnIndex => "set local enable_bitmapscan = off",
            CountPlan.ThroughBitmaps => "set local enable_indexscan = off; set local enable_seqscan = off",
            _ => null,
        };
        if (settings is not null)
        {
            await using var set = new NpgsqlCommand(settings, connection, transaction);
            await set.ExecuteNonQueryAsync(ct);
        }
        command.Connection = connection;
        command.Transaction = transaction;
        var count = (int)(long)(await command.ExecuteScalarAsync(ct))!;
        await transaction.CommitAsync(ct);
        return count;
    }
}
