using TKSK.Cases.Assessment;
using TKSK.Cases.Assignment;
using TKSK.Cases.FieldWork;
using TKSK.Cases.Referrals;
using TKSK.Cases.Resolution;
using static TKSK.Cases.Tests.Specs.ReferralStories;

namespace TKSK.Cases.Tests.Specs;

public sealed class lifecycle_rules
{
    private static readonly DateTimeOffset Now = T0.AddDays(1);

    [Fact]
    public void field_response_assesses_and_other_decisions_reject()
    {
        var assessed = Decide(Given(Received()), new AssessReferral(ReferralId, "odha", Urgency.High, DeskDecision.FieldResponse, null, "ok"), Now).Then();
        Assert.Equal([new ReferralAssessed("odha", Urgency.High, "ok", Now)], assessed);

        var rejected = Decide(Given(Received()), new AssessReferral(ReferralId, "odha", Urgency.Normal, DeskDecision.OutOfScope, null, null), Now).Then();
        Assert.Equal([new ReferralRejected("odha", Urgency.Normal, DeskDecision.OutOfScope, null, null, null, Now)], rejected);
    }

    [Fact]
    public void a_duplicate_needs_an_original_that_is_not_itself_a_duplicate_nor_the_same_referral()
    {
        Decision Duplicate(Referral original) =>
            Decide(Given(Received()), new AssessReferral(ReferralId, "odha", Urgency.Normal, DeskDecision.Duplicate, original.Id, null), Now, original);
        var original = Original(Guid.NewGuid());

        Assert.Equal(original.Id, ((ReferralRejected)Duplicate(original).Then()[0]).DuplicateOf);
        Assert.Equal("duplicateOf", Duplicate(Original(original.Id, itselfDuplicate: true)).Rejection!.Field);
        Assert.Equal("duplicateOf", Duplicate(Original(ReferralId)).Rejection!.Field);
    }

    [Fact]
    public void reassigning_to_the_same_coordinator_is_refused_and_to_another_records_the_previous_one()
    {
        var state = Given(InProgress());
        Assert.Equal("urn:tksk-cases:problem:already-assigned", Decide(state, new AssignCoordinator(ReferralId, Agus.Id, null), Now).Problem(state).Type);
        var events = Decide(state, new AssignCoordinator(ReferralId, Dewi.Id, "pindah"), Now).Then();
        Assert.Equal(Agus.Id, ((CoordinatorAssigned)events[0]).PreviousCoordinatorId);
        Assert.Equal(ReferralStatus.Assigned, Given([.. InProgress(), .. events]).Status);
    }

    [Fact]
    public void assigning_the_tksk_of_another_kecamatan_needs_a_reason_and_is_marked_out_of_kecamatan()
    {
        var state = Given(Assessed());
        var refused = Decide(state, new AssignCoordinator(ReferralId, Dewi.Id, " "), Now);
        Assert.Equal(("reason-required-outside-kecamatan", "reason"), (refused.Rejection!.Code, refused.Rejection.Field));
        Assert.Equal(400, refused.Problem(state).Status);

        var neighbour = Decide(state, new AssignCoordinator(ReferralId, Dewi.Id, "TKSK Karang Pilang cuti"), Now).Then();
        Assert.True(((CoordinatorAssigned)neighbour[0]).OutOfKecamatan);
        Assert.True(Given([.. Assessed(), .. neighbour]).Assignment!.OutOfKecamatan);
        var own = Decide(state, new AssignCoordinator(ReferralId, Agus.Id, null), Now).Then();
        Assert.False(Given([.. Assessed(), .. own]).Assignment!.OutOfKecamatan);
    }

    [Fact]
    public void declining_clears_the_assignment_and_returns_to_assessed()
    {
        var events = Decide(Given(Assigned()), new DeclineAssignment(ReferralId, "  cuti  "), Now).Then();
        Assert.Equal([new AssignmentDeclined(Agus.Id, "cuti", Now)], events);
        var state = Given([.. Assigned(), .. events]);
        Assert.Equal((ReferralStatus.Assessed, null as Referrals.Assignment), (state.Status, state.Assignment));
    }

    [Theory]
    [InlineData(Outcome.FreedAndTreated, false)]
    [InlineData(Outcome.PlacedInInstitution, false)]
    [InlineData(Outcome.Other, false)]
    [InlineData(Outcome.SubjectNotFound, true)]
    [InlineData(Outcome.Deceased, true)]
    [InlineData(Outcome.DeclinedServices, true)]
    [InlineData(Outcome.MovedOutOfArea, true)]
    public void without_a_field_assessment_only_outcomes_that_make_it_impossible_resolve(Outcome outcome, bool accepted)
    {
        var state = Given(InProgress());
        var decision = Decide(state, new ResolveReferral(ReferralId, outcome, null), Now);
        Assert.Equal(accepted, decision.Rejection is null);
        if (!accepted) Assert.Equal("urn:tksk-cases:problem:resolution-not-ready", decision.Problem(state).Type);
    }

    [Fact]
    public void an_open_step_blocks_resolution_until_it_is_completed_or_cancelled()
    {
        var stepId = Guid.NewGuid();
        var history = new List<object>(InProgress())
        {
            new FieldAssessmentRecorded(RiskLevel.High, [Need.Psychiatric], true, null, null, T0),
            new InterventionStepAdded(stepId, StepKind.PsychiatricTreatment, "RSJ Menur", "RSJ Menur", null, T0),
        };
        var resolve = new ResolveReferral(ReferralId, Outcome.FreedAndTreated, null);
        Assert.Equal("urn:tksk-cases:problem:resolution-not-ready", Decide(Given([.. history]), resolve, Now).Problem(Given([.. history])).Type);

        history.Add(new InterventionStepCancelled(stepId, "Keluarga menolak", T0));
        Assert.Null(Decide(Given([.. history]), resolve, Now).Rejection);
    }

    [Fact]
    public void a_field_nik_replaces_the_reported_one()
    {
        var events = Decide(Given(InProgress()), new RecordFieldAssessment(ReferralId, RiskLevel.Low, [Need.Food, Need.Food], false, "3578011204800001", null), Now).Then();
        var state = Given([.. InProgress(), .. events]);
        Assert.Equal("3578011204800001", state.Subject.Nik);
        Assert.Equal([Need.Food], state.FieldAssessment!.Needs);
    }

    [Fact]
    public void reopening_returns_to_in_progress_with_a_coordinator_and_to_assessed_without()
    {
        var fromClosed = Decide(Given(Closed()), new ReopenReferral(ReferralId, "kambuh"), Now).Then();
        Assert.Equal(ReferralStatus.InProgress, Given([.. Closed(), .. fromClosed]).Status);
        Assert.Null(Given([.. Closed(), .. fromClosed]).Resolution);

        var fromRejected = Decide(Given(Rejected()), new ReopenReferral(ReferralId, "laporan baru"), Now).Then();
        Assert.Equal(ReferralStatus.Assessed, Given([.. Rejected(), .. fromRejected]).Status);
    }

    [Fact]
    public void a_supervisor_sending_back_clears_the_resolution_and_keeps_the_reason()
    {
        var events = Decide(Given(Resolved()), new ReviewResolution(ReferralId, false, "Belum dikunjungi"), Now).Then();
        var state = Given([.. Resolved(), .. events]);
        Assert.Equal(ReferralStatus.InProgress, state.Status);
        Assert.Null(state.Resolution);
        Assert.Equal(new Closure(false, "Belum dikunjungi", Now, null), state.Closure);
    }
}
