using System.Net;
using System.Text.Json.Nodes;
using Marten;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// A phone's queued commands, replayed through POST /api/v1/sync: in order, each once, facts never lost, decisions never
/// silently applied over others', every conflict in front of a supervisor (docs/sync.md).
/// </summary>
public sealed class offline_sync(AppFixture fixture) : IntegrationContext(fixture)
{
    private const string Agus = "tksk-agus";

    private async Task<(string Referral, Support.Api Tksk, string Coordinator)> Assigned(bool accepted = true)
    {
        var id = (await Api.Received()).Str("id");
        await Api.Assessed(id);
        var coordinator = await Api.Coordinator();
        await Api.Command(id, "assignment", new { coordinatorId = coordinator, reason = "kecamatan routing" }).Ok();
        if (accepted) await Api.Command(id, "acceptance").Ok();
        return (id, Api.As(Role.Tksk, "35.78.01", Guid.Parse(coordinator), Agus), coordinator);
    }

    private async Task<long> Version(string id) => long.Parse((await Api.Get($"/api/v1/referrals/{id}")).ETag!.Trim('"'));

    private static object Visit(string referral, long? baseVersion, Guid? id = null, string? recordedBy = null) =>
        Queued(referral, "RecordVisit", new { visitedAt = DateTimeOffset.UtcNow.AddHours(-2), subjectFound = true, notes = "Bertemu keluarga." }, baseVersion, id, recordedBy);

    private static object Note(string referral, long? baseVersion, string text = "Catatan dari lapangan.") => Queued(referral, "AddNote", new { text }, baseVersion);

    private static object Assessment(string referral, long? baseVersion, string risk = "critical") =>
        Queued(referral, "RecordFieldAssessment", new { riskLevel = risk, needs = new[] { "psychiatric" }, identityVerified = true, findings = "Dirantai." }, baseVersion);

    private static object Queued(string referral, string type, object? payload, long? baseVersion, Guid? id = null, string? recordedBy = null) => new
    {
        commandId = id ?? Guid.NewGuid(), referralId = referral, type, payload, baseVersion, recordedAt = DateTimeOffset.UtcNow.AddHours(-1), recordedBy,
    };

    private static Task<Reply> Sync(Support.Api tksk, string device, params object[] commands) => Sync(tksk, device, DateTimeOffset.UtcNow, commands);

    private static async Task<Reply> Sync(Support.Api tksk, string device, DateTimeOffset sentAt, params object[] commands)
    {
        var reply = await tksk.Post("/api/v1/sync", new { deviceId = device, sentAt, commands, appVersion = "1.0.0" });
        return reply;
    }

    private static async Task<JsonArray> Results(Task<Reply> sync)
    {
        var reply = await sync;
        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        return reply.Node("results")!.AsArray();
    }

    private static string Outcome(JsonNode? result) => result!["outcome"]!.GetValue<string>();

    private async Task<IReadOnlyList<object>> Events(string id)
    {
        await using var session = Fixture.Store.QuerySession();
        return [.. (await session.Events.FetchStreamAsync(Guid.Parse(id))).Select(e => e.Data)];
    }

    [Fact]
    public async Task commands_apply_in_order_and_a_command_sent_again_is_answered_not_applied_twice()
    {
        var (id, tksk, _) = await Assigned(accepted: false);
        var version = await Version(id);
        // Accepting first is what makes the visit possible: the queue is applied in its order.
        var accept = Queued(id, "AcceptAssignment", null, version);
        var visit = Visit(id, version);
        var first = await Results(Sync(tksk, "phone-1", accept, visit, Note(id, version)));
        Assert.Equal(["applied", "applied", "applied"], first.Select(Outcome));
        Assert.True(first[1]!["referralVersion"]!.GetValue<long>() > first[0]!["referralVersion"]!.GetValue<long>());

        // The answer was lost: the phone sends the same commands again.
        var again = await Results(Sync(tksk, "phone-1", accept, visit));
        Assert.Equal(["duplicate", "duplicate"], again.Select(Outcome));
        Assert.Equal("applied", again[1]!["earlierOutcome"]!.GetValue<string>());
        Assert.Equal(first[1]!["referralVersion"]!.GetValue<long>(), again[1]!["referralVersion"]!.GetValue<long>());
        Assert.Single((await Events(id)).OfType<OutreachVisitRecorded>());
        Assert.Single((await Events(id)).OfType<AssignmentAccepted>());
    }

