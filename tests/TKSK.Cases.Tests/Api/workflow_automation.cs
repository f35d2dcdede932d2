using System.Net;
using System.Text.Json.Nodes;
using Marten;
using Npgsql;
using TKSK.Cases.Access;
using TKSK.Cases.Deadlines;
using TKSK.Cases.Referrals;
using TKSK.Cases.Routing;
using TKSK.Cases.Tests.Support;
using Wolverine;
using Wolverine.Tracking;
using TKSK.Cases.Casework;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Nobody reported is forgotten: routing to the kecamatan's TKSK, hand-over when a TKSK leaves,
/// deadlines that remind, breach and escalate, follow-ups that catch a relapse, notifications.
/// A scheduled check is delivered here by hand, with the service's clock moved past its time —
/// exactly what Wolverine's scheduler delivers when the time comes (the durability test lets it).
/// </summary>
public sealed class workflow_automation(AppFixture fixture) : IntegrationContext(fixture)
{
    private const string KarangPilang = "35.78.01", Jambangan = "35.78.23";
    private static readonly Actor DeadlineChecks = Actor.System("deadlines");

    private Task<string> Register(string kecamatan, string name, string role = "primary") =>
        Api.Post("/api/v1/coordinators", new { name, phone = "081234500000", kecamatanCode = kecamatan, role })
            .ContinueWith(t => t.Result.Status == HttpStatusCode.Created ? t.Result.Str("id") : throw new InvalidOperationException(t.Result.ToString()));

    private async Task<string> ReportIn(string kecamatan, string urgency = "emergency", string category = "penyandang_disabilitas", bool pasung = true)
    {
        var desa = (await Api.Get($"/api/v1/regions/kecamatan/{kecamatan}/desa")).Body!.AsArray()[0]!["code"]!.GetValue<string>();
        var report = new
        {
            channel = "instagram", reporter = new { anonymous = true }, subject = new { name = "Pak S", sex = "male" },
            location = new { desaCode = desa }, category, pasung, urgency, summary = "Seorang warga dipasung keluarganya.",
        };
        return (await Api.Received(report)).Str("id");
    }

    /// <summary>The desk decides field_response; routing follows at once. The case as it then stands.</summary>
    private async Task<Reply> Routed(string id, string urgency = "emergency", string category = "penyandang_disabilitas")
    {
        await Api.Command(id, "assessment", new { category, urgency, decision = "field_response" }).Ok();
        return await Api.Get($"/api/v1/referrals/{id}");
    }

    private async Task<Referral> Stored(string id)
    {
        await using var session = Fixture.Store.QuerySession();
        return (await session.LoadAsync<Referral>(Guid.Parse(id)))!;
    }

