using Npgsql;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// A note is the commonest write on an open case and changes nothing the case list shows: its summary row (15 indexed
/// columns and a trigram entry) is left as it was, while a change the list does show still reaches it at once.
/// </summary>
public sealed class list_summary_writes(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task a_note_leaves_the_list_row_alone_and_a_resolution_rewrites_it()
    {
        var (id, _) = await Api.InProgress();
        var before = await SummaryVersionAsync(id);

        await Api.Command(id, "notes", new { text = "Keluarga setuju pendampingan minggu depan." }).Ok();
        Assert.Equal(before, await SummaryVersionAsync(id));
        var listed = (await Api.Get($"/api/v1/referrals?status=in_progress&pageSize=100")).Body!["items"]!.AsArray();
        Assert.Contains(listed, i => i!["id"]!.GetValue<string>() == id);

        await Api.Command(id, "resolution", new { outcome = "declined_services", notes = "Keluarga menolak pendampingan." }).Ok();
        Assert.NotEqual(before, await SummaryVersionAsync(id));
        var row = (await Api.Get($"/api/v1/referrals?status=resolved&pageSize=100")).Body!["items"]!.AsArray()
            .Single(i => i!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("resolved", row["status"]!.GetValue<string>());
    }

    private async Task<long> SummaryVersionAsync(string id)
    {
        await using var connection = (NpgsqlConnection)Fixture.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select mt_version from {Fixture.Store.Options.DatabaseSchemaName}.mt_doc_referralsummary where id = @id", connection);
        command.Parameters.AddWithValue("id", Guid.Parse(id));
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