    [Fact]
    public async Task a_refused_command_does_not_block_the_ones_after_it_and_gets_the_problem_the_api_would_give()
    {
        var (id, tksk, _) = await Assigned();
        var version = await Version(id);
        var results = await Results(Sync(tksk, "phone-1",
            Queued(id, "RecordVisit", new { subjectFound = true }, version),
            Queued(id, "LaunchRocket", new { }, version),
            Queued(id, "ErasePersonalData", new { reason = "tidak boleh" }, version),
            Queued(Guid.NewGuid().ToString(), "AddNote", new { text = "kasus tidak ada" }, 1),
            Queued(id, "ResolveReferral", new { outcome = "freed_and_treated" }, version),
            Note(id, version)));

        Assert.Equal(["rejected", "rejected", "rejected", "rejected", "rejected", "applied"], results.Select(Outcome));
        Assert.Equal(400, results[0]!["problem"]!["status"]!.GetValue<int>());
        Assert.NotNull(results[0]!["problem"]!["errors"]!["visitedAt"]);
        Assert.NotNull(results[1]!["problem"]!["errors"]!["type"]);
        // A TKSK may not erase: the pipeline's role rule, as over HTTP.
        Assert.Equal(403, results[2]!["problem"]!["status"]!.GetValue<int>());
        Assert.Equal(404, results[3]!["problem"]!["status"]!.GetValue<int>());
        // Resolving with a field outcome needs a field assessment first: the API's 409.
        Assert.Equal("urn:tksk-cases:problem:resolution-not-ready", results[4]!["problem"]!["type"]!.GetValue<string>());
        Assert.Single((await Events(id)).OfType<NoteAdded>());
        Assert.Empty((await Events(id)).OfType<OutreachVisitRecorded>());
    }

    [Fact]
    public async Task a_fact_on_a_case_reassigned_meanwhile_is_kept_and_flagged_and_a_decision_waits_as_a_conflict()
    {
        var (id, tksk, _) = await Assigned();
        var version = await Version(id);
        var eko = await Api.Coordinator("35.78.01", "Eko Prasetyo");
        await Api.Command(id, "assignment", new { coordinatorId = eko, reason = "Agus sakit" }).Ok();

        var results = await Results(Sync(tksk, "phone-1", Visit(id, version), Assessment(id, version)));

        Assert.Equal(["applied_with_conflict", "conflict"], results.Select(Outcome));
        var events = await Events(id);
        Assert.Single(events.OfType<OutreachVisitRecorded>());
        Assert.Empty(events.OfType<FieldAssessmentRecorded>());
        var conflicts = events.OfType<OfflineChangeConflicted>().ToList();
        Assert.Equal([(true, "reassigned"), (false, "reassigned")], conflicts.Select(c => (c.FactKept, c.Reason)));
        Assert.Equal(version, conflicts[1].BaseVersion);
        Assert.Contains(conflicts[1].Theirs, t => t.Type == nameof(CoordinatorAssigned));
        // The case stays with Eko, as it was.
        var now = await Api.Get($"/api/v1/referrals/{id}");
        Assert.Equal(("assigned", eko), (now.Str("status"), now.Str("assignment.coordinatorId")));
        // The kabupaten's supervisors hear of both; Eko, who has the case now, of the visit kept on it.
        await using var session = Fixture.Store.QuerySession();
        var told = await session.Query<TKSK.Cases.Notifications.Notification>()
            .Where(n => n.ReferralId == Guid.Parse(id) && n.Kind == "offline-conflict").ToListAsync();
        Assert.Equal(["kabupaten:35.78", "kabupaten:35.78", eko], told.Select(n => n.Recipient).Order(StringComparer.Ordinal).Reverse().ToList());
    }

