namespace TKSK.Cases.Referrals;

/// <summary>
/// The part of evolve that follows time: deadlines (set, met, breached, void), escalation, routing
/// flags, episodes and follow-ups. Pure, like the rest of evolve; applied after every event.
/// </summary>
public static class ReferralTimeline
{
    public static Referral Track(Referral s, object @event) => @event switch
    {
        DeadlineMissed e => WithDeadline(s, d => d.Id == e.DeadlineId, d => d with { Breached = true }),
        ReferralEscalated e => s with { EscalationLevel = e.Level > s.EscalationLevel ? e.Level : s.EscalationLevel, UpdatedAt = e.EscalatedAt },
        ReferralUnassigned e => s with { Unassigned = new RoutingFlag(e.Reason, e.At), UpdatedAt = e.At },
        ReferralOrphaned e => s with { Orphaned = new RoutingFlag(e.Reason, e.At), UpdatedAt = e.At },
        FollowUpRecorded e => Met(s with
        {
            FollowUps = [.. s.FollowUps.Select(f => f.Id == e.FollowUpId
                ? f with { RecordedAt = e.RecordedAt, SubjectStatus = e.SubjectStatus, VisitedAt = e.VisitedAt, Notes = e.Notes } : f)],
            UpdatedAt = e.RecordedAt,
        }, DeadlineKind.FollowUp, e.RecordedAt, e.FollowUpId),
        EpisodeOpened e => VoidAll(s) with
        {
            Assignment = null, Resolution = null, Closure = null, FieldAssessment = null,
            Episode = e.Episode, Episodes = [.. EpisodesSoFar(s), new Episode(e.Episode, e.OpenedAt, e.Reason)],
            EscalationLevel = EscalationLevel.None, UpdatedAt = e.OpenedAt,
        },

        // What the lifecycle's own events do to the deadlines and flags.
        ReferralReceived e => Add(s, DeadlineKind.DeskAssessment, e.DeskAssessmentDue, null),
        ReferralAssessed e => Met(s, DeadlineKind.DeskAssessment, e.AssessedAt),
        ReferralRejected e => VoidAll(Met(s, DeadlineKind.DeskAssessment, e.RejectedAt)),
        CoordinatorAssigned e => Add(Void(s, DeadlineKind.Acceptance), DeadlineKind.Acceptance, e.AcceptanceDue, e.CoordinatorId) with { Unassigned = null, Orphaned = null },
        AssignmentAccepted e => Add(Add(Met(s, DeadlineKind.Acceptance, e.AcceptedAt), DeadlineKind.FirstVisit, e.FirstVisitDue, null), DeadlineKind.Resolution, e.ResolutionDue, null),
        InterventionStepAdded e => Add(s, DeadlineKind.Step, e.Deadline, e.StepId),
        AssignmentDeclined => Void(s, DeadlineKind.Acceptance),
        OutreachVisitRecorded e => Met(s, DeadlineKind.FirstVisit, e.RecordedAt),
        InterventionStepCompleted e => Met(s, DeadlineKind.Step, e.RecordedAt, e.StepId),
        InterventionStepCancelled e => WithDeadline(s, d => d.Kind == DeadlineKind.Step && d.About == e.StepId && d.Open, d => d with { Void = true }),
        ReferralResolved e => Met(s, DeadlineKind.Resolution, e.ResolvedAt),
        ResolutionApproved e => (e.FollowUps ?? []).Aggregate(VoidAll(s) with
        {
            Episodes = [.. EpisodesSoFar(s).Select(ep => ep.Number == s.Episode ? ep with { ClosedAt = e.ClosedAt, Outcome = s.Resolution?.Outcome } : ep)],
            FollowUps = [.. s.FollowUps, .. (e.FollowUps ?? []).Select(f => new FollowUp(f.FollowUpId, s.Episode, f.DueAt))],
        }, (state, f) => Add(state, DeadlineKind.FollowUp, new Due(f.FollowUpId, f.DueAt), f.FollowUpId)),
        _ => s,
    };

    // The first episode is written down when it ends or a second one begins: cases stored before
    // episodes existed then read the same whether folded from scratch or from their stored document.
    private static IReadOnlyList<Episode> EpisodesSoFar(Referral s) => s.Episodes.Count > 0 ? s.Episodes : [new Episode(1, s.ReceivedAt, null)];

    private static Referral Add(Referral s, DeadlineKind kind, Due? due, Guid? about) =>
        due is null ? s : s with { Deadlines = [.. s.Deadlines, new Deadline(due.DeadlineId, kind, due.At, about, s.Episode)] };

    private static Referral Met(Referral s, DeadlineKind kind, DateTimeOffset at, Guid? about = null) =>
        WithDeadline(s, d => d.Kind == kind && d.Open && (about is null || d.About == about), d => d with { MetAt = at });

    private static Referral Void(Referral s, DeadlineKind kind) =>
        WithDeadline(s, d => d.Kind == kind && d.Open, d => d with { Void = true });

    // A rejected report, or an episode that starts over: nothing of the earlier work is due any more.
    private static Referral VoidAll(Referral s) =>
        WithDeadline(s, d => d.Open && d.Kind != DeadlineKind.FollowUp, d => d with { Void = true });

    private static Referral WithDeadline(Referral s, Func<Deadline, bool> which, Func<Deadline, Deadline> change) =>
        s.Deadlines.Any(which) ? s with { Deadlines = [.. s.Deadlines.Select(d => which(d) ? change(d) : d)] } : s;
}
