using TKSK.Cases.Assessment;
using TKSK.Cases.Assignment;
using TKSK.Cases.FieldWork;
using TKSK.Cases.Notes;
using TKSK.Cases.Referrals;
using TKSK.Cases.Resolution;
using static TKSK.Cases.Tests.Specs.ReferralStories;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.Json;

namespace TKSK.Cases.Tests.Specs;

/// <summary>Every (status × command) pair through the decider: exactly the allowed set is accepted.</summary>
public sealed class status_by_command
{
    private static readonly Dictionary<string, object[]> Histories = new()
    {
        ["received"] = Received(), ["assessed"] = Assessed(), ["rejected"] = Rejected(), ["assigned"] = Assigned(),
        ["in_progress"] = InProgress(), ["resolved"] = Resolved(), ["closed"] = Closed(),
    };

    // A valid instance of every command; the coordinator differs from the one already assigned.
    private static readonly Dictionary<string, ReferralCommand> Commands = new()
    {
        ["assessment"] = new AssessReferral(ReferralId, "penyandang_disabilitas", Urgency.High, DeskDecision.FieldResponse, null, null),
        ["assignment"] = new AssignCoordinator(ReferralId, Dewi.Id, "TKSK kecamatan tetangga"),
        ["acceptance"] = new AcceptAssignment(ReferralId),
        ["decline"] = new DeclineAssignment(ReferralId, "Sedang cuti"),
        ["visits"] = new RecordVisit(ReferralId, T0, true, null, null, null),
        ["field-assessment"] = new RecordFieldAssessment(ReferralId, RiskLevel.High, [Need.Psychiatric], true, null, null),
        ["steps"] = new AddStep(ReferralId, StepKind.PasungRelease, "Pembebasan pasung", null, null),
        ["resolution"] = new ResolveReferral(ReferralId, Outcome.Deceased, null),
        ["closure"] = new ReviewResolution(ReferralId, true, null),
        ["reopening"] = new ReopenReferral(ReferralId, "Kambuh"),
        ["notes"] = new AddNote(ReferralId, "Catatan"),
    };

    // The table as specified in the issue; written out, not derived from the code under test.
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["received"] = ["assessment", "notes"],
        ["assessed"] = ["assignment", "notes"],
        ["rejected"] = ["reopening", "notes"],
        ["assigned"] = ["assignment", "acceptance", "decline", "notes"],
        ["in_progress"] = ["assignment", "visits", "field-assessment", "steps", "resolution", "notes"],
        ["resolved"] = ["closure", "notes"],
        ["closed"] = ["reopening", "notes"],
    };

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var status in Histories.Keys) foreach (var command in Commands.Keys) data.Add(status, command);
        return data;
    }

    [Theory, MemberData(nameof(Pairs))]
    public void only_the_allowed_commands_are_accepted_in_each_status(string status, string command)
    {
        var state = Given(Histories[status]);
        Assert.Equal(status, SnakeCaseEnums.Code(state.Status));

        var decision = Decide(state, Commands[command], T0.AddHours(1));

        if (Allowed[status].Contains(command))
        {
            Assert.Null(decision.Rejection);
            Assert.NotEmpty(decision.Events);
        }
        else
        {
            Assert.Empty(decision.Events);
            Assert.Equal("urn:tksk-cases:problem:invalid-transition", decision.Problem(state).Type);
            Assert.Equal(409, decision.Problem(state).Status);
        }
    }

    [Fact]
    public void allowed_actions_in_the_case_view_are_exactly_the_table()
    {
        foreach (var (status, history) in Histories)
            Assert.Equal(Allowed[status].Order(), CaseView.Of(Given(history)).AllowedActions.Order());
    }

    [Theory]
    [InlineData("start", "planned", true)]
    [InlineData("complete", "planned", true)]
    [InlineData("cancel", "planned", true)]
    [InlineData("start", "in_progress", false)]
    [InlineData("complete", "in_progress", true)]
    [InlineData("cancel", "in_progress", true)]
    [InlineData("start", "completed", false)]
    [InlineData("complete", "completed", false)]
    [InlineData("cancel", "completed", false)]
    [InlineData("start", "cancelled", false)]
    [InlineData("complete", "cancelled", false)]
    [InlineData("cancel", "cancelled", false)]
    public void step_commands_follow_the_step_status(string action, string stepStatus, bool accepted)
    {
        var stepId = Guid.NewGuid();
        var history = new List<object>(InProgress()) { new InterventionStepAdded(stepId, StepKind.Other, "Langkah", null, null, T0) };
        if (stepStatus == "in_progress") history.Add(new InterventionStepStarted(stepId, T0));
        if (stepStatus == "completed") history.Add(new InterventionStepCompleted(stepId, null, T0, T0));
        if (stepStatus == "cancelled") history.Add(new InterventionStepCancelled(stepId, "x", T0));
        ReferralCommand command = action switch
        {
            "start" => new StartStep(ReferralId, stepId),
            "complete" => new CompleteStep(ReferralId, stepId, null, null),
            _ => new CancelStep(ReferralId, stepId, "Tidak perlu"),
        };

        var state = Given([.. history]);
        var decision = Decide(state, command, T0);

        Assert.Equal(accepted, decision.Rejection is null);
        if (!accepted) Assert.Equal("urn:tksk-cases:problem:invalid-step-transition", decision.Problem(state).Type);
    }

    [Fact]
    public void a_step_command_outside_in_progress_is_an_invalid_transition_and_the_step_offers_no_actions()
    {
        var stepId = Guid.NewGuid();
        var working = Given([.. InProgress(), new InterventionStepAdded(stepId, StepKind.Other, "Langkah", null, null, T0)]);
        Assert.Equal(["start", "complete", "cancel"], CaseView.Of(working).Steps.Single().AllowedActions);

        var state = Given([.. InProgress(), new InterventionStepAdded(stepId, StepKind.Other, "Langkah", null, null, T0),
            new ReferralResolved(Outcome.Deceased, null, T0)]);
        Assert.Empty(CaseView.Of(state).Steps.Single().AllowedActions);
        Assert.Equal("urn:tksk-cases:problem:invalid-transition", Decide(state, new StartStep(ReferralId, stepId), T0).Problem(state).Type);
    }
}
