using System.Net;
using Marten;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>Conflicts are 409/412 problems, nothing is half-written and no update is lost.</summary>
public sealed class referral_conflicts(AppFixture fixture) : IntegrationContext(fixture)
{
    private async Task<int> AssessmentCount(string id)
    {
        await using var session = Fixture.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(Guid.Parse(id))).Count(e => e.Data is ReferralAssessed or ReferralRejected);
    }

    private async Task<int> EventCount(string id)
    {
        await using var session = Fixture.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(Guid.Parse(id))).Count;
    }

    [Fact]
    public async Task an_invalid_transition_is_a_409_with_type_current_status_and_allowed_actions_and_writes_nothing()
    {
        var id = (await Api.Received()).Str("id");
        var reply = await Api.Command(id, "resolution", new { outcome = "deceased" }, ("Accept-Language", "en"));

        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.Equal("urn:tksk-cases:problem:invalid-transition", reply.Str("type"));
        Assert.Equal(409, reply.Node("status")!.GetValue<int>());
        Assert.Equal("received", reply.Str("currentStatus"));
        Assert.Equal(["assessment", "notes"], reply.Strings("allowedActions"));
        Assert.Equal(1, await EventCount(id));
    }

    [Fact]
    public async Task a_stale_if_match_is_a_412_and_the_matching_one_succeeds()
    {
        var id = (await Api.Received()).Str("id");
        var stale = await Api.Command(id, "notes", new { text = "catatan" }, ("If-Match", "\"7\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("urn:tksk-cases:problem:stale-version", stale.Str("type"));
        Assert.Equal(1, await EventCount(id));

        var fresh = await Api.Command(id, "notes", new { text = "catatan" }, ("If-Match", "\"1\""));
        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        Assert.Equal("\"2\"", fresh.ETag);

        var nowStale = await Api.Command(id, "assessment", new { category = "pengemis", urgency = "normal", decision = "unfounded" }, ("If-Match", "\"1\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, nowStale.Status);
        Assert.Equal(2, await EventCount(id));
    }

    [Fact]
    public async Task two_conflicting_commands_racing_never_both_win()
    {
        for (var round = 0; round < 5; round++)
        {
            var id = (await Api.Received()).Str("id");
            var accept = Api.Command(id, "assessment", new { category = "penyandang_disabilitas", urgency = "high", decision = "field_response" });
            var reject = Api.Command(id, "assessment", new { category = "pengemis", urgency = "normal", decision = "unfounded" });
            var replies = await Task.WhenAll(accept, reject);

            Assert.Single(replies, r => r.Status == HttpStatusCode.OK);
            Assert.Single(replies, r => r.Status == HttpStatusCode.Conflict);
            Assert.All(replies, r => Assert.NotEqual(HttpStatusCode.InternalServerError, r.Status));
            Assert.Equal(1, await AssessmentCount(id));

            // The loser either saw the winner's change (invalid transition) or lost the write race.
            Assert.Contains(replies.Single(r => r.Status == HttpStatusCode.Conflict).Str("type"),
                new[] { "urn:tksk-cases:problem:invalid-transition", "urn:tksk-cases:problem:concurrent-change" });
            var winner = replies.Single(r => r.Status == HttpStatusCode.OK);
            var stored = await Api.Get($"/api/v1/referrals/{id}");
            Assert.Equal(winner.Str("deskAssessment.decision"), stored.Str("deskAssessment.decision"));
            Assert.Equal("\"2\"", winner.ETag);
        }
    }

    [Fact]
    public async Task racing_notes_without_if_match_lose_nothing_silently()
    {
        var id = (await Api.Received()).Str("id");
        var replies = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Api.Command(id, "notes", new { text = $"catatan {i}" })));

        Assert.All(replies, r => Assert.Contains(r.Status, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var saved = replies.Count(r => r.Status == HttpStatusCode.OK);
        var view = await Api.Get($"/api/v1/referrals/{id}");
        Assert.Equal(saved, view.Node("notes")!.AsArray().Count);
        Assert.Equal(1 + saved, await EventCount(id));
    }

    [Fact]
    public async Task unknown_referral_coordinator_or_step_is_a_404_problem()
    {
        var (id, _) = await Api.InProgress();
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Command(Guid.NewGuid().ToString(), "notes", new { text = "x" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Command("not-a-guid", "notes", new { text = "x" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Command(id, "assignment", new { coordinatorId = Guid.NewGuid() })).Status);
        var step = await Api.Command(id, $"steps/{Guid.NewGuid()}/start");
        Assert.Equal(HttpStatusCode.NotFound, step.Status);
        Assert.Equal("application/problem+json", step.ContentType);
    }

    [Fact]
    public async Task a_completed_step_cannot_be_started_again()
    {
        var (id, _) = await Api.InProgress();
        var stepId = (await Api.Command(id, "steps", new { kind = "other", title = "Kunjungan keluarga" }).Ok()).Node("steps")!.AsArray()[0]!["id"]!.GetValue<string>();
        await Api.Command(id, $"steps/{stepId}/complete", new { }).Ok();
        var again = await Api.Command(id, $"steps/{stepId}/start");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("urn:tksk-cases:problem:invalid-step-transition", again.Str("type"));
    }

    [Fact]
    public async Task the_inline_case_view_equals_a_replay_of_the_stream_from_scratch()
    {
        var (id, _) = await Api.InProgress();
        await Api.FieldAssessed(id);
        await Api.Command(id, "notes", new { text = "catatan" }).Ok();
        await Api.Command(id, "resolution", new { outcome = "moved_out_of_area" }).Ok();

        await using var session = Fixture.Store.QuerySession();
        var inline = await session.LoadAsync<Referral>(Guid.Parse(id));
        var replayed = await session.Events.AggregateStreamAsync<Referral>(Guid.Parse(id));
        Assert.Equal(Json(inline), Json(replayed));
    }

    private static string Json(Referral? r) => System.Text.Json.JsonSerializer.Serialize(r);
}
