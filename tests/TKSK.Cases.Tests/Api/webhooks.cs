using System.Diagnostics;
using System.Net;
using TKSK.Cases.Feed;
using TKSK.Cases.Tests.Support;
using Xunit.Abstractions;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Webhooks as an agency's receiver experiences them: signed, in feed order, each event once after
/// its duplicates are dropped, held back (not skipped) while the receiver fails, listed and retried
/// when they fail, and sent again from any position on request.
/// </summary>
public sealed class webhooks(AppFixture fixture, ITestOutputHelper output) : IntegrationContext(fixture)
{
    private async Task<Support.Api> AgencyKey(string agency = "RSJ Menur Surabaya", string[]? categories = null)
    {
        var key = await Api.Post("/api/v1/api-keys", new { agency, scopes = new[] { "feed", "webhooks" }, categories, region = "35.78" });
        Assert.Equal(HttpStatusCode.Created, key.Status);
        return Api.WithApiKey(key.Str("key"));
    }

    private async Task<(string Id, WebhookReceivers.Endpoint Receiver)> SubscribeAsync(Support.Api agency, object? filter = null, WebhookReceivers.Endpoint? at = null)
    {
        var receiver = at ?? Fixture.Webhooks.NewEndpoint();
        var created = await agency.Post("/api/v1/subscriptions", filter ?? new { url = receiver.Url, eventTypes = PublicEvents.Types });
        Assert.True(created.Status == HttpStatusCode.Created, created.ToString());
        receiver.Secret = created.Str("secret");
        return (created.Str("id"), receiver);
    }

