using System.Net;
using TKSK.Cases.Access;
using TKSK.Cases.Webhooks;

namespace TKSK.Cases.Tests.Specs;

/// <summary>Where webhooks may go, how their signatures read, and how delivery slots are shared.</summary>
public sealed class webhook_rules
{
    [Theory]
    [InlineData("64:ff9b::7f00:1")]      // NAT64 of 127.0.0.1
    [InlineData("64:ff9b::a00:5")]       // NAT64 of 10.0.0.5
    [InlineData("64:ff9b:1::a9fe:a9fe")] // local NAT64 of 169.254.169.254, the cloud's metadata service
    [InlineData("2002:c0a8:101::1")]     // 6to4 of 192.168.1.1
    [InlineData("::127.0.0.1")]          // IPv4-compatible loopback
    [InlineData("::ffff:10.1.2.3")]      // IPv4-mapped private
    [InlineData("::1")]
    [InlineData("fd00::1")]
    public void an_ipv6_address_that_carries_an_internal_ipv4_address_is_internal(string address) =>
        Assert.True(WebhookTargets.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("64:ff9b::808:808")] // NAT64 of 8.8.8.8
    [InlineData("2002:808:808::1")]
    [InlineData("2606:4700::1111")]
    [InlineData("8.8.8.8")]
    public void a_public_address_in_any_form_may_receive_webhooks(string address) =>
        Assert.False(WebhookTargets.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://receiver.example.org/hooks", "must be https")]
    [InlineData("https://[64:ff9b::7f00:1]/hooks", "must not point at a loopback, private or link-local address")]
    [InlineData("https://user:pw@receiver.example.org/", "must not hold a user name or password (the signature is the proof)")]
    public async Task outside_development_a_target_must_be_https_and_public(string url, string refusal) =>
        Assert.Equal(refusal, await WebhookTargets.RefusalAsync(url, allowInternal: false));

    [Fact]
    public void the_standard_signature_is_keyed_with_the_base64_after_whsec_for_secrets_issued_before_too()
    {
        var body = "{\"a\":1}"u8.ToArray();
        // Issued before 2026-12-06: 64 hex digits, which are valid base64.
        var old = "whsec_" + new string('a', 64);
        var signed = WebhookSignature.SignStandard(old, "msg_1", "1700000000", body);
        var key = Convert.FromBase64String(new string('a', 64));
        var expected = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(key, "msg_1.1700000000.{\"a\":1}"u8.ToArray()));
        Assert.Equal("v1," + expected, signed);
        Assert.StartsWith("whsec_", WebhookSignature.NewSecret());
        Assert.Equal(32, Convert.FromBase64String(WebhookSignature.NewSecret()["whsec_".Length..]).Length);
    }

    private static WebhookSubscription Owned(string owner) => new(Guid.NewGuid(), owner, owner,
        new Actor(owner, owner, Role.Agency, null), "https://receiver.example.org", ["referral.received.v1"], null, [], "whsec_x", DateTimeOffset.UnixEpoch);

    [Fact]
    public void an_owner_with_many_subscriptions_takes_only_its_share_while_others_wait_and_leftover_slots_go_round()
    {
        var busy = Enumerable.Range(0, 10).Select(_ => Owned("apikey:busy")).ToList();
        var quiet = Owned("apikey:quiet");
        var started = WebhookDispatcher.FairTurns([.. busy, quiet], new Dictionary<string, int>(), concurrency: 4).ToList();
        Assert.Equal(4, started.Count);
        Assert.Contains(quiet, started.Take(2));
        Assert.Equal(3, started.Count(s => s.OwnerId == "apikey:busy"));

        // With the busy owner already holding its share, the quiet one still gets a slot.
        var later = WebhookDispatcher.FairTurns([.. busy, quiet], new Dictionary<string, int> { ["apikey:busy"] = 2 }, concurrency: 4).ToList();
        Assert.Equal(quiet, later[0]);
    }

    [Fact]
    public void alone_an_owner_may_use_every_free_slot_but_never_more()
    {
        var busy = Enumerable.Range(0, 10).Select(_ => Owned("apikey:busy")).ToList();
        Assert.Equal(4, WebhookDispatcher.FairTurns(busy, new Dictionary<string, int>(), concurrency: 4).Count());
        Assert.Single(WebhookDispatcher.FairTurns(busy, new Dictionary<string, int> { ["apikey:busy"] = 3 }, concurrency: 4));
    }
}
