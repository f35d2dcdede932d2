namespace TKSK.Cases.Referrals;

/// <summary>A deadline still to be met, as the read side follows them.</summary>
public sealed record OpenDeadline(Guid Id, DeadlineKind Kind, DateTimeOffset DueAt, Guid? About, bool Breached = false);

/// <summary>
/// The deadlines still open after an event, for projections that keep no full case (the case list,
/// the dashboards): the same rules as <see cref="ReferralTimeline"/>, without the met and void ones.
/// </summary>
public static class OpenDeadlines
{
    public static IReadOnlyList<OpenDeadline> After(IReadOnlyList<OpenDeadline> open, object @event) => @event switch
    {
        ReferralReceived { DeskAssessmentDue: { } due } => [.. open, new(due.DeadlineId, DeadlineKind.DeskAssessment, due.At, null)],
        ReferralAssessed => Without(open, DeadlineKind.DeskAssessment),
        ReferralRejected or ResolutionApproved or EpisodeOpened => [.. open.Where(d => d.Kind == DeadlineKind.FollowUp), .. FollowUps(@event)],
        CoordinatorAssigned e => e.AcceptanceDue is { } due
            ? [.. Without(open, DeadlineKind.Acceptance), new(due.DeadlineId, DeadlineKind.Acceptance, due.At, e.CoordinatorId)]
            : Without(open, DeadlineKind.Acceptance),
        AssignmentAccepted e => [.. Without(open, DeadlineKind.Acceptance),
            .. new[] { (e.FirstVisitDue, DeadlineKind.FirstVisit), (e.ResolutionDue, DeadlineKind.Resolution) }
                .Where(d => d.Item1 is not null).Select(d => new OpenDeadline(d.Item1!.DeadlineId, d.Item2, d.Item1.At, null))],
        AssignmentDeclined => Without(open, DeadlineKind.Acceptance),
        OutreachVisitRecorded => Without(open, DeadlineKind.FirstVisit),
        InterventionStepAdded { Deadline: { } due } e => [.. open, new(due.DeadlineId, DeadlineKind.Step, due.At, e.StepId)],
        InterventionStepCompleted e => [.. open.Where(d => d.About != e.StepId)],
        InterventionStepCancelled e => [.. open.Where(d => d.About != e.StepId)],
        ReferralResolved => Without(open, DeadlineKind.Resolution),
        FollowUpRecorded e => [.. open.Where(d => d.About != e.FollowUpId)],
        DeadlineMissed e => [.. open.Select(d => d.Id == e.DeadlineId ? d with { Breached = true } : d)],
        _ => open,
    };

    private static IEnumerable<OpenDeadline> FollowUps(object @event) => @event is ResolutionApproved { FollowUps: { } followUps }
        ? followUps.Select(f => new OpenDeadline(f.FollowUpId, DeadlineKind.FollowUp, f.DueAt, f.FollowUpId))
        : [];

    private static IReadOnlyList<OpenDeadline> Without(IReadOnlyList<OpenDeadline> open, DeadlineKind kind) => [.. open.Where(d => d.Kind != kind)];
}