    private static async Task<T> Until<T>(Func<Task<T?>> probe, int seconds = 20) where T : class
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTimeOffset.UtcNow > until) throw new TimeoutException("Not there in time.");
            await Task.Delay(50);
        }
    }

    private static Task<IReadOnlyList<Received>> Delivered(WebhookReceivers.Endpoint receiver, int count) =>
        Until(() => Task.FromResult(receiver.Accepted.Count >= count ? receiver.Accepted : null));

    [Fact]
    public async Task a_receiver_checks_the_signature_and_gets_the_agencys_events_in_feed_order()
    {
        var agency = await AgencyKey();
        var (_, receiver) = await SubscribeAsync(agency);
        var (id, _) = await Api.InProgress();

        var expected = await Feed.UntilAsync(agency, 0, events => events.Count(e => e.Referral == id) == 4);
        var got = await Delivered(receiver, expected.Count);
        Assert.Equal(0, receiver.BadSignatures);
        Assert.Equal(expected.Select(e => (e.Position, e.Type)), got.Select(r => (r.Position, r.Type)));
        // The event is the feed's, as the agency sees it: masked.
        Assert.Equal(expected.Select(e => e.Json.ToJsonString()), got.Select(r => r.Event.ToJsonString()));
        Assert.Equal("************0001", got[0].Event["subject"]!["nik"]!.GetValue<string>());

        // A receiver with the wrong secret refuses them: the signature is the proof.
        receiver.Secret = "whsec_wrong";
        await Api.Command(id, "visits", new { visitedAt = DateTimeOffset.UtcNow.AddHours(-1), subjectFound = true }).Ok();
        await Until(() => Task.FromResult(receiver.BadSignatures > 0 ? "refused" : null));
    }

    [Fact]
    public async Task a_receiver_that_fails_for_a_while_gets_every_event_once_and_in_order_when_it_is_back()
    {
        var agency = await AgencyKey();
        var (subscription, receiver) = await SubscribeAsync(agency);
        receiver.Failing = true;
        for (var i = 0; i < 3; i++) await Api.InProgress();
        var accepted = await Feed.UntilAsync(agency, 0, events => events.Count(e => e.Type == "referral.assignment_accepted.v1") == 3);

        // The first event is retried and holds back every later one: nothing overtakes it.
        var held = await Until(async () => (await agency.Get($"/api/v1/subscriptions/{subscription}")) is var s && s.Node("held.attempts")?.GetValue<int>() >= 3 ? s : null);
        Assert.Equal("retrying", held.Str("state"));
        Assert.Equal(accepted[0].Position, held.Node("held.position")!.GetValue<long>());
        Assert.Empty(receiver.Accepted);

        var clock = Stopwatch.StartNew();
        receiver.Failing = false;
        var got = await Delivered(receiver, accepted.Count);
        var catchUp = clock.Elapsed;
        await Task.Delay(500);
        Assert.Equal(accepted.Select(e => e.Position), receiver.Accepted.Select(r => r.Position));
        Assert.Equal(0, receiver.Duplicates);
        Assert.Equal(0, receiver.BadSignatures);
        // The held delivery kept its id on every attempt, and is now recorded as delivered after failing.
        var record = (await agency.Get($"/api/v1/subscriptions/{subscription}/deliveries?status=delivered")).Body!.AsArray().Single()!;
        Assert.Equal(got[0].DeliveryId.ToString(), record["id"]!.GetValue<string>());
        Assert.True(record["attempts"]!.GetValue<int>() >= 4);
        output.WriteLine($"Webhooks after an outage: {accepted.Count} events accepted, {receiver.Accepted.Count} delivered, " +
                         $"{receiver.Duplicates} duplicates, {receiver.Refused} refused attempts during the outage, caught up {catchUp.TotalMilliseconds:F0} ms after the receiver was back.");
    }

    [Fact]
    public async Task a_delivery_that_gave_up_is_listed_as_failed_and_goes_through_when_retried()
    {
        var agency = await AgencyKey();
        var (subscription, receiver) = await SubscribeAsync(agency);
        receiver.Failing = true;
        var id = (await Api.Received()).Str("id");
        await Until(async () => (await agency.Get($"/api/v1/subscriptions/{subscription}")).Node("held") is { } h ? h : null);

        // Three days later it still fails: the delivery gives up and waits for a person.
        Fixture.Clock.Advance(TimeSpan.FromDays(3.1));
        var failed = await Until(async () => (await agency.Get($"/api/v1/subscriptions/{subscription}/deliveries?status=failed")).Body!.AsArray() is { Count: 1 } list ? list : null);
        Assert.Equal("HTTP 503", failed[0]!["lastError"]!.GetValue<string>());
        Assert.Equal("failed", (await agency.Get($"/api/v1/subscriptions/{subscription}")).Str("state"));
        Assert.Single((await agency.Get($"/api/v1/subscriptions/{subscription}/deliveries")).Body!.AsArray());

        receiver.Failing = false;
        var refusedBefore = receiver.Requests;
        await Task.Delay(600);
        Assert.Equal(refusedBefore, receiver.Requests);
        var delivery = failed[0]!["id"]!.GetValue<string>();
        var retried = await agency.Post($"/api/v1/subscriptions/{subscription}/deliveries/{delivery}/retry", null);
        Assert.True(retried.Status == HttpStatusCode.OK, retried.ToString());
        var got = await Delivered(receiver, 1);
        Assert.Equal(delivery, got[0].DeliveryId.ToString());
        Assert.Equal(id, got[0].Event["referralId"]!.GetValue<string>());
        Assert.Equal("active", (await Until(async () => (await agency.Get($"/api/v1/subscriptions/{subscription}")) is var s && s.Str("state") == "active" ? s : null)).Str("state"));
        // Retrying what is not held is a conflict, not a second delivery.
        Assert.Equal(HttpStatusCode.Conflict, (await agency.Post($"/api/v1/subscriptions/{subscription}/deliveries/{delivery}/retry", null)).Status);
    }

    [Fact]
    public async Task a_replay_sends_every_event_after_a_position_again_in_order_with_new_delivery_ids()
    {
        var agency = await AgencyKey();
        var (subscription, receiver) = await SubscribeAsync(agency);
        await Api.InProgress();
        var events = await Feed.UntilAsync(agency, 0, e => e.Count == 4);
        var first = await Delivered(receiver, 4);

        var replay = await agency.Post($"/api/v1/subscriptions/{subscription}/replay", new { after = events[1].Position });
        Assert.True(replay.Status == HttpStatusCode.OK, replay.ToString());
        var all = await Delivered(receiver, 6);
        await Task.Delay(300);
        Assert.Equal(6, receiver.Accepted.Count);
        Assert.Equal(events.Select(e => e.Position).Concat(events.Skip(2).Select(e => e.Position)), all.Select(r => r.Position));
        Assert.DoesNotContain(all.Skip(4).Select(r => r.DeliveryId), first.Take(4).Select(r => r.DeliveryId).Contains);

        // Beyond what the feed holds, a replay is refused; another agency does not even see the subscription.
        Assert.Equal(HttpStatusCode.BadRequest, (await agency.Post($"/api/v1/subscriptions/{subscription}/replay", new { after = long.MaxValue / 2 })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await AgencyKey("Dinsos Kota Surabaya")).Post($"/api/v1/subscriptions/{subscription}/replay", new { after = 0 })).Status);
    }

    [Fact]
    public async Task a_subscription_stays_within_its_keys_grant_and_narrows_it_further()
    {
        var agency = await AgencyKey(categories: ["penyandang_disabilitas"]);
        var receiver = Fixture.Webhooks.NewEndpoint();
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.Post("/api/v1/subscriptions", new { url = receiver.Url, eventTypes = new[] { "referral.received.v1" }, region = "35.07" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.Post("/api/v1/subscriptions", new { url = receiver.Url, eventTypes = new[] { "referral.received.v1" }, categories = new[] { "anak_telantar" } })).Status);
        var refused = await agency.Post("/api/v1/subscriptions", new { url = "ftp://example.org/x", eventTypes = new[] { "referral.made_up.v9" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.Node("errors.url"));
        Assert.NotNull(refused.Node("errors.eventTypes[0]"));

        // Received events only, in Karang Pilang only: a second report elsewhere in Surabaya is not sent.
        var (_, narrow) = await SubscribeAsync(agency, new { url = receiver.Url, eventTypes = new[] { "referral.received.v1" }, region = "35.78.01" }, receiver);
        await Api.InProgress();
        await Api.Received(Scenarios.PasungReport(nik: "3578021204800009", desa: "35.78.02.1001"));
        await Feed.UntilAsync(agency, 0, e => e.Count(x => x.Type == "referral.received.v1") == 2);
        var got = await Delivered(narrow, 1);
        await Task.Delay(500);
        Assert.Equal(["referral.received.v1"], narrow.Accepted.Select(r => r.Type));
        Assert.Equal("35.78.01", got[0].Event["kecamatanCode"]!.GetValue<string>());
    }
}
