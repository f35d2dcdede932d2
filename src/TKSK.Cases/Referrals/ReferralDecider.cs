using TKSK.Cases.Assessment;
using TKSK.Cases.Assignment;
using TKSK.Cases.FieldWork;
using TKSK.Cases.Notes;
using TKSK.Cases.Resolution;

namespace TKSK.Cases.Referrals;

/// <summary>A command on an existing referral, after its fields were validated.</summary>
public interface IReferralCommand
{
    /// <summary>The URL segment of the command: the name used in <c>allowedActions</c>.</summary>
    string Action { get; }
}

/// <summary>Why a command was refused: a stable problem <c>type</c> and the words for the user.</summary>
/// <param name="Field">For a 400: the request field at fault, as a JSON path.</param>
public sealed record Rejection(string Type, int Status, string Title, string Detail, string? Field = null);

/// <summary>What a command does to a referral: new events, or a rejection and nothing written.</summary>
public sealed record Decision(IReadOnlyList<object> Events, Rejection? Rejection)
{
    public static Decision Accept(params object[] events) => new(events, null);
    public static Decision Reject(Rejection rejection) => new([], rejection);
}

/// <summary>
/// The referral's rules: (current state, command, now) → events or a rejection. Pure; no I/O,
/// no clock. Data from elsewhere (a coordinator, a duplicate's target) arrives inside the command.
/// </summary>
public static class ReferralDecider
{
    /// <summary>Outcomes after which neither a field assessment nor finished steps can be expected.</summary>
    public static readonly IReadOnlySet<Outcome> OutcomesWithoutFieldWork =
        new HashSet<Outcome> { Outcome.SubjectNotFound, Outcome.Deceased, Outcome.DeclinedServices, Outcome.MovedOutOfArea };

    public static Decision Decide(Referral state, IReferralCommand command, DateTimeOffset now)
    {
        if (!state.AllowedActions.Contains(command.Action))
            return Decision.Reject(Problems.InvalidTransition(state, command.Action));

        return command switch
        {
            AssessReferral c => Assess(state, c, now),
            AssignCoordinator c => Assign(state, c, now),
            AcceptAssignment => Decision.Accept(new AssignmentAccepted(state.Assignment!.CoordinatorId, now)),
            DeclineAssignment c => Decision.Accept(new AssignmentDeclined(state.Assignment!.CoordinatorId, c.Reason!.Trim(), now)),
            RecordVisit c => Decision.Accept(new OutreachVisitRecorded(
                Guid.CreateVersion7(now), c.VisitedAt!.Value, c.SubjectFound!.Value, c.Notes, c.Latitude, c.Longitude, now)),
            RecordFieldAssessment c => Decision.Accept(new FieldAssessmentRecorded(
                c.RiskLevel!.Value, [.. c.Needs!.Distinct()], c.IdentityVerified!.Value, c.Nik, c.Findings, now)),
            AddStep c => Decision.Accept(new InterventionStepAdded(Guid.CreateVersion7(now), c.Kind!.Value, c.Title!.Trim(), c.Institution, c.DueDate, now)),
            StartStep c => OnStep(state, c.StepId, "start", () => new InterventionStepStarted(c.StepId, now)),
            CompleteStep c => OnStep(state, c.StepId, "complete", () => new InterventionStepCompleted(c.StepId, c.Notes, c.CompletedAt ?? now, now)),
            CancelStep c => OnStep(state, c.StepId, "cancel", () => new InterventionStepCancelled(c.StepId, c.Reason!.Trim(), now)),
            ResolveReferral c => Resolve(state, c, now),
            ReviewResolution c => c.Approved == true
                ? Decision.Accept(new ResolutionApproved(c.Reason, now))
                : Decision.Accept(new ResolutionSentBack(c.Reason!.Trim(), now)),
            ReopenReferral c => Decision.Accept(new ReferralReopened(
                c.Reason!.Trim(), state.Assignment is null ? ReferralStatus.Assessed : ReferralStatus.InProgress, now)),
            AddNote c => Decision.Accept(new NoteAdded(Guid.CreateVersion7(now), c.Text!.Trim(), now)),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "unknown referral command"),
        };
    }

    private static Decision Assess(Referral state, AssessReferral c, DateTimeOffset now)
    {
        if (c.Decision == DeskDecision.FieldResponse)
            return Decision.Accept(new ReferralAssessed(c.Category!, c.Urgency!.Value, c.Notes, now));

        var target = c.DuplicateTarget;
        if (c.Decision == DeskDecision.Duplicate)
        {
            if (target is null || target.Id == state.Id || target.IsItselfDuplicate)
                return Decision.Reject(Problems.InvalidDuplicateTarget(target?.Id == state.Id));
            return Decision.Accept(
                new ReferralRejected(c.Category!, c.Urgency!.Value, DeskDecision.Duplicate, target.Id, target.Number, c.Notes, now));
        }
        return Decision.Accept(new ReferralRejected(c.Category!, c.Urgency!.Value, c.Decision!.Value, null, null, c.Notes, now));
    }

    private static Decision Assign(Referral state, AssignCoordinator c, DateTimeOffset now)
    {
        var coordinator = c.Coordinator!;
        if (state.Assignment?.CoordinatorId == coordinator.Id)
            return Decision.Reject(Problems.AlreadyAssigned(state, coordinator.Name));
        return Decision.Accept(new CoordinatorAssigned(
            coordinator.Id, coordinator.Name, coordinator.Phone, coordinator.KecamatanCode, c.Reason,
            state.Assignment?.CoordinatorId, now));
    }

    private static Decision Resolve(Referral state, ResolveReferral c, DateTimeOffset now)
    {
        var outcome = c.Outcome!.Value;
        if (!OutcomesWithoutFieldWork.Contains(outcome))
        {
            if (state.FieldAssessment is null)
                return Decision.Reject(Problems.ResolutionNotReady(state,
                    "Asesmen lapangan belum dicatat.", "No field assessment has been recorded yet."));
            var open = state.Steps.Where(s => s.IsOpen).Select(s => s.Title).ToList();
            if (open.Count > 0)
                return Decision.Reject(Problems.ResolutionNotReady(state,
                    $"Masih ada langkah intervensi yang terbuka: {string.Join(", ", open)}.",
                    $"Intervention steps still open: {string.Join(", ", open)}."));
        }
        return Decision.Accept(new ReferralResolved(outcome, c.Notes, now));
    }

    private static Decision OnStep(Referral state, Guid stepId, string action, Func<object> @event)
    {
        var step = state.Steps.FirstOrDefault(s => s.Id == stepId);
        if (step is null) return Decision.Reject(Problems.StepNotFound(stepId));
        if (!step.AllowedActions.Contains(action)) return Decision.Reject(Problems.InvalidStepTransition(step, action));
        return Decision.Accept(@event());
    }
}
