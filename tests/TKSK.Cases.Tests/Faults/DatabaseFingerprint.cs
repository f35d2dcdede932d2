using Npgsql;

namespace TKSK.Cases.Tests.Faults;

/// <summary>
/// A cheap summary of what the service has stored: the number of events and streams, and for each
/// document table its row count and latest change. Equal before and after a request: it wrote nothing.
/// </summary>
public sealed class DatabaseFingerprint(string connectionString, string schema)
{
    /// <summary>
    /// Tables written in the background, not by the request being checked: the async daemon's dashboard
    /// figures catch up with earlier, accepted writes at any moment. Leave them out here.
    /// </summary>
    public static readonly HashSet<string> WrittenInTheBackground =
        ["mt_doc_referralfacts", "mt_doc_coordinatorfigures", "mt_doc_coordinatordayfigures", "mt_doc_regionfigures", "mt_doc_monthlyfigures",
         "mt_doc_slafigures", "mt_doc_slafigurescomplete"];

    private string? _query;

    public async Task<string> TakeAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        _query ??= await BuildQueryAsync(connection);
        await using var command = new NpgsqlCommand(_query, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }

    private async Task<string> BuildQueryAsync(NpgsqlConnection connection)
    {
        var tables = new List<(string Name, bool HasModified)>();
        await using (var command = new NpgsqlCommand(
            """
            select t.table_name, exists (select 1 from information_schema.columns c
                where c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'mt_last_modified')
            from information_schema.tables t
            where t.table_schema = @schema and t.table_type = 'BASE TABLE' and (t.table_name like 'mt_doc_%' or t.table_name in ('mt_events', 'mt_streams'))
            order by t.table_name
            """, connection))
        {
            command.Parameters.AddWithValue("schema", schema);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add((reader.GetString(0), reader.GetBoolean(1)));
        }
        var parts = tables.Where(t => !WrittenInTheBackground.Contains(t.Name)).Select(t => t.HasModified
            ? $"'{t.Name}=' || (select count(*) || '@' || coalesce(max(mt_last_modified)::text, '-') from {schema}.{t.Name})"
            : $"'{t.Name}=' || (select count(*) from {schema}.{t.Name})");
        return "select " + string.Join(" || ' ' || ", parts);
    }
}
