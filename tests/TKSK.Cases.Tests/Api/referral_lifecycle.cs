using System.Net;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

public sealed class referral_lifecycle(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task a_pasung_case_goes_from_intake_to_closure()
    {
        var id = (await Api.Received()).Str("id");
        var assessed = await Api.Command(id, "assessment", new { category = "penyandang_disabilitas", urgency = "emergency", decision = "field_response", notes = "Pasung confirmed by village head" }).Ok();
        Assert.Equal("assessed", assessed.Str("status"));
        Assert.Equal("field_response", assessed.Str("deskAssessment.decision"));

        // Routing found no TKSK registered for Karang Pilang yet: the case waits, flagged, for the kabupaten.
        Assert.NotNull((await Api.Get($"/api/v1/referrals/{id}")).Node("unassigned"));
        var coordinator = await Api.Coordinator();
        var assigned = await Api.As(Role.Supervisor, "35.78", subject: "desk.jsc").Command(id, "assignment", new { coordinatorId = coordinator, reason = "TKSK Karang Pilang" }).Ok();
        Assert.Equal("assigned", assigned.Str("status"));
        Assert.Null(assigned.Node("unassigned"));
        Assert.Equal("Agus Santoso", assigned.Str("assignment.coordinatorName"));
        Assert.Equal("+6281298765432", assigned.Str("assignment.coordinatorPhone"));
        Assert.False(assigned.Node("assignment.accepted")!.GetValue<bool>());

        var accepted = await Api.As(Role.Tksk, "35.78.01", Guid.Parse(coordinator), "tksk.agus").Command(id, "acceptance").Ok();
        Assert.Equal("in_progress", accepted.Str("status"));
        Assert.True(accepted.Node("assignment.accepted")!.GetValue<bool>());

        var visited = await Api.Command(id, "visits", new { visitedAt = DateTimeOffset.UtcNow.AddHours(-2), subjectFound = true, notes = "Dipasung di kandang bambu", latitude = -7.33, longitude = 112.7 }).Ok();
        Assert.True(visited.Node("visits")!.AsArray()[0]!["subjectFound"]!.GetValue<bool>());

        var assessedInField = await Api.FieldAssessed(id);
        Assert.Equal("critical", assessedInField.Str("fieldAssessment.riskLevel"));

        var release = (await Api.Command(id, "steps", new { kind = "pasung_release", title = "Pembebasan pasung", institution = "Puskesmas Kebraon" }).Ok()).Node("steps")!.AsArray()[0]!["id"]!.GetValue<string>();
        var treatment = (await Api.Command(id, "steps", new { kind = "psychiatric_treatment", title = "Rawat inap", institution = "RSJ Menur Surabaya", dueDate = "2026-12-31" }).Ok()).Node("steps")!.AsArray()[1]!["id"]!.GetValue<string>();
        await Api.Command(id, $"steps/{release}/start").Ok();
        await Api.Command(id, $"steps/{release}/complete", new { notes = "Dibebaskan bersama keluarga" }).Ok();
        var steps = (await Api.Command(id, $"steps/{treatment}/complete", new { notes = "Dirawat 3 minggu" }).Ok()).Node("steps")!.AsArray();
        Assert.All(steps, s => Assert.Equal("completed", s!["status"]!.GetValue<string>()));

        var resolved = await Api.Command(id, "resolution", new { outcome = "freed_and_treated", notes = "Kembali ke keluarga" }).Ok();
        Assert.Equal("resolved", resolved.Str("status"));
        Assert.Equal(["closure", "notes"], resolved.Strings("allowedActions"));

        var closed = await Api.As(Role.Supervisor, "35.78", subject: "supervisor.surabaya").Command(id, "closure", new { approved = true }).Ok();
        Assert.Equal("closed", closed.Str("status"));
        Assert.Equal(["reopening", "notes"], closed.Strings("allowedActions"));
        Assert.Equal($"\"{closed.Node("version")}\"", closed.ETag);

        var history = (await Api.Get($"/api/v1/referrals/{id}/history")).Body!.AsArray();
        Assert.Equal(
            ["referral_received", "referral_assessed", "referral_unassigned", "coordinator_assigned", "assignment_accepted", "outreach_visit_recorded",
             "field_assessment_recorded", "intervention_step_added", "intervention_step_added", "intervention_step_started",
             "intervention_step_completed", "intervention_step_completed", "referral_resolved", "resolution_approved"],
            history.Select(e => e!["type"]!.GetValue<string>()));
        Assert.Equal(Enumerable.Range(1, 14), history.Select(e => e!["version"]!.GetValue<int>()));
        Assert.Equal("tksk.agus", history[4]!["actor"]!.GetValue<string>());
        Assert.Equal("supervisor.surabaya", history[13]!["actor"]!.GetValue<string>());
        Assert.All(history, e => Assert.False(string.IsNullOrEmpty(e!["correlationId"]?.GetValue<string>())));
        // Automation acts as itself, within the request that caused it.
        Assert.Equal("system:routing", history[2]!["actor"]!.GetValue<string>());
        Assert.Equal(history[1]!["correlationId"]!.GetValue<string>(), history[2]!["correlationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_duplicate_is_rejected_and_both_referrals_show_the_link()
    {
        var original = await Api.Received();
        var copy = (await Api.Received()).Str("id");

        var rejected = await Api.Command(copy, "assessment", new { category = "penyandang_disabilitas", urgency = "high", decision = "duplicate", duplicateOf = original.Str("id") }).Ok();
        Assert.Equal("rejected", rejected.Str("status"));
        Assert.Equal(original.Str("id"), rejected.Str("deskAssessment.duplicateOf"));
        Assert.Equal(original.Str("number"), rejected.Str("deskAssessment.duplicateOfNumber"));

        var originalNow = await Api.Get($"/api/v1/referrals/{original.Str("id")}");
        Assert.Equal(copy, originalNow.Node("duplicates")!.AsArray().Single()!["referralId"]!.GetValue<string>());
        Assert.Equal("received", originalNow.Str("status"));
    }

    [Fact]
    public async Task a_duplicate_of_a_duplicate_or_of_itself_or_of_nothing_is_a_400_naming_duplicate_of()
    {
        var original = (await Api.Received()).Str("id");
        var copy = (await Api.Received()).Str("id");
        await Api.Command(copy, "assessment", new { category = "penyandang_disabilitas", urgency = "high", decision = "duplicate", duplicateOf = original }).Ok();
        var third = (await Api.Received()).Str("id");

        foreach (var target in new[] { copy, third, Guid.NewGuid().ToString() })
        {
            var reply = await Api.Command(third, "assessment", new { category = "penyandang_disabilitas", urgency = "high", decision = "duplicate", duplicateOf = target });
            Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
            Assert.NotNull(reply.Body!["errors"]!["duplicateOf"]);
        }
        Assert.Equal("received", (await Api.Get($"/api/v1/referrals/{third}")).Str("status"));
    }

    [Theory]
    [InlineData("unfounded")]
    [InlineData("out_of_scope")]
    public async Task an_unfounded_or_out_of_scope_report_is_rejected_and_can_be_reopened_to_assessed(string decision)
    {
        var id = (await Api.Received()).Str("id");
        Assert.Equal("rejected", (await Api.Command(id, "assessment", new { category = "pengemis", urgency = "normal", decision }).Ok()).Str("status"));
        var reopened = await Api.Command(id, "reopening", new { reason = "Laporan baru dari kepala desa" }).Ok();
        Assert.Equal("assessed", reopened.Str("status"));
        Assert.Equal(["assignment", "notes"], reopened.Strings("allowedActions"));
    }

    [Fact]
    public async Task a_declined_assignment_returns_to_assessed_and_can_be_given_to_another_coordinator()
    {
        var id = (await Api.Received()).Str("id");
        await Api.Assessed(id);
        var first = await Api.Coordinator();
        await Api.Command(id, "assignment", new { coordinatorId = first }).Ok();

        var missingReason = await Api.Command(id, "decline", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, missingReason.Status);
        Assert.NotNull(missingReason.Body!["errors"]!["reason"]);

        var declined = await Api.Command(id, "decline", new { reason = "Sedang cuti sakit" }).Ok();
        Assert.Equal("assessed", declined.Str("status"));
        Assert.Null(declined.Node("assignment"));

        var second = await Api.Coordinator("35.78.02", "Dewi Lestari");
        Assert.Equal("Dewi Lestari", (await Api.Command(id, "assignment", new { coordinatorId = second, reason = "TKSK Karang Pilang cuti" }).Ok()).Str("assignment.coordinatorName"));
    }

    [Fact]
    public async Task reassignment_while_in_progress_needs_the_new_coordinator_to_accept_and_history_shows_both()
    {
        var (id, first) = await Api.InProgress();
        var second = await Api.Coordinator("35.78.02", "Dewi Lestari");
        var reassigned = await Api.Command(id, "assignment", new { coordinatorId = second, reason = "TKSK pindah tugas" }).Ok();
        Assert.Equal("assigned", reassigned.Str("status"));
        Assert.Equal(second, reassigned.Str("assignment.coordinatorId"));

        var assignments = (await Api.Get($"/api/v1/referrals/{id}/history")).Body!.AsArray()
            .Where(e => e!["type"]!.GetValue<string>() == "coordinator_assigned").Select(e => e!["data"]!).ToList();
        Assert.Equal([first, second], assignments.Select(a => a["coordinatorId"]!.GetValue<string>()));
        Assert.Equal(first, assignments[1]["previousCoordinatorId"]!.GetValue<string>());

        var same = await Api.Command(id, "assignment", new { coordinatorId = second });
        Assert.Equal(HttpStatusCode.Conflict, same.Status);
    }

    [Fact]
    public async Task a_supervisor_sends_a_resolution_back_with_a_reason_and_the_case_is_in_progress_again()
    {
        var (id, _) = await Api.InProgress();
        await Api.Command(id, "resolution", new { outcome = "subject_not_found", notes = "Keluarga pindah" }).Ok();
        var noReason = await Api.Command(id, "closure", new { approved = false });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);

        var sentBack = await Api.Command(id, "closure", new { approved = false, reason = "Cek ke desa sebelah dulu" }).Ok();
        Assert.Equal("in_progress", sentBack.Str("status"));
        Assert.Null(sentBack.Node("resolution"));
        Assert.Equal("Cek ke desa sebelah dulu", sentBack.Str("closure.notes"));
    }

    [Fact]
    public async Task a_closed_case_reopened_on_relapse_goes_back_to_its_coordinator_in_progress()
    {
        var (id, coordinator) = await Api.InProgress();
        await Api.Command(id, "resolution", new { outcome = "declined_services" }).Ok();
        await Api.Command(id, "closure", new { approved = true }).Ok();

        var reopened = await Api.Command(id, "reopening", new { reason = "Kambuh, dipasung lagi" }).Ok();
        Assert.Equal("in_progress", reopened.Str("status"));
        Assert.Equal(coordinator, reopened.Str("assignment.coordinatorId"));
        Assert.Null(reopened.Node("resolution"));
    }

    [Fact]
    public async Task resolving_needs_a_field_assessment_and_no_open_step_unless_the_outcome_makes_that_impossible()
    {
        var (id, _) = await Api.InProgress();
        var early = await Api.Command(id, "resolution", new { outcome = "freed_and_treated" });
        Assert.Equal(HttpStatusCode.Conflict, early.Status);
        Assert.Equal("urn:tksk-cases:problem:resolution-not-ready", early.Str("type"));

        await Api.FieldAssessed(id);
        await Api.Command(id, "steps", new { kind = "civil_documents", title = "Buat KTP", institution = "Dukcapil" }).Ok();
        var stepOpen = await Api.Command(id, "resolution", new { outcome = "receiving_assistance" });
        Assert.Equal(HttpStatusCode.Conflict, stepOpen.Status);
        Assert.Contains("Buat KTP", stepOpen.Str("detail"));

        Assert.Equal("resolved", (await Api.Command(id, "resolution", new { outcome = "deceased" }).Ok()).Str("status"));
    }

    [Fact]
    public async Task a_visit_needs_its_time_and_finding_and_coordinates_as_a_pair_inside_indonesia()
    {
        var (id, _) = await Api.InProgress();
        var reply = await Api.Command(id, "visits", new { notes = "x", latitude = -7.3 });
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        foreach (var field in new[] { "visitedAt", "subjectFound", "longitude" }) Assert.NotNull(reply.Body!["errors"]![field]);

        var abroad = await Api.Command(id, "visits", new { visitedAt = DateTimeOffset.UtcNow, subjectFound = false, latitude = 35.6, longitude = 139.7 });
        Assert.NotNull(abroad.Body!["errors"]!["latitude"]);
        Assert.Empty((await Api.Get($"/api/v1/referrals/{id}")).Node("visits")!.AsArray());
    }

    [Fact]
    public async Task notes_are_allowed_in_every_status_and_show_their_author()
    {
        var id = (await Api.Received()).Str("id");
        var noted = await Api.As(Role.JscOperator, "35", subject: "siti.operator").Command(id, "notes", new { text = "Pelapor menelepon lagi" }).Ok();
        var note = noted.Node("notes")!.AsArray().Single()!;
        Assert.Equal("Pelapor menelepon lagi", note["text"]!.GetValue<string>());
        Assert.Equal("siti.operator", note["by"]!.GetValue<string>());
    }
}
