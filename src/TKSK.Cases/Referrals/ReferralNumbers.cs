using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace TKSK.Cases.Referrals;

/// <summary>
/// Case numbers JSC-YYYY-NNNNNN, sequential per year without gaps: the counter row is bumped in
/// the intake's own transaction, so a failed intake gives its number back.
/// </summary>
public static class ReferralNumbers
{
    private const string TableName = "referral_numbers";

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<int>("year").AsPrimaryKey();
        table.AddColumn<int>("last_number").NotNull();
        return table;
    }

    public static string Format(int year, int number) => $"JSC-{year}-{number:D6}";

    public static async Task<string> NextAsync(IDocumentSession session, int year, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"insert into {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} as n (year, last_number) values (@year, 1) " +
            "on conflict (year) do update set last_number = n.last_number + 1 returning last_number",
            (NpgsqlConnection)session.Connection!);
        command.Parameters.AddWithValue("year", year);
        var number = (int)(await command.ExecuteScalarAsync(ct))!;
        return Format(year, number);
    }

    /// <summary>
    /// <paramref name="count"/> consecutive numbers with one bump of the counter (bulk intake), in the
    /// session's transaction like <see cref="NextAsync"/>: a failed batch gives them all back.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ReserveAsync(IDocumentSession session, int year, int count, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"insert into {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} as n (year, last_number) values (@year, @count) " +
            "on conflict (year) do update set last_number = n.last_number + @count returning last_number",
            (NpgsqlConnection)session.Connection!);
        command.Parameters.AddWithValue("year", year);
        command.Parameters.AddWithValue("count", count);
        var last = (int)(await command.ExecuteScalarAsync(ct))!;
        return Enumerable.Range(last - count + 1, count).Select(number => Format(year, number)).ToList();
    }
}