    [Fact]
    public async Task late_data_on_a_closed_case_is_kept_without_reopening_it()
    {
        var (id, tksk, _) = await Assigned();
        var version = await Version(id);
        await Api.Command(id, "resolution", new { outcome = "deceased" }).Ok();
        await Api.Command(id, "closure", new { approved = true }).Ok();

        var results = await Results(Sync(tksk, "phone-1", Visit(id, version), Note(id, version),
            Queued(id, "ResolveReferral", new { outcome = "deceased", notes = "meninggal" }, version)));

        Assert.Equal(["applied_with_conflict", "applied_with_conflict", "conflict"], results.Select(Outcome));
        var now = await Api.Get($"/api/v1/referrals/{id}");
        Assert.Equal("closed", now.Str("status"));
        Assert.Single(now.Node("visits")!.AsArray());
        Assert.All((await Events(id)).OfType<OfflineChangeConflicted>(), c => Assert.Equal("closed", c.Reason));
    }

    [Fact]
    public async Task a_decision_clashes_only_with_what_others_decided_since_its_base()
    {
        var (id, tksk, _) = await Assigned();
        var version = await Version(id);
        // Others' notes and the TKSK's own earlier commands are no clash.
        await Api.Command(id, "notes", new { text = "Operator menelepon keluarga." }).Ok();
        var clean = await Results(Sync(tksk, "phone-1", Assessment(id, version, "high")));
        Assert.Equal("applied", Outcome(clean[0]));

        var seen = await Version(id);
        await Api.FieldAssessed(id);
        var clash = await Results(Sync(tksk, "phone-1", Assessment(id, seen, "low"), Note(id, seen)));
        Assert.Equal(["conflict", "applied"], clash.Select(Outcome));
        Assert.Equal("critical", (await Api.Get($"/api/v1/referrals/{id}")).Str("fieldAssessment.riskLevel"));
        var conflict = (await Events(id)).OfType<OfflineChangeConflicted>().Single();
        Assert.Equal(("decided_meanwhile", "RecordFieldAssessment"), (conflict.Reason, conflict.Operation));
        Assert.Contains("\"low\"", conflict.Payload);
    }

