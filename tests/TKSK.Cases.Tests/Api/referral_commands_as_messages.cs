using System.Net;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TKSK.Cases.Access;
using TKSK.Cases.Assessment;
using TKSK.Cases.Assignment;
using TKSK.Cases.FieldWork;
using TKSK.Cases.Notes;
using TKSK.Cases.Referrals;
using TKSK.Cases.Resolution;
using TKSK.Cases.Tests.Support;
using Wolverine;
using Wolverine.Tracking;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.Json;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Automation will send, schedule and retry referral commands as durable messages. Each command,
/// serialized to JSON and back and sent through Wolverine's durable local queue, does exactly
/// what the same command does over HTTP; a refusal that nobody waits for is logged and listed at
/// GET /api/v1/refused-commands.
/// </summary>
public sealed class referral_commands_as_messages(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web);

    private static readonly Actor Admin = new("test-admin", "Test Admin", Role.ProvinceAdmin, null);

    /// <summary>The command, signed by a province admin, as stored in a queue: JSON and back, and still the same command.</summary>
    private static ReferralCommand RoundTrip(ReferralCommand command)
    {
        command = command with { Actor = Admin };
        var json = JsonSerializer.Serialize(command, command.GetType(), Wire);
        var back = (ReferralCommand)JsonSerializer.Deserialize(json, command.GetType(), Wire)!;
        Assert.Equal(json, JsonSerializer.Serialize(back, back.GetType(), Wire));
        return back;
    }

    private async Task Send(ReferralCommand command) =>
        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(20)).ExecuteAndWaitAsync(ctx => ctx.SendAsync(RoundTrip(command)).AsTask());

    private async Task<(string Status, long Version, IReadOnlyList<string> Types)> Stored(string id)
    {
        await using var session = Fixture.Store.QuerySession();
        var referral = (await session.LoadAsync<Referral>(Guid.Parse(id)))!;
        var events = await session.Events.FetchStreamAsync(Guid.Parse(id));
        return (SnakeCaseEnums.Code(referral.Status), referral.Version, events.Select(e => e.EventTypeName).ToList());
    }

    /// <summary>Two referrals in the same state: one takes the command over HTTP, the other as a message.</summary>
    private async Task SameAsHttp(Func<Support.Api, Task<string>> arrange, string action, object body, Func<Guid, ReferralCommand> command, string? path = null)
    {
        var overHttp = await arrange(Api);
        var asMessage = await arrange(Api);
        var reply = await Api.Command(overHttp, path?.Replace("{id}", overHttp) ?? action, body);
        await Send(command(Guid.Parse(asMessage)));

        var (httpStatus, httpVersion, httpTypes) = await Stored(overHttp);
        var (messageStatus, messageVersion, messageTypes) = await Stored(asMessage);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal((httpStatus, httpVersion), (messageStatus, messageVersion));
        Assert.Equal(httpTypes, messageTypes);
    }

    private static async Task<string> Received(Support.Api api) => (await api.Received()).Str("id");

    // Karang Pilang has a TKSK, so an assessed referral is routed to them at once.
    private static async Task<string> Assigned(Support.Api api)
    {
        var coordinators = (await api.Get("/api/v1/coordinators?kecamatan=35.78.01")).Body!.AsArray();
        if (coordinators.Count == 0) await api.Coordinator();
        var id = await Received(api);
        await api.Assessed(id);
        return id;
    }

    private static async Task<string> InProgress(Support.Api api)
    {
        var id = await Assigned(api);
        await api.Command(id, "acceptance").Ok();
        return id;
    }

    private static async Task<string> WithStep(Support.Api api)
    {
        var id = await InProgress(api);
        await api.Command(id, "steps", new { kind = "other", title = "Kunjungan keluarga" }).Ok();
        return id;
    }

    private async Task<Guid> StepOf(string id)
    {
        await using var session = Fixture.Store.QuerySession();
        return (await session.LoadAsync<Referral>(Guid.Parse(id)))!.Steps.Single().Id;
    }

    private static async Task<string> Resolved(Support.Api api)
    {
        var id = await InProgress(api);
        await api.Command(id, "resolution", new { outcome = "deceased" }).Ok();
        return id;
    }

    private static async Task<string> Closed(Support.Api api)
    {
        var id = await Resolved(api);
        await api.Command(id, "closure", new { approved = true }).Ok();
        return id;
    }

    [Fact]
    public Task assessment() => SameAsHttp(Received, "assessment",
        new { category = "penyandang_disabilitas", urgency = "high", decision = "field_response", notes = "ok" },
        id => new AssessReferral(id, "penyandang_disabilitas", Urgency.High, DeskDecision.FieldResponse, null, "ok"));

    [Fact]
    public async Task assessment_as_a_duplicate_links_the_original_too()
    {
        var original = await Received(Api);
        await SameAsHttp(Received, "assessment",
            new { category = "penyandang_disabilitas", urgency = "high", decision = "duplicate", duplicateOf = original },
            id => new AssessReferral(id, "penyandang_disabilitas", Urgency.High, DeskDecision.Duplicate, Guid.Parse(original), null));
        Assert.Equal(2, (await Api.Get($"/api/v1/referrals/{original}")).Node("duplicates")!.AsArray().Count);
    }

    [Fact]
    public async Task assignment()
    {
        var coordinator = await Api.Coordinator("35.78.02", "Dewi Lestari");
        await SameAsHttp(Assigned, "assignment", new { coordinatorId = coordinator, reason = "routing" },
            id => new AssignCoordinator(id, Guid.Parse(coordinator), "routing"));
    }

    [Fact]
    public Task acceptance() => SameAsHttp(Assigned, "acceptance", new { }, id => new AcceptAssignment(id));

    [Fact]
    public Task decline() => SameAsHttp(Assigned, "decline", new { reason = "cuti" }, id => new DeclineAssignment(id, "cuti"));

    [Fact]
    public Task visit() => SameAsHttp(InProgress, "visits", new { visitedAt = "2026-11-20T08:00:00+07:00", subjectFound = true },
        id => new RecordVisit(id, DateTimeOffset.Parse("2026-11-20T08:00:00+07:00"), true, null, null, null));

    [Fact]
    public Task field_assessment() => SameAsHttp(InProgress, "field-assessment",
        new { riskLevel = "high", needs = new[] { "psychiatric" }, identityVerified = true },
        id => new RecordFieldAssessment(id, RiskLevel.High, [Need.Psychiatric], true, null, null));

    [Fact]
    public Task adding_a_step() => SameAsHttp(InProgress, "steps", new { kind = "pasung_release", title = "Pembebasan pasung" },
        id => new AddStep(id, StepKind.PasungRelease, "Pembebasan pasung", null, null));

    [Fact]
    public async Task starting_completing_and_cancelling_steps()
    {
        foreach (var (action, make) in new (string, Func<Guid, Guid, ReferralCommand>)[]
                 {
                     ("start", (id, step) => new StartStep(id, step)),
                     ("complete", (id, step) => new CompleteStep(id, step, "selesai", null)),
                     ("cancel", (id, step) => new CancelStep(id, step, "tidak perlu")),
                 })
        {
            var overHttp = await WithStep(Api);
            var asMessage = await WithStep(Api);
            var body = action switch { "complete" => (object)new { notes = "selesai" }, "cancel" => new { reason = "tidak perlu" }, _ => new { } };
            Assert.Equal(HttpStatusCode.OK, (await Api.Command(overHttp, $"steps/{await StepOf(overHttp)}/{action}", body)).Status);
            await Send(make(Guid.Parse(asMessage), await StepOf(asMessage)));
            var (viaHttp, viaMessage) = (await Stored(overHttp), await Stored(asMessage));
            Assert.Equal((viaHttp.Version, viaHttp.Types[^1]), (viaMessage.Version, viaMessage.Types[^1]));
        }
    }

    [Fact]
    public Task resolution() => SameAsHttp(InProgress, "resolution", new { outcome = "deceased" }, id => new ResolveReferral(id, Outcome.Deceased, null));

    [Fact]
    public Task closure() => SameAsHttp(Resolved, "closure", new { approved = true }, id => new ReviewResolution(id, true, null));

    [Fact]
    public Task reopening() => SameAsHttp(Closed, "reopening", new { reason = "kambuh" }, id => new ReopenReferral(id, "kambuh"));

    [Fact]
    public Task note() => SameAsHttp(Received, "notes", new { text = "Pelapor menelepon lagi" }, id => new AddNote(id, "Pelapor menelepon lagi"));

    [Fact]
    public async Task a_rule_refusal_writes_nothing_and_is_logged_and_listed_for_operators()
    {
        var id = await Received(Api);
        var overHttp = await Api.Command(id, "resolution", new { outcome = "deceased" });
        Assert.Equal("urn:tksk-cases:problem:invalid-transition", overHttp.Str("type"));

        await Send(new ResolveReferral(Guid.Parse(id), Outcome.Deceased, null));

        Assert.Equal(1, (await Stored(id)).Version);
        var refused = (await Api.Get($"/api/v1/refused-commands?referral={id}")).Body!.AsArray().Single()!;
        Assert.Equal(("ResolveReferral", "resolution", "invalid-transition"),
            (refused["command"]!.GetValue<string>(), refused["action"]!.GetValue<string>(), refused["code"]!.GetValue<string>()));
        Assert.Equal("'resolution' tidak dapat dilakukan saat rujukan berstatus 'received'.", refused["reason"]!.GetValue<string>());
        Assert.Equal("deceased", refused["body"]!["outcome"]!.GetValue<string>());
        Assert.Contains(Fixture.Logs.Lines, l => l.StartsWith("Warning") && l.Contains(id) && l.Contains("ResolveReferral") && l.Contains("invalid-transition"));
    }

    [Fact]
    public async Task a_command_breaking_its_request_rules_is_refused_as_over_http()
    {
        var id = await Received(Api);
        var overHttp = await Api.Command(id, "notes", new { text = " " });
        Assert.Equal(HttpStatusCode.BadRequest, overHttp.Status);
        Assert.NotNull(overHttp.Body!["errors"]!["text"]);

        await Send(new AddNote(Guid.Parse(id), " "));

        Assert.Equal(1, (await Stored(id)).Version);
        var refused = (await Api.Get($"/api/v1/refused-commands?referral={id}")).Body!.AsArray().Single()!;
        Assert.Equal("validation", refused["code"]!.GetValue<string>());
        Assert.NotNull(refused["facts"]!["text"]);
        Assert.Contains(Fixture.Logs.Lines, l => l.StartsWith("Warning") && l.Contains(id) && l.Contains("AddNote") && l.Contains("validation"));
    }

    [Fact]
    public async Task a_command_scheduled_for_a_second_later_runs_from_the_database()
    {
        var id = await Received(Api);
        await using (var scope = Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().ScheduleAsync(RoundTrip(new AddNote(Guid.Parse(id), "Dijadwalkan")), TimeSpan.FromSeconds(1));

        for (var waited = 0; waited < 100 && (await Stored(id)).Version == 1; waited++) await Task.Delay(100);
        Assert.Equal("Dijadwalkan", (await Api.Get($"/api/v1/referrals/{id}")).Node("notes")!.AsArray().Single()!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task the_refused_command_list_names_a_bad_filter()
    {
        var reply = await Api.Get("/api/v1/refused-commands?referral=nope");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.NotNull(reply.Body!["errors"]!["referral"]);
    }
}
