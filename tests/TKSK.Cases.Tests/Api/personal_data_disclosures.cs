using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TKSK.Cases.Access;
using TKSK.Cases.Search;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// UU PDP: every disclosure of personal data is recorded before it leaves, and what a revoked basis once
/// showed stays hidden on every read path — the case as it is now, as it was, the feed.
/// </summary>
public sealed class personal_data_disclosures(AppFixture fixture) : IntegrationContext(fixture)
{
    private async Task<(Support.Api Api, string KeyId)> AgencyKey(string agency, params string[] scopes)
    {
        var key = await Api.Post("/api/v1/api-keys", new { agency, scopes });
        Assert.Equal(HttpStatusCode.Created, key.Status);
        return (Api.WithApiKey(key.Str("key")), key.Str("id"));
    }

    private Task<Reply> Consent(string id, string agency) => Api.Command(id, "sharing-consents",
        new { agency, basis = "guardian_consent", givenBy = "Ibu Sri (istri)", givenAt = DateTimeOffset.UtcNow.AddMinutes(-10) }).Ok();

    private async Task<IReadOnlyList<(string Actor, string Name, string What)>> LogOf(string id) =>
        (await Api.Get($"/api/v1/access-log?referral={id}")).Node("items")!.AsArray()
        .Select(e => (e!["actorId"]!.GetValue<string>(), e["actorName"]!.GetValue<string>(), e["what"]!.GetValue<string>())).ToList();

    [Fact]
    public async Task a_view_of_the_past_is_masked_by_the_bases_that_hold_now()
    {
        var id = (await Api.Received()).Str("id");
        var (rsj, _) = await AgencyKey("RSJ Menur Surabaya", "read");
        var consent = (await Consent(id, "RSJ Menur Surabaya")).Node("sharingConsents")!.AsArray().Single()!["id"]!.GetValue<string>();
        await Task.Delay(50);
        var whileShared = Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"));
        await Task.Delay(50);
        Assert.Equal("3578011204800001", (await rsj.Get($"/api/v1/referrals/{id}?asOf={whileShared}")).Str("subject.nik"));

        await Api.Command(id, $"sharing-consents/{consent}/revocation", new { reason = "Dicabut oleh keluarga" }).Ok();

        var past = await rsj.Get($"/api/v1/referrals/{id}?asOf={whileShared}");
        Assert.Equal(HttpStatusCode.OK, past.Status);
        Assert.Equal("************0001", past.Str("subject.nik"));
        Assert.Equal("P. S.", past.Str("subject.name"));
        Assert.Equal("", past.Str("summary"));
        Assert.Null(past.Node("place.address"));
    }

