using TKSK.Cases.Assignment;
using TKSK.Cases.Casework;
using TKSK.Cases.FieldWork;
using TKSK.Cases.FollowUps;
using TKSK.Cases.Notes;
using TKSK.Cases.Referrals;
using TKSK.Cases.Resolution;
using static TKSK.Cases.Tests.Specs.ReferralStories;

namespace TKSK.Cases.Tests.Specs;

/// <summary>
/// A command recorded on a phone without a connection, judged against what happened since the phone's base version
/// (OfflineReplay.Judge): every fact and decision against every kind of change since, written out by hand.
/// </summary>
public sealed class offline_replay_rules
{
    private const string Agus_ = "tksk-agus", Supervisor = "sup-surabaya", Operator = "op-siti";
    private static readonly Guid Step = Guid.Parse("01900000-0000-7000-8000-000000000051");
    private static readonly Guid OtherStep = Guid.Parse("01900000-0000-7000-8000-000000000052");

    private static readonly object[] Base = [.. InProgress(), new InterventionStepAdded(Step, StepKind.Other, "Langkah", null, null, T0),
        new InterventionStepAdded(OtherStep, StepKind.Other, "Langkah lain", null, null, T0)];

    // What may happen since the base, and who did it.
    private static readonly Dictionary<string, (object Event, string By)> Since = new()
    {
        ["nothing"] = (null!, ""),
        ["their note"] = (new NoteAdded(Guid.NewGuid(), "catatan operator", T0), Operator),
        ["deadline missed"] = (new DeadlineMissed(Guid.NewGuid(), DeadlineKind.FirstVisit, T0, T0), "system:deadlines"),
        ["reassigned"] = (new CoordinatorAssigned(Dewi.Id, Dewi.Name, Dewi.Phone, Dewi.KecamatanCode, "pindah", Agus.Id, T0), Supervisor),
        ["resolved by admin"] = (new ReferralResolved(Outcome.Deceased, null, T0), "test-admin"),
        ["their assessment"] = (new FieldAssessmentRecorded(RiskLevel.Low, [Need.Food], false, null, null, T0), "test-admin"),
        ["same step completed"] = (new InterventionStepCompleted(Step, null, T0, T0), "test-admin"),
        ["other step completed"] = (new InterventionStepCompleted(OtherStep, null, T0, T0), "test-admin"),
        ["my own assessment"] = (new FieldAssessmentRecorded(RiskLevel.High, [Need.Medical], true, null, null, T0), Agus_),
        ["my own decline"] = (new AssignmentDeclined(Agus.Id, "sakit", T0), Agus_),
        ["my own resolution"] = (new ReferralResolved(Outcome.Deceased, null, T0), Agus_),
    };

    // Expected verdict for a fact and for a decision about Step, after each change: C clean, F fact kept and flagged, X clash.
    [Theory]
    [InlineData("nothing", "C", "C")]
    [InlineData("their note", "C", "C")]
    [InlineData("deadline missed", "C", "C")]
    [InlineData("reassigned", "F", "X")]
    [InlineData("resolved by admin", "F", "X")]
    [InlineData("their assessment", "C", "X")]
    [InlineData("same step completed", "C", "X")]
    [InlineData("other step completed", "C", "C")]
    [InlineData("my own assessment", "C", "C")]
    [InlineData("my own decline", "F", "X")]
    [InlineData("my own resolution", "F", "X")]
    public void a_fact_is_kept_and_a_decision_is_held_back(string change, string fact, string decision)
    {
        var atBase = Given(Base);
        var (e, by) = Since[change];
        var events = e is null ? Base : [.. Base, e];
        var now = Given(events);
        IReadOnlyList<ChangeSince> since = e is null ? [] : [new ChangeSince(events.Length, e, by, T0)];

        Assert.Equal(fact, Code(OfflineReplay.Judge(OfflineKind.Fact, atBase, now, since, Agus_, Step).Verdict));
        Assert.Equal(decision, Code(OfflineReplay.Judge(OfflineKind.Decision, atBase, now, since, Agus_, Step).Verdict));
        // The shortcut that skips folding (from the event's type and author alone) never calls clean what the judgement would not.
        if (e is not null && OfflineReplay.LeavesClean(e.GetType().Name, by, Agus_)) Assert.Equal(("C", "C"), (fact, decision));
    }