    [Fact]
    public async Task the_supervisor_sees_the_conflict_and_resolves_it_either_way_and_the_tksk_hears_at_the_next_sync()
    {
        var (id, tksk, _) = await Assigned();
        var version = await Version(id);
        await Api.FieldAssessed(id);
        var results = await Results(Sync(tksk, "phone-1", Assessment(id, version, "low"), Assessment(id, version, "medium")));
        Assert.Equal(["conflict", "conflict"], results.Select(Outcome));
        var (discarded, applied) = (results[0]!["conflictId"]!.GetValue<string>(), results[1]!["conflictId"]!.GetValue<string>());

        var supervisor = Api.As(Role.Supervisor, "35.78");
        Assert.Equal((2L, 0L, true), await ConflictFiguresAsync(supervisor));
        var open = await supervisor.Get("/api/v1/conflicts?kabupaten=35.78&status=open");
        Assert.Equal([discarded, applied], open.Body!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.As(Role.Supervisor, "35.07").Get("/api/v1/conflicts?kabupaten=35.78")).Status);
        Assert.Empty((await Api.As(Role.Supervisor, "35.07").Get("/api/v1/conflicts")).Body!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await Api.As(Role.Supervisor, "35.07").Post($"/api/v1/conflicts/{discarded}/resolution", new { choice = "discard" })).Status);

        var discard = await supervisor.Post($"/api/v1/conflicts/{discarded}/resolution", new { choice = "discard", note = "Asesmen operator sudah benar." });
        Assert.True(discard.Status == HttpStatusCode.OK, discard.ToString());
        Assert.Equal(("resolved", "discard"), (discard.Str("status"), discard.Str("choice")));
        Assert.Equal("critical", (await Api.Get($"/api/v1/referrals/{id}")).Str("fieldAssessment.riskLevel"));
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.Post($"/api/v1/conflicts/{discarded}/resolution", new { choice = "apply" })).Status);

        var apply = await supervisor.Post($"/api/v1/conflicts/{applied}/resolution", new { choice = "apply", note = "Temuan TKSK lebih baru." });
        Assert.True(apply.Status == HttpStatusCode.OK, apply.ToString());
        Assert.Equal("apply", apply.Str("choice"));
        // Applied through the pipeline, as the TKSK who recorded it.
        var now = await Api.Get($"/api/v1/referrals/{id}");
        Assert.Equal(("medium", Agus), (now.Str("fieldAssessment.riskLevel"), now.Str("fieldAssessment.by")));
        Assert.Equal(2, (await Events(id)).OfType<OfflineConflictResolved>().Count());
        Assert.Empty((await supervisor.Get("/api/v1/conflicts?status=open")).Body!.AsArray());
        Assert.Equal(2, (await supervisor.Get("/api/v1/conflicts?status=resolved")).Body!.AsArray().Count);

        Assert.Equal((0L, 2L, false), await ConflictFiguresAsync(supervisor));

        var next = await tksk.Post("/api/v1/sync", new { deviceId = "phone-1", sentAt = DateTimeOffset.UtcNow, commands = Array.Empty<object>() });
        Assert.Equal(["discard", "apply"], next.Node("resolutions")!.AsArray().Select(r => r!["choice"]!.GetValue<string>()));
    }

    // The kabupaten's dashboard: open and resolved conflicts, and whether one has been waiting (its age).
    private async Task<(long Open, long Resolved, bool Waiting)> ConflictFiguresAsync(Support.Api supervisor)
    {
        await Fixture.CaughtUpAsync();
        var conflicts = (await supervisor.Get("/api/v1/dashboards/kabupaten/35.78")).Node("figures.conflicts")!;
        var karangPilang = (await supervisor.Get("/api/v1/dashboards/kabupaten/35.78")).Node("kecamatan")!.AsArray()
            .Single(k => k!["code"]!.GetValue<string>() == "35.78.01")!["figures"]!["conflicts"]!;
        Assert.Equal(conflicts.ToJsonString(), karangPilang.ToJsonString());
        return (conflicts["open"]!.GetValue<long>(), conflicts["resolved"]!.GetValue<long>(), conflicts["oldestOpenSince"] is not null);
    }

    [Fact]
    public async Task a_phone_clock_off_by_more_than_five_minutes_is_flagged_on_the_device_and_its_events()
    {
        var (id, tksk, _) = await Assigned();
        var reply = await Sync(tksk, "phone-skewed", DateTimeOffset.UtcNow.AddMinutes(-42), Note(id, null));
        Assert.True(reply.Node("clockSkewed")!.GetValue<bool>(), reply.ToString());
        var device = (await Api.Get("/api/v1/devices")).Body!.AsArray().Single(d => d!["id"]!.GetValue<string>() == "phone-skewed")!;
        Assert.True(device["clockSkewed"]!.GetValue<bool>());
        Assert.InRange(device["clockSkewSeconds"]!.GetValue<double>(), -42 * 60 - 30, -42 * 60 + 30);
        Assert.Equal((Agus, 1, "1.0.0"), (device["userId"]!.GetValue<string>(), device["pendingReported"]!.GetValue<int>(), device["appVersion"]!.GetValue<string>()));

        await using var session = Fixture.Store.QuerySession();
        var note = (await session.Events.FetchStreamAsync(Guid.Parse(id))).Single(e => e.Data is NoteAdded);
        Assert.Equal("true", note.Headers![DeviceReplay.SkewHeader]!.ToString());
        Assert.Equal("phone-skewed", note.Headers![DeviceReplay.DeviceHeader]!.ToString());

        var onTime = await Sync(tksk, "phone-ok", DateTimeOffset.UtcNow.AddMinutes(2), Note(id, null));
        Assert.False(onTime.Node("clockSkewed")!.GetValue<bool>());
    }

    [Fact]
    public async Task two_devices_of_one_tksk_share_the_receipts_and_another_users_command_or_device_is_refused()
    {
        var (id, tksk, _) = await Assigned();
        var version = await Version(id);
        var commandId = Guid.NewGuid();
        Assert.Equal("applied", Outcome((await Results(Sync(tksk, "phone-a", Visit(id, version, commandId))))[0]));
        var fromB = await Results(Sync(tksk, "phone-b", Visit(id, version, commandId), Note(id, version)));
        Assert.Equal(["duplicate", "applied"], fromB.Select(Outcome));
        Assert.Single((await Events(id)).OfType<OutreachVisitRecorded>());
        Assert.Equal(2, (await Api.Get($"/api/v1/devices?user={Agus}")).Body!.AsArray().Count);

        var someoneElses = await Results(Sync(tksk, "phone-a", Visit(id, version, recordedBy: "tksk-budi")));
        Assert.Equal(("rejected", 403), (Outcome(someoneElses[0]), someoneElses[0]!["problem"]!["status"]!.GetValue<int>()));

        var other = await Api.Coordinator("35.78.01", "Budi Santoso");
        var budi = Api.As(Role.Tksk, "35.78.01", Guid.Parse(other), "tksk-budi");
        var refused = await Sync(budi, "phone-a", Note(id, null));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.EndsWith("device-of-another-user", refused.Str("type"));
        // Budi is not assigned: his own device may not act on Agus's case either.
        var notHis = await Results(Sync(budi, "phone-budi", Visit(id, version)));
        Assert.Equal(("rejected", 403), (Outcome(notHis[0]), notHis[0]!["problem"]!["status"]!.GetValue<int>()));
    }

    [Fact]
    public async Task a_revoked_device_is_told_to_wipe()
    {
        var (id, tksk, _) = await Assigned();
        await Results(Sync(tksk, "phone-lost", Note(id, null)));
        var revoked = await Api.Post("/api/v1/devices/phone-lost/revocation", new { reason = "Ponsel hilang di pasar" });
        Assert.True(revoked.Status == HttpStatusCode.OK, revoked.ToString());
        Assert.Equal(HttpStatusCode.Conflict, (await Api.Post("/api/v1/devices/phone-lost/revocation", new { reason = "Ponsel hilang di pasar" })).Status);

        var refused = await Sync(tksk, "phone-lost", Note(id, null));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(("urn:tksk-cases:problem:device-revoked", "wipe"), (refused.Str("type"), refused.Str("action")));
        Assert.Single((await Events(id)).OfType<NoteAdded>());
    }

    [Fact]
    public async Task a_week_of_offline_work_is_replayed_at_once()
    {
        var (first, tksk, coordinator) = await Assigned();
        var second = (await Api.Received()).Str("id");
        // Routed to Agus, the TKSK of its kecamatan, by itself.
        await Api.Assessed(second);
        await Api.Command(second, "acceptance").Ok();
        var (v1, v2) = (await Version(first), await Version(second));

        var commands = Enumerable.Range(0, 300).Select(i => (i % 3) switch
        {
            0 => Visit(i % 2 == 0 ? first : second, i % 2 == 0 ? v1 : v2),
            _ => Note(i % 2 == 0 ? first : second, i % 2 == 0 ? v1 : v2, $"Catatan hari ke-{i / 40 + 1}, nomor {i}."),
        }).ToArray();
        var results = await Results(Sync(tksk, "phone-1", commands));

        Assert.Equal(300, results.Count);
        Assert.All(results, r => Assert.Equal("applied", Outcome(r)));
        var events = (await Events(first)).Concat(await Events(second)).ToList();
        Assert.Equal(100, events.OfType<OutreachVisitRecorded>().Count());
        Assert.Equal(200, events.OfType<NoteAdded>().Count());
    }

    [Fact]
    public async Task a_phone_catches_up_on_its_cases_changed_since_its_cursor_masked_as_its_case_view()
    {
        var (first, tksk, coordinator) = await Assigned();
        var all = await tksk.Get("/api/v1/sync/cases?after=0");
        Assert.True(all.Status == HttpStatusCode.OK, all.ToString());
        Assert.Equal([first], all.Node("cases")!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.Equal((await tksk.Get($"/api/v1/referrals/{first}")).Body!.ToJsonString(), all.Node("cases")!.AsArray()[0]!.ToJsonString());

        var mark = (DateTimeOffset.UtcNow.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        await Api.Command(first, "notes", new { text = "sebelum tanda" }).Ok();
        var second = (await Api.Received()).Str("id");
        await Api.Assessed(second);
        var since = await tksk.Get($"/api/v1/sync/cases?after={mark}");
        Assert.Equal(new[] { first, second }.Order(), since.Node("cases")!.AsArray().Select(c => c!["id"]!.GetValue<string>()).Order());
        var later = (DateTimeOffset.UtcNow.AddSeconds(1).UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        Assert.Empty((await tksk.Get($"/api/v1/sync/cases?after={later}")).Node("cases")!.AsArray());
        Assert.False(string.IsNullOrEmpty(since.Str("next")));
        Assert.Equal(HttpStatusCode.BadRequest, (await tksk.Get("/api/v1/sync/cases?after=kemarin")).Status);
    }
}
