using System.Net;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TKSK.Cases.Erasure;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Support;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.Util;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// UU PDP erasure reaches the read side: the name is no longer searchable, the past views are blanked too, and
/// no read after the erasure's answer shows what it erased — even while (or if never) the stored events are masked.
/// </summary>
public sealed class personal_data_erasure(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task an_erased_subject_is_not_found_by_name_nor_seen_in_the_past()
    {
        var report = await Api.Received();
        var (id, number) = (report.Str("id"), report.Str("number"));
        var before = DateTimeOffset.UtcNow;
        await Task.Delay(200);
        Assert.Single((await Api.Get("/api/v1/referrals?q=pak")).Body!["items"]!.AsArray());

        await using (var session = Fixture.Store.LightweightSession())
        {
            session.Events.Append(Guid.Parse(id), new PersonalDataErased("Permintaan subjek data", "PDP-2026-001", DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }

        Assert.Empty((await Api.Get("/api/v1/referrals?q=pak")).Body!["items"]!.AsArray());
        Assert.Single((await Api.Get($"/api/v1/referrals?q={number}")).Body!["items"]!.AsArray());
        var past = await Api.Get($"/api/v1/referrals/{id}?asOf={Uri.EscapeDataString(before.ToString("O"))}");
        Assert.Equal("received", past.Str("status"));
        Assert.Null(past.Node("subject.name"));
        Assert.Equal("[dihapus]", past.Str("summary"));
        Assert.Null((await Api.Get($"/api/v1/referrals/{id}")).Node("subject.name"));
    }

    // The erasure's event without the queued masking: what every read sees until that message has run, or forever if it dead-letters.
    private async Task EraseWithoutMaskingAsync(string id)
    {
        await using var session = Fixture.Store.LightweightSession();
        session.Events.Append(Guid.Parse(id), new PersonalDataErased("Permintaan subjek data", "PDP-2026-002", DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
    }

    [Fact]
    public async Task the_history_shows_nothing_erased_even_before_the_stored_events_are_masked()
    {
        var id = (await Api.Received()).Str("id");
        await Api.Command(id, "notes", new { text = "Keluarga Pak S menolak" }).Ok();
        await EraseWithoutMaskingAsync(id);

        var history = await Api.Get($"/api/v1/referrals/{id}/history");
        Assert.Equal(HttpStatusCode.OK, history.Status);
        var text = history.Body!.ToJsonString();
        foreach (var erased in new[] { "3578011204800001", "Pak S", "Warga Kebraon", "081234567890", "Jl. Kebraon II", "dipasung keluarganya", "menolak" })
            Assert.DoesNotContain(erased, text);
        Assert.Contains("[dihapus]", text);
    }

    [Fact]
    public async Task the_feed_shows_nothing_erased_even_before_the_stored_events_are_masked()
    {
        var id = (await Api.Received()).Str("id");
        await Feed.UntilAsync(Api, 0, events => events.Any(e => e.Referral == id));
        await EraseWithoutMaskingAsync(id);

        var events = await Feed.UntilAsync(Api, 0, items => items.Any(e => e.Type == "referral.personal_data_erased.v1"));
        var received = events.Single(e => e.Type == "referral.received.v1").Json;
        Assert.Null(received["subject"]!["nik"]);
        Assert.Null(received["subject"]!["name"]);
        Assert.Null(received["reporter"]!["phone"]);
        Assert.Equal("[dihapus]", received["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_erasure_whose_masking_dead_letters_alerts_by_log_metric_and_health()
    {
        var watch = Host.Services.GetRequiredService<ErasureWatch>();
        await watch.CheckAsync(CancellationToken.None);
        Assert.Equal(0, watch.DeadLettered);

        var store = Host.Services.GetRequiredService<IMessageStore>();
        var message = new MaskErasedReferral(Guid.NewGuid());
        var envelope = new Envelope(message)
        {
            Id = Guid.NewGuid(), MessageType = typeof(MaskErasedReferral).ToMessageTypeName(), ContentType = "application/json",
            Data = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(message), Destination = new Uri("local://durable"), Source = "tests",
        };
        await store.Inbox.MoveToDeadLetterStorageAsync(envelope, new InvalidOperationException("masking failed"));
        try
        {
            await watch.CheckAsync(CancellationToken.None);
            Assert.Equal(1, watch.DeadLettered);
            Assert.Contains(Fixture.Logs.Lines, line => line.StartsWith("Error ") && line.Contains("could not mask their stored events"));
            var health = await Host.Server.CreateClient().GetAsync("/health/ready");
            Assert.Contains("\"status\":\"degraded\"", await health.Content.ReadAsStringAsync());
        }
        finally
        {
            // The watch is the host's: healthy again for the tests after this one.
            await using (var connection = new Npgsql.NpgsqlConnection(Fixture.ConnectionString))
            {
                await connection.OpenAsync();
                await using var delete = new Npgsql.NpgsqlCommand($"delete from {Fixture.Store.Options.DatabaseSchemaName}.wolverine_dead_letters where id = @id", connection);
                delete.Parameters.AddWithValue("id", envelope.Id);
                await delete.ExecuteNonQueryAsync();
            }
            await watch.CheckAsync(CancellationToken.None);
        }
    }
}
