using Marten;

namespace TKSK.Cases.Feed;

/// <summary>
/// The event store's high-water mark: the async daemon's record of the highest sequence below which
/// every event is committed (or its number was given up by a rollback). Marten keeps it in
/// mt_event_progression under 'HighWaterMark'; it moves a fraction of a second behind the appends.
/// </summary>
public static class HighWaterMark
{
    public static async Task<long> ReadAsync(IQuerySession session, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var rows = await session.AdvancedSql.QueryAsync<long>(
            $"select coalesce((select last_seq_id from {schema}.mt_event_progression where name = 'HighWaterMark'), 0)", ct);
        return rows.Single();
    }
}
