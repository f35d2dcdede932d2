using Marten;
using Npgsql;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Support;
using TKSK.Cases.Casework;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Case numbers come from one sequence per year (ReferralNumbers): unique and increasing within the
/// year, gaps allowed. A year's sequence starts above the numbers that year already has, so the
/// change from the gap-free counter (and any restart) never hands out a number twice.
/// </summary>
public sealed class case_numbers(AppFixture fixture) : IntegrationContext(fixture)
{
    // Years no other test uses; their sequences outlive the data reset, so each test starts them afresh.
    private const int LegacyYear = 2097, DocumentYear = 2098, BulkYear = 2099;

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private string Schema => Fixture.Store.Options.DatabaseSchemaName;

    [Fact]
    public async Task a_year_numbers_on_above_the_gap_free_counter_of_earlier_versions()
    {
        await ExecuteAsync($"""
            drop sequence if exists {Schema}.referral_numbers_{LegacyYear};
            create table if not exists {Schema}.referral_numbers (year integer primary key, last_number integer not null);
            insert into {Schema}.referral_numbers values ({LegacyYear}, 41) on conflict (year) do update set last_number = 41;
            """);
        await using var session = Fixture.Store.QuerySession();
        Assert.Equal(["JSC-2097-000042"], await ReferralNumbers.NextAsync(session, LegacyYear, 1, default));
        Assert.Equal(["JSC-2097-000043"], await ReferralNumbers.NextAsync(session, LegacyYear, 1, default));
        await ExecuteAsync($"drop table {Schema}.referral_numbers");
    }

    [Fact]
    public async Task a_year_numbers_on_above_the_numbers_its_referrals_already_have()
    {
        await ExecuteAsync($"drop sequence if exists {Schema}.referral_numbers_{DocumentYear}");
        var id = Guid.CreateVersion7();
        var received = (ReferralReceived)Specs.ReferralStories.Received()[0] with { ReferralId = id, Number = "JSC-2098-000107" };
        await using (var session = Fixture.Store.LightweightSession())
        {
            session.Events.StartStream<Referral>(id, received);
            await session.SaveChangesAsync();
        }
        await using var query = Fixture.Store.QuerySession();
        Assert.Equal(["JSC-2098-000108"], await ReferralNumbers.NextAsync(query, DocumentYear, 1, default));
    }

    [Fact]
    public async Task a_bulk_intake_reserves_many_numbers_at_once_in_order()
    {
        await ExecuteAsync($"drop sequence if exists {Schema}.referral_numbers_{BulkYear}");
        await using var session = Fixture.Store.QuerySession();
        var first = await ReferralNumbers.NextAsync(session, BulkYear, 500, default);
        var then = await ReferralNumbers.NextAsync(session, BulkYear, 1, default);
        Assert.Equal(Enumerable.Range(1, 500).Select(n => $"JSC-2099-{n:D6}"), first);
        Assert.Equal(["JSC-2099-000501"], then);
    }
}