    private async Task<IReadOnlyList<string>> EventTypes(string id)
    {
        await using var session = Fixture.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(Guid.Parse(id))).Select(e => e.EventTypeName).ToList();
    }

    /// <summary>What the scheduler does when the time comes: the check, as a durable message.</summary>
    private Task Deliver(ReferralCommand check) =>
        Host.TrackActivity().Timeout(TimeSpan.FromSeconds(20)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync(ctx => ctx.SendAsync(check).AsTask());

    private async Task<JsonArray> Inbox(string recipient) => (await Api.Get($"/api/v1/notifications?recipient={recipient}")).Node("items")!.AsArray();

    [Fact]
    public async Task routing_prefers_the_primary_then_the_backup_then_the_lightest_caseload_in_real_kecamatan()
    {
        var backup = await Register(KarangPilang, "Budi Cadangan", "backup");
        var primary = await Register(KarangPilang, "Siti Utama");
        var first = await ReportIn(KarangPilang);
        var routed = await Routed(first);
        Assert.Equal(("assigned", primary), (routed.Str("status"), routed.Str("assignment.coordinatorId")));
        var history = (await Api.Get($"/api/v1/referrals/{first}/history")).Body!.AsArray();
        Assert.Equal(("coordinator_assigned", "system:routing"), (history[^1]!["type"]!.GetValue<string>(), history[^1]!["actor"]!.GetValue<string>()));
        Assert.Contains(await Inbox(primary), n => n!["kind"]!.GetValue<string>() == "assignment" && n["text"]!.GetValue<string>().Contains("Karang Pilang"));

        // Two primaries in Jambangan: the second case goes to the one without a case.
        var a = await Register(Jambangan, "Agus");
        var b = await Register(Jambangan, "Dewi");
        var one = (await Routed(await ReportIn(Jambangan))).Str("assignment.coordinatorId");
        var two = (await Routed(await ReportIn(Jambangan))).Str("assignment.coordinatorId");
        Assert.Equal(new[] { a, b }.Order(), new[] { one, two }.Order());

        // Kabupaten Malang's Donomulyo has only a backup: it gets the case.
        var malangBackup = await Register("35.07.01", "Eko", "backup");
        Assert.Equal(malangBackup, (await Routed(await ReportIn("35.07.01"))).Str("assignment.coordinatorId"));
        Assert.NotEqual(backup, primary);
    }

    [Fact]
    public async Task with_no_active_tksk_the_referral_waits_unassigned_and_the_kabupaten_is_told_until_someone_assigns_it()
    {
        var id = await ReportIn(KarangPilang);
        var waiting = await Routed(id);
        Assert.Equal("assessed", waiting.Str("status"));
        Assert.Contains("Karang Pilang", waiting.Str("unassigned.reason"));
        Assert.Contains(await Inbox("kabupaten:35.78"), n => n!["kind"]!.GetValue<string>() == "unassigned" && n["number"]!.GetValue<string>() == waiting.Str("number"));

        // A routing message delivered again changes nothing; a manual assignment clears the flag.
        var version = waiting.Node("version")!.GetValue<int>();
        await Deliver(new RouteReferral(Guid.Parse(id)) { Actor = Actor.System("routing") });
        Assert.Equal(version, (await Stored(id)).Version);
        var coordinator = await Register(Jambangan, "Dewi");
        var assigned = await Api.As(Role.Supervisor, "35.78").Command(id, "assignment", new { coordinatorId = coordinator, reason = "TKSK tetangga" }).Ok();
        Assert.Null(assigned.Node("unassigned"));
    }

    [Fact]
    public async Task a_supervisor_overrides_routing_by_assigning_someone_else()
    {
        await Register(KarangPilang, "Siti Utama");
        var other = await Register(KarangPilang, "Budi Cadangan", "backup");
        var id = await ReportIn(KarangPilang);
        await Routed(id);
        var manual = await Api.As(Role.Supervisor, "35.78").Command(id, "assignment", new { coordinatorId = other, reason = "Siti cuti" }).Ok();
        Assert.Equal(other, manual.Str("assignment.coordinatorId"));
        // A late routing message finds the case assigned and leaves it.
        await Deliver(new RouteReferral(Guid.Parse(id)) { Actor = Actor.System("routing") });
        Assert.Equal(Guid.Parse(other), (await Stored(id)).Assignment!.CoordinatorId);
    }

    [Fact]
    public async Task a_leaving_tksk_hands_every_open_case_to_the_successor_who_must_accept()
    {
        var leaving = await Register(KarangPilang, "Siti Utama");
        var successor = await Register(Jambangan, "Dewi");
        var assigned = await ReportIn(KarangPilang);
        await Routed(assigned);
        var working = await ReportIn(KarangPilang);
        await Routed(working);
        await Api.Command(working, "acceptance").Ok();
        await Api.Command(working, "notes", new { text = "Keluarga kooperatif" }).Ok();

        var deactivated = await Api.As(Role.Supervisor, "35.78").Post($"/api/v1/coordinators/{leaving}/deactivation", new { reason = "Mutasi ke kecamatan lain", successorId = successor });
        Assert.Equal(HttpStatusCode.OK, deactivated.Status);
        Assert.Equal(2, deactivated.Node("openCasesHandedOver")!.GetValue<int>());
        foreach (var id in new[] { assigned, working })
        {
            var view = await Api.Get($"/api/v1/referrals/{id}");
            Assert.Equal(("assigned", successor), (view.Str("status"), view.Str("assignment.coordinatorId")));
        }
        Assert.Contains("note_added", await EventTypes(working));
        Assert.Equal(2, (await Inbox(successor)).Count(n => n!["kind"]!.GetValue<string>() == "assignment"));

        var back = await Api.As(Role.Supervisor, "35.78").Post($"/api/v1/coordinators/{leaving}/reactivation", new { });
        Assert.True(back.Node("active")!.GetValue<bool>());
    }

    [Fact]
    public async Task a_supervisor_cannot_hand_a_leaving_tksks_cases_to_another_kabupatens_tksk()
    {
        var leaving = await Register(KarangPilang, "Siti Utama");
        var inSidoarjo = await Register("35.15.01", "Rina Sidoarjo");
        var refused = await Api.As(Role.Supervisor, "35.78").Post($"/api/v1/coordinators/{leaving}/deactivation", new { reason = "Mutasi", successorId = inSidoarjo });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.Node("errors.successorId"));
        Assert.True((await Api.Get($"/api/v1/coordinators/{leaving}")).Node("active")!.GetValue<bool>());
        // The province may: both kabupaten are its own.
        var moved = await Api.Post($"/api/v1/coordinators/{leaving}/deactivation", new { reason = "Mutasi", successorId = inSidoarjo });
        Assert.Equal(HttpStatusCode.OK, moved.Status);
    }

    [Fact]
    public async Task without_a_successor_cases_go_to_the_kecamatans_other_tksk_or_become_orphaned()
    {
        var leaving = await Register(KarangPilang, "Siti Utama");
        var inKarangPilang = await ReportIn(KarangPilang);
        await Routed(inKarangPilang);
        var backup = await Register(KarangPilang, "Budi Cadangan", "backup");
        var lonely = await Register(Jambangan, "Dewi");
        var inJambangan = await ReportIn(Jambangan);
        await Routed(inJambangan);

        await Api.As(Role.Supervisor, "35.78").Post($"/api/v1/coordinators/{leaving}/deactivation", new { reason = "Pensiun" });
        Assert.Equal(backup, (await Api.Get($"/api/v1/referrals/{inKarangPilang}")).Str("assignment.coordinatorId"));

        await Api.As(Role.Supervisor, "35.78").Post($"/api/v1/coordinators/{lonely}/deactivation", new { reason = "Cuti panjang" });
        var orphaned = await Api.Get($"/api/v1/referrals/{inJambangan}");
        Assert.Contains("Jambangan", orphaned.Str("orphaned.reason"));
        Assert.Contains(await Inbox("kabupaten:35.78"), n => n!["kind"]!.GetValue<string>() == "orphaned");
    }

    [Fact]
    public async Task every_deadline_kind_is_listed_and_breaches_and_escalates_when_missed_and_a_duplicate_check_writes_nothing()
    {
        var coordinator = await Register(KarangPilang, "Siti Utama");
        var id = await ReportIn(KarangPilang);
        var desk = (await Stored(id)).Deadlines.Single();
        Assert.Equal(DeadlineKind.DeskAssessment, desk.Kind);
        Assert.Equal(TimeSpan.FromHours(1), desk.DueAt - (await Stored(id)).ReceivedAt);

        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        await Deliver(new DeadlineDue(Guid.Parse(id), desk.Id, DeadlineStage.Missed) { Actor = DeadlineChecks });
        var late = await Api.Get($"/api/v1/referrals/{id}");
        Assert.True(late.Node("overdue")!.GetValue<bool>());
        Assert.Equal("kabupaten", late.Str("escalationLevel"));
        Assert.True(late.Node("deadlines")!.AsArray()[0]!["breached"]!.GetValue<bool>());
        Assert.Contains(await Inbox("kabupaten:35.78"), n => n!["kind"]!.GetValue<string>() == "deadline_missed");
        var version = (await Stored(id)).Version;
        await Deliver(new DeadlineDue(Guid.Parse(id), desk.Id, DeadlineStage.Missed) { Actor = DeadlineChecks });
        Assert.Equal(version, (await Stored(id)).Version);

        // Met late: no longer overdue, still breached. Then acceptance, first visit, resolution and a step are due.
        await Routed(id);
        var tksk = Api.As(Role.Tksk, KarangPilang, Guid.Parse(coordinator));
        await tksk.Command(id, "acceptance").Ok();
        await tksk.Command(id, "steps", new { kind = "psychiatric_treatment", title = "Rawat inap RSJ", dueDate = DateOnly.FromDateTime(Fixture.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd") }).Ok();
        var referral = await Stored(id);
        Assert.False(referral.Overdue);
        Assert.Equal(
            new[] { DeadlineKind.DeskAssessment, DeadlineKind.Acceptance, DeadlineKind.FirstVisit, DeadlineKind.Resolution, DeadlineKind.Step },
            referral.Deadlines.Select(d => d.Kind));

        Fixture.Clock.Advance(TimeSpan.FromDays(8));
        foreach (var deadline in referral.Deadlines.Where(d => d.Open))
            await Deliver(new DeadlineDue(Guid.Parse(id), deadline.Id, DeadlineStage.Missed) { Actor = DeadlineChecks });
        var missed = (await Stored(id)).Deadlines.Where(d => d.Breached).Select(d => d.Kind).ToList();
        Assert.Equal(new[] { DeadlineKind.DeskAssessment, DeadlineKind.FirstVisit, DeadlineKind.Resolution, DeadlineKind.Step }, missed);
        Assert.Contains(await Inbox(coordinator), n => n!["kind"]!.GetValue<string>() == "deadline_missed");
    }

    [Fact]
    public async Task a_deadline_met_in_time_makes_its_checks_no_ops()
    {
        var id = await ReportIn(KarangPilang);
        var desk = (await Stored(id)).Deadlines.Single();
        await Routed(id);
        Fixture.Clock.Advance(TimeSpan.FromHours(3));
        var version = (await Stored(id)).Version;
        foreach (var stage in Enum.GetValues<DeadlineStage>())
            await Deliver(new DeadlineDue(Guid.Parse(id), desk.Id, stage) { Actor = DeadlineChecks });
        Assert.Equal(version, (await Stored(id)).Version);
        Assert.False((await Stored(id)).Overdue);
    }

    [Fact]
    public async Task a_reminder_tells_the_responsible_person_once()
    {
        var coordinator = await Register(KarangPilang, "Siti Utama");
        var id = await ReportIn(KarangPilang);
        await Routed(id);
        var acceptance = (await Stored(id)).Deadlines.Single(d => d.Kind == DeadlineKind.Acceptance);
        for (var i = 0; i < 2; i++) await Deliver(new DeadlineDue(Guid.Parse(id), acceptance.Id, DeadlineStage.Reminder) { Actor = DeadlineChecks });
        var reminders = (await Inbox(coordinator)).Where(n => n!["kind"]!.GetValue<string>() == "reminder").ToList();
        Assert.Single(reminders);
        Assert.Contains("penerimaan penugasan", reminders[0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_acceptance_missing_at_twice_its_time_goes_to_the_backup_else_to_the_province()
    {
        await Register(KarangPilang, "Siti Utama");
        var backup = await Register(KarangPilang, "Budi Cadangan", "backup");
        var id = await ReportIn(KarangPilang);
        await Routed(id);
        var acceptance = (await Stored(id)).Deadlines.Single(d => d.Kind == DeadlineKind.Acceptance);
        Fixture.Clock.Advance(TimeSpan.FromHours(5));
        await Deliver(new DeadlineDue(Guid.Parse(id), acceptance.Id, DeadlineStage.Missed) { Actor = DeadlineChecks });
        await Deliver(new DeadlineDue(Guid.Parse(id), acceptance.Id, DeadlineStage.Escalation) { Actor = DeadlineChecks });
        var toBackup = await Api.Get($"/api/v1/referrals/{id}");
        Assert.Equal(backup, toBackup.Str("assignment.coordinatorId"));
        Assert.Equal("kabupaten", toBackup.Str("escalationLevel"));

        // The backup does not accept either: nobody is left in the kecamatan, so the province is told.
        var second = (await Stored(id)).Deadlines.Single(d => d is { Kind: DeadlineKind.Acceptance, Open: true });
        Fixture.Clock.Advance(TimeSpan.FromHours(5));
        await Deliver(new DeadlineDue(Guid.Parse(id), second.Id, DeadlineStage.Escalation) { Actor = DeadlineChecks });
        Assert.Equal("province", (await Api.Get($"/api/v1/referrals/{id}")).Str("escalationLevel"));
        // The case list says so too: the supervisor's "needs action" page shows it escalated, and since when it changed.
        var listed = (await Api.Get($"/api/v1/referrals?kecamatan={KarangPilang}&pageSize=100")).Node("items")!.AsArray()
            .Single(i => i!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("province", listed["escalationLevel"]!.GetValue<string>());
        Assert.True(listed["updatedAt"]!.GetValue<DateTimeOffset>() >= (await Stored(id)).ReceivedAt);
        Assert.Contains(await Inbox("province:35"), n => n!["kind"]!.GetValue<string>() == "escalation");
    }

    [Fact]
    public async Task escalated_cases_are_listed_while_open_even_once_no_longer_overdue()
    {
        var coordinator = await Register(KarangPilang, "Siti Utama");
        var id = await ReportIn(KarangPilang);
        var other = await ReportIn(KarangPilang);
        var desk = (await Stored(id)).Deadlines.Single();
        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        await Deliver(new DeadlineDue(Guid.Parse(id), desk.Id, DeadlineStage.Missed) { Actor = DeadlineChecks });
        async Task<List<string>> Listed(string filter) => [.. (await Api.Get($"/api/v1/referrals?kecamatan={KarangPilang}&{filter}")).Node("items")!.AsArray()
            .Select(i => i!["id"]!.GetValue<string>())];
        Assert.Equal([id], await Listed("escalated=true"));
        Assert.Equal([other], await Listed("escalated=false"));

        // The desk's deadline met late: no longer overdue, still escalated, so still the supervisor's to look at.
        await Routed(id);
        Assert.DoesNotContain(id, await Listed("overdue=true"));
        Assert.Equal([id], await Listed("escalated=true"));
        Assert.Equal([id], await Listed("escalated=true&overdue=false"));

        // Closed, it keeps the level it reached in its history but leaves the list.
        var tksk = Api.As(Role.Tksk, KarangPilang, Guid.Parse(coordinator));
        await tksk.Command(id, "acceptance").Ok();
        await tksk.Command(id, "field-assessment", new { riskLevel = "critical", needs = new[] { "psychiatric" }, identityVerified = true }).Ok();
        await tksk.Command(id, "resolution", new { outcome = "freed_and_treated" }).Ok();
        await Api.As(Role.Supervisor, "35.78").Command(id, "closure", new { approved = true }).Ok();
        Assert.Equal("kabupaten", (await Api.Get($"/api/v1/referrals/{id}")).Str("escalationLevel"));
        Assert.Empty(await Listed("escalated=true"));
        Assert.Equal(new[] { id, other }.Order(), (await Listed("escalated=false")).Order());
    }

    [Fact]
    public async Task deadlines_are_checked_from_rows_stored_with_the_case_and_not_by_scheduled_envelopes()
    {
        var id = await ReportIn(KarangPilang, urgency: "high");
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        var schema = Fixture.Store.Options.DatabaseSchemaName;
        await using var command = new NpgsqlCommand(
            $"select count(*), min(check_at), max(check_at) from {schema}.deadline_checks where referral_id = @id;" +
            $"select count(*) from {schema}.wolverine_incoming_envelopes where status = 'Scheduled' and position(convert_to(@text, 'UTF8') in body) > 0", connection);
        command.Parameters.AddWithValue("id", Guid.Parse(id));
        command.Parameters.AddWithValue("text", id);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var received = (await Stored(id)).ReceivedAt;
        // The desk assessment's reminder (at 75 % of 8 hours) and the deadline itself.
        Assert.Equal(2, reader.GetInt64(0));
        Assert.Equal(received.AddHours(6), reader.GetFieldValue<DateTimeOffset>(1), TimeSpan.FromSeconds(1));
        Assert.Equal(received.AddHours(8), reader.GetFieldValue<DateTimeOffset>(2), TimeSpan.FromSeconds(1));
        await reader.NextResultAsync();
        await reader.ReadAsync();
        Assert.Equal(0, reader.GetInt64(0));
    }

    [Fact]
    public async Task the_sweeper_runs_a_due_check_once_and_deletes_its_row_with_the_change()
    {
        var id = await ReportIn(KarangPilang, urgency: "high");
        Fixture.Clock.Advance(TimeSpan.FromHours(9));
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        var table = $"{Fixture.Store.Options.DatabaseSchemaName}.deadline_checks";
        // The database's clock decides what is due: both checks of this case are made due now.
        await using (var due = new NpgsqlCommand($"update {table} set check_at = now() - interval '1 second' where referral_id = @id", connection))
        {
            due.Parameters.AddWithValue("id", Guid.Parse(id));
            Assert.Equal(2, await due.ExecuteNonQueryAsync());
        }
        var until = DateTimeOffset.UtcNow.AddSeconds(20);
        long left;
        do
        {
            await Task.Delay(100);
            await using var count = new NpgsqlCommand($"select count(*) from {table} where referral_id = @id", connection);
            count.Parameters.AddWithValue("id", Guid.Parse(id));
            left = (long)(await count.ExecuteScalarAsync())!;
        } while (left > 0 && DateTimeOffset.UtcNow < until);
        Assert.Equal(0, left);
        var events = await EventTypes(id);
        Assert.Equal(1, events.Count(e => e == "deadline_missed"));
        Assert.Equal(1, events.Count(e => e == "referral_escalated"));
        Assert.Equal("kabupaten", (await Api.Get($"/api/v1/referrals/{id}")).Str("escalationLevel"));
    }

    [Fact]
    public async Task a_follow_up_finding_re_pasung_reopens_the_case_as_episode_2_routed_again_with_its_own_follow_ups_on_closing()
    {
        var coordinator = await Register(KarangPilang, "Siti Utama");
        var tksk = Api.As(Role.Tksk, KarangPilang, Guid.Parse(coordinator));
        var supervisor = Api.As(Role.Supervisor, "35.78");
        var id = await ReportIn(KarangPilang);
        await Routed(id);
        await tksk.Command(id, "acceptance").Ok();
        await tksk.Command(id, "field-assessment", new { riskLevel = "critical", needs = new[] { "psychiatric" }, identityVerified = true }).Ok();
        await tksk.Command(id, "resolution", new { outcome = "freed_and_treated" }).Ok();
        var closed = await supervisor.Command(id, "closure", new { approved = true }).Ok();
        var followUps = closed.Node("followUps")!.AsArray();
        var closedAt = closed.Node("episodes")!.AsArray()[0]!["closedAt"]!.GetValue<DateTimeOffset>();
        Assert.Equal([30, 90, 180], followUps.Select(f => (int)Math.Round((f!["dueAt"]!.GetValue<DateTimeOffset>() - closedAt).TotalDays)));

        var stable = await tksk.Command(id, $"follow-ups/{followUps[0]!["id"]}", new { subjectStatus = "stable", visitedAt = DateTimeOffset.UtcNow.AddHours(-1) }).Ok();
        Assert.Equal("closed", stable.Str("status"));

        await tksk.Command(id, $"follow-ups/{followUps[1]!["id"]}", new { subjectStatus = "re_pasung", visitedAt = DateTimeOffset.UtcNow.AddHours(-1), notes = "Dipasung lagi" }).Ok();
        var episode2 = await Api.Get($"/api/v1/referrals/{id}");
        Assert.Equal((2, "assigned", coordinator), (episode2.Node("episode")!.GetValue<int>(), episode2.Str("status"), episode2.Str("assignment.coordinatorId")));
        Assert.False(episode2.Node("assignment.accepted")!.GetValue<bool>());
        var episodes = episode2.Node("episodes")!.AsArray();
        Assert.Equal(("freed_and_treated", 2), (episodes[0]!["outcome"]!.GetValue<string>(), episodes[1]!["number"]!.GetValue<int>()));

        await tksk.Command(id, "acceptance").Ok();
        await tksk.Command(id, "field-assessment", new { riskLevel = "high", needs = new[] { "psychiatric" }, identityVerified = true }).Ok();
        await tksk.Command(id, "resolution", new { outcome = "rehabilitated" }).Ok();
        var closedAgain = await supervisor.Command(id, "closure", new { approved = true }).Ok();
        Assert.Equal(3, closedAgain.Node("followUps")!.AsArray().Count(f => f!["episode"]!.GetValue<int>() == 2));
    }

    [Fact]
    public async Task a_follow_up_not_recorded_on_time_is_overdue_for_the_tksk_and_the_kabupaten()
    {
        var coordinator = await Register(KarangPilang, "Siti Utama");
        var tksk = Api.As(Role.Tksk, KarangPilang, Guid.Parse(coordinator));
        var id = await ReportIn(KarangPilang, category: "lanjut_usia_telantar", pasung: false);
        await Routed(id, category: "lanjut_usia_telantar");
        await tksk.Command(id, "acceptance").Ok();
        await tksk.Command(id, "resolution", new { outcome = "declined_services" }).Ok();
        await Api.As(Role.Supervisor, "35.78").Command(id, "closure", new { approved = true }).Ok();
        var first = (await Stored(id)).Deadlines.First(d => d.Kind == DeadlineKind.FollowUp);

        Fixture.Clock.Advance(TimeSpan.FromDays(31));
        await Deliver(new DeadlineDue(Guid.Parse(id), first.Id, DeadlineStage.Missed) { Actor = DeadlineChecks });
        Assert.True((await Stored(id)).Overdue);
        Assert.Contains(await Inbox(coordinator), n => n!["kind"]!.GetValue<string>() == "follow_up_overdue");
        Assert.Contains(await Inbox("kabupaten:35.78"), n => n!["kind"]!.GetValue<string>() == "follow_up_overdue");
    }

    [Fact]
    public async Task closed_cases_with_nobody_to_follow_up_get_none()
    {
        var id = await ReportIn(KarangPilang);
        await Register(KarangPilang, "Siti Utama");
        await Routed(id);
        await Api.Command(id, "acceptance").Ok();
        await Api.Command(id, "resolution", new { outcome = "deceased" }).Ok();
        Assert.Empty((await Api.Command(id, "closure", new { approved = true }).Ok()).Node("followUps")!.AsArray());
    }

    [Fact]
    public async Task the_inbox_is_newest_first_with_the_unread_count_and_each_reads_only_their_own()
    {
        var coordinator = await Register(KarangPilang, "Siti Utama");
        foreach (var _ in Enumerable.Range(0, 3)) await Routed(await ReportIn(KarangPilang));
        var tksk = Api.As(Role.Tksk, KarangPilang, Guid.Parse(coordinator));
        var inbox = await tksk.Get($"/api/v1/notifications?recipient={coordinator}");
        var items = inbox.Node("items")!.AsArray();
        Assert.Equal((3, 3), (items.Count, inbox.Node("unread")!.GetValue<int>()));
        Assert.True(items[0]!["createdAt"]!.GetValue<DateTimeOffset>() >= items[2]!["createdAt"]!.GetValue<DateTimeOffset>());
        await tksk.Post($"/api/v1/notifications/{items[0]!["id"]}/read", new { });
        Assert.Equal(2, (await tksk.Get($"/api/v1/notifications?recipient={coordinator}")).Node("unread")!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden, (await tksk.Get("/api/v1/notifications?recipient=kabupaten:35.78")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.As(Role.Supervisor, "35.07").Get("/api/v1/notifications?recipient=kabupaten:35.78")).Status);
    }

    [Fact]
    public async Task the_gateway_gets_each_notification_without_personal_data_and_a_failing_one_is_kept_and_retried()
    {
        var coordinator = await Register(KarangPilang, "Siti Utama");
        await Routed(await ReportIn(KarangPilang));
        var sent = await Until(() => Fixture.Gateway.Received.Count > 0 ? Fixture.Gateway.Received[0] : null);
        Assert.Equal(coordinator, sent["recipient"]!.GetValue<string>());
        Assert.DoesNotContain("Pak S", sent.ToJsonString());

        Fixture.Gateway.Failing = true;
        await Routed(await ReportIn(KarangPilang));
        // The retries are durable scheduled messages: each comes round at the scheduler's next look.
        var failed = await Eventually(async () =>
            (await Api.Get("/api/v1/deliveries?status=failed")).Body!.AsArray() is { Count: > 0 } list ? list[0] : null);
        Assert.Equal(3, failed["attempts"]!.GetValue<int>());
        Assert.Equal(3, Fixture.Gateway.Refused);

        Fixture.Gateway.Failing = false;
        Assert.Equal(HttpStatusCode.Accepted, (await Api.Post($"/api/v1/deliveries/{failed["id"]}/retry", new { })).Status);
        await Until(() => Fixture.Gateway.Received.Count == 2 ? "delivered" : null);
        Assert.Empty((await Api.Get("/api/v1/deliveries?status=failed")).Body!.AsArray());
    }

    private static Task<T> Until<T>(Func<T?> probe) where T : class => Eventually(() => Task.FromResult(probe()));

    private static async Task<T> Eventually<T>(Func<Task<T?>> probe, TimeSpan? within = null) where T : class
    {
        var until = DateTimeOffset.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (DateTimeOffset.UtcNow < until)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"not within {within ?? TimeSpan.FromSeconds(10)}");
    }
}
