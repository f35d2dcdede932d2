using System.Net;
using System.Text.Json.Nodes;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// The change feed as an agency's system reads it: integration events in global order, paged by
/// position, filtered by the reader's grant and masked as its case views are, the same on every re-read.
/// </summary>
public sealed class change_feed(AppFixture fixture) : IntegrationContext(fixture)
{
    private const string MalangDesa = "35.07.01.2001"; // Tulungrejo, Kabupaten Malang

    private async Task<Support.Api> AgencyKey(string agency, string[] scopes, string[]? categories = null, string? region = null)
    {
        var key = await Api.Post("/api/v1/api-keys", new { agency, scopes, categories, region });
        Assert.Equal(HttpStatusCode.Created, key.Status);
        return Api.WithApiKey(key.Str("key"));
    }

    [Fact]
    public async Task the_feed_gives_integration_events_in_global_order_page_by_page_and_the_same_again_from_an_old_position()
    {
        var (first, _) = await Api.InProgress();
        var second = (await Api.Received(Scenarios.PasungReport(nik: "3578011204800002"))).Str("id");
        await Api.Command(first, "visits", new { visitedAt = DateTimeOffset.UtcNow.AddHours(-1), subjectFound = true, notes = "Bertemu keluarga" }).Ok();
        await Api.Assessed(second);

        var all = await Feed.UntilAsync(Api, 0, events => events.Count(e => e.Type == "referral.assigned.v1") == 2 && events.Any(e => e.Type == "referral.visit_recorded.v1"));
        Assert.True(all.Select(e => e.Position).SequenceEqual(all.Select(e => e.Position).Order().Distinct()), "positions only grow");
        Assert.Equal(["referral.received.v1", "referral.assessed.v1", "referral.assigned.v1", "referral.assignment_accepted.v1", "referral.visit_recorded.v1"],
            all.Where(e => e.Referral == first).Select(e => e.Type));
        // Routing assigned the second one to the kecamatan's TKSK on its own: automation's events are in the feed too.
        Assert.Equal(["referral.received.v1", "referral.assessed.v1", "referral.assigned.v1"], all.Where(e => e.Referral == second).Select(e => e.Type));
        Assert.Equal(["received", "assessed", "assigned"], all.Where(e => e.Referral == second).Select(e => e.Json["status"]!.GetValue<string>()));
        Assert.Equal([1L, 2L], all.Where(e => e.Referral == second).Take(2).Select(e => e.Json["referralVersion"]!.GetValue<long>()));

        // Page by page with limit=2: each page's next is the next page's after; together they are the whole feed.
        var paged = new List<Feed.Item>();
        long after = 0;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = await Api.Get($"/api/v1/feed?after={after}&limit=2");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var items = Feed.Items(page);
            Assert.True(items.Count <= 2);
            paged.AddRange(items);
            after = page.Node("next")!.GetValue<long>();
            if (page.Node("caughtUp")!.GetValue<bool>()) break;
        }
        Assert.Equal(all.Select(e => e.Json.ToJsonString()), paged.Select(e => e.Json.ToJsonString()));