    [Fact]
    public void a_case_closed_since_flags_a_fact_as_closed_and_names_what_they_did()
    {
        var atBase = Given(Base);
        object[] events = [.. Base, new ReferralResolved(Outcome.Deceased, null, T0), new ResolutionApproved(null, T0)];
        var since = new List<ChangeSince> { new(events.Length - 1, events[^2], "test-admin", T0), new(events.Length, events[^1], Supervisor, T0) };
        var judged = OfflineReplay.Judge(OfflineKind.Fact, atBase, Given(events), since, Agus_);
        Assert.Equal((OfflineVerdict.FactOnMovedCase, OfflineReplay.Closed), (judged.Verdict, judged.Reason));
        Assert.Equal(["ReferralResolved", "ResolutionApproved"], judged.Theirs.Select(t => t.Type));
    }

    [Fact]
    public void a_decision_on_a_reassigned_case_clashes_as_reassigned()
    {
        var atBase = Given(Base);
        var (e, by) = Since["reassigned"];
        object[] events = [.. Base, e];
        var judged = OfflineReplay.Judge(OfflineKind.Decision, atBase, Given(events), [new(events.Length, e, by, T0)], Agus_);
        Assert.Equal((OfflineVerdict.Clash, OfflineReplay.Reassigned), (judged.Verdict, judged.Reason));
    }

    // Which commands are facts, written out by hand: what happened in the field is kept; what chooses is a decision.
    [Fact]
    public void the_facts_are_a_visit_a_note_a_follow_up_visit_and_a_step_completed()
    {
        var id = Guid.NewGuid();
        var kinds = new Dictionary<ReferralCommand, OfflineKind>
        {
            [new RecordVisit(id, T0, true, null, null, null)] = OfflineKind.Fact,
            [new AddNote(id, "catatan")] = OfflineKind.Fact,
            [new RecordFollowUp(id, Guid.NewGuid(), SubjectStatus.Stable, T0, null)] = OfflineKind.Fact,
            [new CompleteStep(id, Step, null, null)] = OfflineKind.Fact,
            [new RecordFieldAssessment(id, RiskLevel.High, [Need.Medical], true, null, null)] = OfflineKind.Decision,
            [new AcceptAssignment(id)] = OfflineKind.Decision,
            [new DeclineAssignment(id, "sakit")] = OfflineKind.Decision,
            [new AddStep(id, StepKind.Other, "Langkah", null, null)] = OfflineKind.Decision,
            [new StartStep(id, Step)] = OfflineKind.Decision,
            [new CancelStep(id, Step, "tidak perlu")] = OfflineKind.Decision,
            [new ResolveReferral(id, Outcome.Deceased, null)] = OfflineKind.Decision,
        };
        Assert.All(kinds, k => Assert.Equal(k.Value, k.Key.OfflineKind));
    }

    [Fact]
    public void a_conflict_is_resolved_once_and_a_kept_fact_is_never_discarded()
    {
        var decision = Guid.NewGuid();
        var fact = Guid.NewGuid();
        var state = Given([.. Base, Conflicted(decision, factKept: false), Conflicted(fact, factKept: true)]);
        Assert.Null(OfflineReplay.CannotResolve(state, decision, ConflictChoice.Discard));
        Assert.Equal("fact-kept", OfflineReplay.CannotResolve(state, fact, ConflictChoice.Discard)?.Code);
        Assert.Null(OfflineReplay.CannotResolve(state, fact, ConflictChoice.Apply));
        Assert.Equal("conflict-not-found", OfflineReplay.CannotResolve(state, Guid.NewGuid(), ConflictChoice.Apply)?.Code);

        var resolved = Given([.. Base, Conflicted(decision, factKept: false), new OfflineConflictResolved(decision, ConflictChoice.Discard, null, Supervisor, T0)]);
        Assert.Equal("conflict-resolved", OfflineReplay.CannotResolve(resolved, decision, ConflictChoice.Apply)?.Code);
    }

    private static OfflineChangeConflicted Conflicted(Guid id, bool factKept) => new(
        id, Guid.NewGuid(), "phone-1", "RecordVisit", "{}", factKept, OfflineReplay.Reassigned, 5, ReferralStatus.InProgress, Agus.Id, [],
        "JSC-2026-000001", "35.78.01", Agus_, "Agus", "35.78.01", Agus.Id, T0, false, T0);

    private static string Code(OfflineVerdict verdict) => verdict switch
    {
        OfflineVerdict.Clean => "C",
        OfflineVerdict.FactOnMovedCase => "F",
        _ => "X",
    };
}
