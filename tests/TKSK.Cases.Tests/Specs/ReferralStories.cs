using TKSK.Cases.Assessment;
using TKSK.Cases.Assignment;
using TKSK.Cases.Coordinators;
using TKSK.Cases.FieldWork;
using TKSK.Cases.Notes;
using TKSK.Cases.Referrals;
using TKSK.Cases.Resolution;
using TKSK.Cases.Casework;

namespace TKSK.Cases.Tests.Specs;

/// <summary>Referral histories as event lists, so specifications read as Given(events) / When(command) / Then.</summary>
public static class ReferralStories
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 23, 2, 0, 0, TimeSpan.FromHours(7));
    public static readonly Guid ReferralId = Guid.Parse("01900000-0000-7000-8000-000000000001");
    public static readonly Coordinator Agus = new() { Id = Guid.Parse("01900000-0000-7000-8000-0000000000a1"), Name = "Agus", Phone = "+6281200000001", KecamatanCode = "35.78.01" };
    public static readonly Coordinator Dewi = new() { Id = Guid.Parse("01900000-0000-7000-8000-0000000000a2"), Name = "Dewi", Phone = "+6281200000002", KecamatanCode = "35.78.02" };
    private static readonly Dictionary<Guid, Coordinator> Coordinators = new() { [Agus.Id] = Agus, [Dewi.Id] = Dewi };

    public static object[] Received() =>
    [
        new ReferralReceived(ReferralId, "JSC-2026-000001", Channel.Instagram, null, T0,
            new Reporter("Warga", "081234567890", false), new Subject("Pak S", null, Sex.Male, 45),
            new Place("35", "Jawa Timur", "35.78", "Kota Surabaya", "35.78.01", "Karang Pilang", "35.78.01.1002", "Kebraon", null, null, null),
            "penyandang_disabilitas", true, Urgency.Emergency, "Dipasung selama dua tahun.", [], T0),
    ];

    public static object[] Assessed() => [.. Received(), new ReferralAssessed("penyandang_disabilitas", Urgency.Emergency, null, T0)];

    public static object[] Rejected() =>
        [.. Received(), new ReferralRejected("pengemis", Urgency.Normal, DeskDecision.Unfounded, null, null, null, T0)];

    public static object[] Assigned() =>
        [.. Assessed(), new CoordinatorAssigned(Agus.Id, Agus.Name, Agus.Phone, Agus.KecamatanCode, null, null, T0)];

    public static object[] InProgress() => [.. Assigned(), new AssignmentAccepted(Agus.Id, T0)];

    public static object[] Resolved() => [.. InProgress(), new ReferralResolved(Outcome.Deceased, null, T0)];

    public static object[] Closed() => [.. Resolved(), new ResolutionApproved(null, T0)];

    public static Referral Given(params object[] events) => ReferralEvolution.Replay(events)!;

    /// <summary>
    /// When(command): what the command's handler decides, with the status table first, as
    /// <see cref="ReferralWorkflow"/> runs it. The coordinators are Agus and Dewi; a duplicate's
    /// original is <paramref name="original"/>.
    /// </summary>
    public static Decision Decide(Referral state, ReferralCommand command, DateTimeOffset now, Referral? original = null) =>
        ReferralPipeline.Decide(state, command, At(now), (s, n) => command switch
        {
            AssessReferral c => AssessReferralHandler.Decide(s, c, original, n),
            AssignCoordinator c => AssignCoordinatorHandler.Decide(s, c, Coordinators.GetValueOrDefault(c.CoordinatorId), n),
            AcceptAssignment c => AcceptOrDeclineHandler.Decide(s, c, n),
            DeclineAssignment c => AcceptOrDeclineHandler.Decide(s, c, n),
            RecordVisit c => RecordVisitHandler.Decide(c, n),
            RecordFieldAssessment c => RecordFieldAssessmentHandler.Decide(c, n),
            AddStep c => InterventionStepHandler.Decide(c, n),
            StartStep c => InterventionStepHandler.Decide(s, c, n),
            CompleteStep c => InterventionStepHandler.Decide(s, c, n),
            CancelStep c => InterventionStepHandler.Decide(s, c, n),
            ResolveReferral c => ResolveReferralHandler.Decide(s, c, n),
            ReviewResolution c => ReviewResolutionHandler.Decide(c, n),
            ReopenReferral c => ReopenReferralHandler.Decide(s, c, n),
            AddNote c => AddNoteHandler.Decide(c, n),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "no rule for this command in the stories"),
        });

    /// <summary>The time and ids a decision is given: the time of the story, ids from a counter rather than a clock.</summary>
    public static DecisionContext At(DateTimeOffset now) =>
        new(now, () => new Guid(0x0190_0000, 0, 0x7000, [0x80, 0, 0, .. BitConverter.GetBytes(Interlocked.Increment(ref _nextId)), 0]));

    private static int _nextId;

    /// <summary>A referral that another one may duplicate: just what the assessment rule looks at.</summary>
    public static Referral Original(Guid id, bool itselfDuplicate = false) => new()
    {
        Id = id, Number = "JSC-2026-000009",
        DeskAssessment = itselfDuplicate ? new DeskAssessment(DeskDecision.Duplicate, "odha", Urgency.Normal, Guid.NewGuid(), "JSC-2026-000008", null, T0, null) : null,
    };

    public static IReadOnlyList<object> Then(this Decision decision) =>
        decision.Rejection is null ? decision.Events : throw new InvalidOperationException($"rejected: {decision.Rejection}");

    /// <summary>The problem a refusal becomes at the HTTP edge.</summary>
    public static Microsoft.AspNetCore.Mvc.ProblemDetails Problem(this Decision decision, Referral state) =>
        ReferralProblems.For(decision.Rejection ?? throw new InvalidOperationException("not refused"), state);
}
