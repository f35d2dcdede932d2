using System.Net;
using TKSK.Cases.Access;
using TKSK.Cases.Feed;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Webhooks within bounds: a person's subscription ends unless that person renews it, one owner holds a
/// limited number, a replay reaches back a limited time, and every delivery verifies with the maintained
/// Standard Webhooks library as well as with the service's own signature.
/// </summary>
public sealed class webhook_limits(AppFixture fixture) : IntegrationContext(fixture)
{
    private static async Task<T> Until<T>(Func<T?> probe, int seconds = 20) where T : class
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (probe() is { } value) return value;
            if (DateTimeOffset.UtcNow > until) throw new TimeoutException("Not there in time.");
            await Task.Delay(50);
        }
    }

    private async Task<(string Id, WebhookReceivers.Endpoint Receiver, Reply Created)> SubscribeAsync(Support.Api owner)
    {
        var receiver = Fixture.Webhooks.NewEndpoint();
        var created = await owner.Post("/api/v1/subscriptions", new { url = receiver.Url, eventTypes = new[] { "referral.received.v1" } });
        Assert.True(created.Status == HttpStatusCode.Created, created.ToString());
        receiver.Secret = created.Str("secret");
        return (created.Str("id"), receiver, created);
    }

    [Fact]
    public async Task every_delivery_verifies_with_the_standard_webhooks_library()
    {
        var key = await Api.Post("/api/v1/api-keys", new { agency = "RSJ Menur Surabaya", scopes = new[] { "feed", "webhooks" }, region = "35.78" });
        var (_, receiver, _) = await SubscribeAsync(Api.WithApiKey(key.Str("key")));
        for (var i = 1; i <= 3; i++) await Api.Received(Scenarios.PasungReport(nik: $"357801120480000{i}"));

        await Until(() => receiver.Accepted.Count >= 3 ? receiver.Accepted : null);
        Assert.Equal(0, receiver.BadSignatures);
        Assert.Equal(0, receiver.StandardRefused);
        Assert.True(receiver.StandardVerified >= 3);
    }

    [Fact]
    public async Task a_persons_subscription_ends_unless_that_person_renews_it_and_any_province_admin_may_cancel_it()
    {
        var (id, receiver, created) = await SubscribeAsync(Api);
        var expires = DateTimeOffset.Parse(created.Str("expiresAt"));
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(89), TimeSpan.FromDays(91));

        Fixture.Clock.Advance(TimeSpan.FromDays(91));
        Assert.Equal("expired", (await Api.Get($"/api/v1/subscriptions/{id}")).Str("state"));
        await Api.Received();
        await Task.Delay(1000);
        Assert.Empty(receiver.Accepted);

        var otherAdmin = Api.As(Role.ProvinceAdmin, "35", subject: "another-admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherAdmin.Post($"/api/v1/subscriptions/{id}/renewal", new { })).Status);
        var renewed = await Api.Post($"/api/v1/subscriptions/{id}/renewal", new { });
        Assert.Equal(HttpStatusCode.OK, renewed.Status);
        Assert.Equal("active", renewed.Str("state"));
        // Renewed, it goes on from where it stopped: nothing skipped.
        await Until(() => receiver.Accepted.Count >= 1 ? receiver.Accepted : null);

        Assert.Equal("cancelled", (await otherAdmin.Post($"/api/v1/subscriptions/{id}/cancellation", new { })).Str("state"));
    }

    [Fact]
    public async Task an_agencys_subscription_does_not_expire()
    {
        var key = await Api.Post("/api/v1/api-keys", new { agency = "RSJ Menur Surabaya", scopes = new[] { "feed", "webhooks" } });
        var (id, _, created) = await SubscribeAsync(Api.WithApiKey(key.Str("key")));
        Assert.Null(created.Node("expiresAt"));
        Fixture.Clock.Advance(TimeSpan.FromDays(400));
        Assert.Equal("active", (await Api.Get($"/api/v1/subscriptions/{id}")).Str("state"));
    }

    [Fact]
    public async Task one_owner_holds_at_most_ten_open_subscriptions()
    {
        var key = await Api.Post("/api/v1/api-keys", new { agency = "RSJ Menur Surabaya", scopes = new[] { "feed", "webhooks" } });
        var agency = Api.WithApiKey(key.Str("key"));
        var ids = new List<string>();
        for (var i = 0; i < 10; i++) ids.Add((await SubscribeAsync(agency)).Id);

        var eleventh = await agency.Post("/api/v1/subscriptions", new { url = Fixture.Webhooks.NewEndpoint().Url, eventTypes = new[] { "referral.received.v1" } });
        Assert.Equal(HttpStatusCode.Conflict, eleventh.Status);
        Assert.Equal("urn:tksk-cases:problem:subscription-limit", eleventh.Str("type"));

        // Another owner is not limited by this one; a cancelled subscription frees its place.
        await SubscribeAsync(Api);
        await agency.Post($"/api/v1/subscriptions/{ids[0]}/cancellation", new { });
        await SubscribeAsync(agency);
    }

    [Fact]
    public async Task a_replay_reaches_back_at_most_thirty_days()
    {
        var (id, _, _) = await SubscribeAsync(Api);
        await Api.Received();
        await Feed.UntilAsync(Api, 0, events => events.Count > 0);
        Assert.Equal(HttpStatusCode.OK, (await Api.Post($"/api/v1/subscriptions/{id}/replay", new { after = 0 })).Status);

        Fixture.Clock.Advance(TimeSpan.FromDays(31));
        var tooFar = await Api.Post($"/api/v1/subscriptions/{id}/replay", new { after = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, tooFar.Status);
        Assert.NotNull(tooFar.Node("errors.after"));
    }
}