        // Read again from an old position: identical events, byte for byte.
        var from = all[2].Position;
        var again = Feed.Items(await Api.Get($"/api/v1/feed?after={from}&limit=500"));
        Assert.Equal(all.Skip(3).Select(e => e.Json.ToJsonString()), again.Select(e => e.Json.ToJsonString()));
    }

    [Fact]
    public async Task an_agency_reads_only_its_grant_with_personal_data_masked_until_a_basis_for_sharing_is_recorded()
    {
        var inSurabaya = (await Api.Received()).Str("id");
        var neglectedChild = (await Api.Received(Scenarios.PasungReport(nik: "3578011204800003", category: "anak_telantar"))).Str("id");
        var inMalang = (await Api.Received(Scenarios.PasungReport(nik: "3507011204800004", desa: MalangDesa))).Str("id");
        await Feed.UntilAsync(Api, 0, events => events.Count(e => e.Type == "referral.received.v1") == 3);

        // The hospital holds a feed key for Kota Surabaya and mental disability only.
        var rsj = await AgencyKey("RSJ Menur Surabaya", ["feed"], ["penyandang_disabilitas"], "35.78");
        var seen = Feed.Items(await rsj.Get("/api/v1/feed?after=0"));
        Assert.Equal([inSurabaya], seen.Select(e => e.Referral).Distinct());
        var received = seen.Single(e => e.Type == "referral.received.v1").Json;
        Assert.Equal("************0001", received["subject"]!["nik"]!.GetValue<string>());
        Assert.Equal("P. S.", received["subject"]!["name"]!.GetValue<string>());
        Assert.Equal("W. K.", received["reporter"]!["name"]!.GetValue<string>());
        Assert.Equal("********7890", received["reporter"]!["phone"]!.GetValue<string>());
        Assert.Null(received["place"]!["address"]);
        Assert.Equal("", received["summary"]!.GetValue<string>());
        Assert.Null(received["sourceUrl"]);
        Assert.Equal("Kebraon", received["place"]!["desaName"]!.GetValue<string>());

        // The province admin sees all three, unmasked; an agency without the feed scope is refused.
        var admin = await Feed.UntilAsync(Api, 0, events => events.Count >= 3);
        Assert.Equal([inSurabaya, neglectedChild, inMalang], admin.Select(e => e.Referral).Distinct());
        Assert.Equal("3578011204800001", admin.First(e => e.Referral == inSurabaya).Json["subject"]!["nik"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await AgencyKey("Dinsos Kota Surabaya", ["read"])).Get("/api/v1/feed")).Status);

        // A basis for sharing with the hospital: the same events, read again, show the person.
        await Api.Command(inSurabaya, "sharing-consents",
            new { agency = "RSJ Menur Surabaya", basis = "guardian_consent", givenBy = "Ibu Sri (istri)", givenAt = DateTimeOffset.UtcNow.AddMinutes(-10) }).Ok();
        var shared = Feed.Items(await rsj.Get("/api/v1/feed?after=0")).Single(e => e.Type == "referral.received.v1").Json;
        Assert.Equal("3578011204800001", shared["subject"]!["nik"]!.GetValue<string>());
        Assert.Equal("Jl. Kebraon II", shared["place"]!["address"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_position_held_by_a_transaction_still_open_is_not_passed_until_it_ends()
    {
        var before = (await Api.Received()).Str("id");
        await Feed.UntilAsync(Api, 0, events => events.Any(e => e.Referral == before));

        // A transaction takes the next sequence number and does not commit: a late writer.
        await using var late = new Npgsql.NpgsqlConnection(Fixture.ConnectionString);
        await late.OpenAsync();
        await using var transaction = await late.BeginTransactionAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"select nextval('{Fixture.Store.Options.Events.DatabaseSchemaName}.mt_events_sequence')", late, transaction))
            await take.ExecuteScalarAsync();
        var after = (await Api.Received(Scenarios.PasungReport(nik: "3578011204800005"))).Str("id");

        // Committed, yet not in the feed while the earlier position may still arrive.
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.DoesNotContain(Feed.Items(await Api.Get("/api/v1/feed?after=0")), e => e.Referral == after);

        await transaction.RollbackAsync();
        await Feed.UntilAsync(Api, 0, events => events.Any(e => e.Referral == after));
    }
}

/// <summary>Reading the feed in tests.</summary>
public static class Feed
{
    public sealed record Item(long Position, string Type, string Referral, JsonNode Json);

    public static IReadOnlyList<Item> Items(Reply page) => page.Node("events")!.AsArray()
        .Select(e => new Item(e!["position"]!.GetValue<long>(), e["type"]!.GetValue<string>(), e["referralId"]!.GetValue<string>(), e)).ToList();

    /// <summary>The whole feed after a position, read until it satisfies <paramref name="done"/> (it trails the appends by the high-water mark).</summary>
    public static async Task<IReadOnlyList<Item>> UntilAsync(Support.Api reader, long after, Func<IReadOnlyList<Item>, bool> done, int seconds = 20)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var items = Items(await reader.Get($"/api/v1/feed?after={after}&limit=500"));
            if (done(items)) return items;
            if (DateTimeOffset.UtcNow > until) throw new TimeoutException($"The feed did not get there: {string.Join(", ", items.Select(i => $"{i.Position} {i.Type}"))}");
            await Task.Delay(100);
        }
    }
}