    [Fact]
    public async Task reads_that_arrive_together_are_each_recorded_before_any_is_answered()
    {
        var id = (await Api.Received()).Str("id");
        var reads = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Api.Get($"/api/v1/referrals/{id}")));
        Assert.All(reads, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        // Asked the moment the last answer is in: each answered read already has its row (they share INSERTs, not the promise).
        Assert.Equal(30, (await LogOf(id)).Count(e => e.What == "case_view"));
    }

    [Fact]
    public async Task the_access_log_is_filtered_by_wib_days_both_included()
    {
        var id = (await Api.Received()).Str("id");
        static string WibDay(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd");
        await Api.Get($"/api/v1/referrals/{id}");
        var first = Fixture.Clock.GetUtcNow();
        Fixture.Clock.Advance(TimeSpan.FromDays(2));
        await Api.Get($"/api/v1/referrals/{id}");
        var second = Fixture.Clock.GetUtcNow();
        async Task<List<DateTimeOffset>> Read(string filter) => [.. (await Api.Get($"/api/v1/access-log?referral={id}{filter}")).Node("items")!.AsArray()
            .Select(e => e!["at"]!.GetValue<DateTimeOffset>())];

        Assert.Equal(2, (await Read("")).Count);
        Assert.Equal([second], await Read($"&from={WibDay(second)}"), SameInstant);
        Assert.Equal([first], await Read($"&to={WibDay(first)}"), SameInstant);
        Assert.Equal(2, (await Read($"&from={WibDay(first)}&to={WibDay(second)}")).Count);
        Assert.Empty(await Read($"&from={WibDay(first.AddDays(1))}&to={WibDay(first.AddDays(1))}"));

        foreach (var (filter, parameter) in new[] { ("from=07-12-2026", "from"), ("to=2026-02-30", "to"), ($"from={WibDay(second)}&to={WibDay(first)}", "to") })
        {
            var refused = await Api.Get($"/api/v1/access-log?{filter}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.True(refused.Node("errors")!.AsObject().ContainsKey(parameter), $"{filter}: {refused}");
        }
    }

    private static readonly IEqualityComparer<DateTimeOffset> SameInstant =
        EqualityComparer<DateTimeOffset>.Create((a, b) => Math.Abs((a - b).TotalSeconds) < 1, a => 0);

    [Fact]
    public async Task an_agency_read_under_a_basis_is_recorded_with_its_key_and_name_and_a_masked_one_is_not()
    {
        var id = (await Api.Received()).Str("id");
        var (rsj, keyId) = await AgencyKey("RSJ Menur Surabaya", "read");
        await rsj.Get($"/api/v1/referrals/{id}");
        Assert.Empty(await LogOf(id));

        await Consent(id, "RSJ Menur Surabaya");
        await rsj.Get($"/api/v1/referrals/{id}");
        await rsj.Get($"/api/v1/referrals/{id}?asOf={Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"))}");

        Assert.Equal([($"apikey:{keyId}", "RSJ Menur Surabaya", "case_view"), ($"apikey:{keyId}", "RSJ Menur Surabaya", "case_view")], await LogOf(id));
    }

    [Fact]
    public async Task every_exported_case_is_recorded_with_the_filter_and_the_row_count()
    {
        var first = (await Api.Received()).Str("id");
        var second = (await Api.Received(Scenarios.PasungReport(nik: "3578011204800002"))).Str("id");
        var export = await Host.Server.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/referrals/export.csv?pasung=true")
        {
            Headers = { Authorization = new("Bearer", Support.Api.TokenFor(Host)) },
        });
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("Pak S", await export.Content.ReadAsStringAsync());

        foreach (var id in new[] { first, second })
        {
            var entry = (await Api.Get($"/api/v1/access-log?referral={id}")).Node("items")!.AsArray().Single()!;
            Assert.Equal(("test-admin", "export", "?pasung=true", 2),
                (entry["actorId"]!.GetValue<string>(), entry["what"]!.GetValue<string>(), entry["filter"]!.GetValue<string>(), entry["rows"]!.GetValue<int>()));
        }
    }

    [Fact]
    public async Task an_export_past_the_limit_is_refused_and_a_person_exports_only_so_often_an_hour()
    {
        await Api.Received();
        await Api.Received(Scenarios.PasungReport(nik: "3578011204800002"));
        var options = Host.Services.GetRequiredService<IOptions<CaseListOptions>>().Value;
        var (limit, perHour) = (options.ExportLimit, options.ExportsPerHour);
        var person = Api.As(Role.JscOperator, "35", subject: $"export-{Guid.NewGuid():N}");
        try
        {
            options.ExportLimit = 1;
            var tooLarge = await person.Get("/api/v1/referrals/export.csv");
            Assert.Equal(HttpStatusCode.BadRequest, tooLarge.Status);
            Assert.Equal("urn:tksk-cases:problem:export-too-large", tooLarge.Str("type"));
            Assert.Equal(HttpStatusCode.OK, (await person.Get("/api/v1/referrals/export.csv?kecamatan=35.78.02")).Status);

            options.ExportLimit = limit;
            options.ExportsPerHour = 2;
            Assert.Equal(HttpStatusCode.OK, (await person.Get("/api/v1/referrals/export.csv")).Status);
            var third = await person.Get("/api/v1/referrals/export.csv");
            Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
            Assert.Equal("urn:tksk-cases:problem:too-many-requests", third.Str("type"));
            Assert.True(int.Parse(third.Headers.RetryAfter!.ToString()) > 0);
            // Another person is not held back by this one's exports.
            Assert.Equal(HttpStatusCode.OK, (await Api.As(Role.JscOperator, "35", subject: $"other-{Guid.NewGuid():N}").Get("/api/v1/referrals/export.csv")).Status);
        }
        finally
        {
            (options.ExportLimit, options.ExportsPerHour) = (limit, perHour);
        }
    }

    [Fact]
    public async Task a_feed_page_that_shows_personal_data_unmasked_is_recorded_and_a_masked_one_is_not()
    {
        var id = (await Api.Received()).Str("id");
        var (rsj, keyId) = await AgencyKey("RSJ Menur Surabaya", "feed");
        await Feed.UntilAsync(rsj, 0, events => events.Any(e => e.Referral == id));
        Assert.Empty(await LogOf(id));

        await Feed.UntilAsync(Api, 0, events => events.Any(e => e.Referral == id));
        await Consent(id, "RSJ Menur Surabaya");
        await rsj.Get("/api/v1/feed?after=0");

        var log = await LogOf(id);
        Assert.Contains(("test-admin", "test-admin", "feed"), log);
        Assert.Contains(($"apikey:{keyId}", "RSJ Menur Surabaya", "feed"), log);
    }

    [Fact]
    public async Task a_webhook_delivery_that_shows_personal_data_unmasked_is_recorded_before_it_is_sent()
    {
        var key = await Api.Post("/api/v1/api-keys", new { agency = "RSJ Menur Surabaya", scopes = new[] { "feed", "webhooks" } });
        var receiver = Fixture.Webhooks.NewEndpoint();
        var created = await Api.WithApiKey(key.Str("key")).Post("/api/v1/subscriptions", new { url = receiver.Url, eventTypes = new[] { "referral.visit_recorded.v1" } });
        receiver.Secret = created.Str("secret");
        var (id, _) = await Api.InProgress();
        await Consent(id, "RSJ Menur Surabaya");
        await Api.Command(id, "visits", new { visitedAt = DateTimeOffset.UtcNow.AddHours(-1), subjectFound = true, notes = "Bertemu keluarga" }).Ok();

        for (var i = 0; i < 200 && receiver.Accepted.Count == 0; i++) await Task.Delay(50);
        Assert.Equal("Bertemu keluarga", receiver.Accepted.Single().Event["notes"]!.GetValue<string>());
        Assert.Contains(($"apikey:{key.Str("id")}", "RSJ Menur Surabaya", "webhook"), await LogOf(id));
    }

    [Fact]
    public async Task an_agency_without_a_basis_sees_the_tksk_by_initials_and_no_institution_or_staff_ids()
    {
        var (id, _) = await Api.InProgress();
        await Api.Command(id, "steps", new { kind = "psychiatric_treatment", title = "Rawat inap", institution = "RSJ Menur Surabaya" }).Ok();
        await Api.Command(id, "visits", new { visitedAt = DateTimeOffset.UtcNow.AddHours(-1), subjectFound = true }).Ok();
        var (rsj, _) = await AgencyKey("Dinsos Kota Surabaya", "read");

        var masked = await rsj.Get($"/api/v1/referrals/{id}");
        Assert.Equal("A. S.", masked.Str("assignment.coordinatorName"));
        Assert.EndsWith("5432", masked.Str("assignment.coordinatorPhone"));
        Assert.DoesNotContain("Agus", masked.Body!.ToJsonString());
        Assert.Null(masked.Node("steps")!.AsArray().Single()!["institution"]);
        Assert.Null(masked.Node("visits")!.AsArray().Single()!["by"]);
    }
}
