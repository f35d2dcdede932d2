using Microsoft.Extensions.Options;
using TKSK.Cases.Access;
using TKSK.Cases.Deadlines;
using TKSK.Cases.Notifications;
using TKSK.Cases.Referrals;
using TKSK.Cases.Routing;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Workflow;

/// <summary>
/// The workflow's policy, pure: which deadlines a case gets and when they are checked, when it is
/// routed, who is told what, and which closed cases are followed up. Called after every change to
/// a referral, in the same transaction (ReferralPipeline).
/// </summary>
public static class Reactions
{
    private static readonly Actor Deadlines = Actor.System("deadlines"), Routing = Actor.System("routing");

    /// <summary>Closed with these, there is nobody to follow up.</summary>
    private static readonly HashSet<Outcome> NoFollowUp = [Outcome.Deceased, Outcome.MovedOutOfArea, Outcome.SubjectNotFound];
    private static readonly HashSet<string> FollowedUpCategories = ["penyandang_disabilitas", "korban_napza", "lanjut_usia_telantar"];

    public static Reaction After(Referral? before, Referral after, IReadOnlyList<object> events, DecisionContext at, SlaPolicy policy)
    {
        var now = at.Now;
        var completed = new List<object>();
        var messages = new List<object>();
        var scheduled = new List<(object, DateTimeOffset)>();
        var version = before?.Version ?? 0;
        foreach (var e in events)
        {
            version++;
            completed.Add(e switch
            {
                ReferralReceived r => r with { DeskAssessmentDue = Set(DeadlineKind.DeskAssessment, policy.For(DeadlineKind.DeskAssessment, after.Urgency)) },
                CoordinatorAssigned a => a with { AcceptanceDue = Set(DeadlineKind.Acceptance, policy.For(DeadlineKind.Acceptance, after.Urgency)) },
                AssignmentAccepted a => a with
                {
                    // Once per episode: a new TKSK taking the case over does not restart the clock.
                    FirstVisitDue = FirstOfEpisode(after, DeadlineKind.FirstVisit) && !after.Visits.Any(v => v.VisitedAt >= EpisodeStart(after))
                        ? Set(DeadlineKind.FirstVisit, policy.For(DeadlineKind.FirstVisit, after.Urgency)) : null,
                    ResolutionDue = FirstOfEpisode(after, DeadlineKind.Resolution) ? Set(DeadlineKind.Resolution, policy.For(DeadlineKind.Resolution, after.Urgency)) : null,
                },
                InterventionStepAdded { DueDate: { } day } step => step with { Deadline = Check(new Due(step.StepId, Wib.EndOf(day)), DeadlineKind.Step) },
                ResolutionApproved closed when FollowedUp(after) => closed with
                {
                    FollowUps = [.. policy.FollowUps.Select(offset => new ScheduledFollowUp(at.NewId(), now + offset))],
                },
                _ => e,
            });
            switch (completed[^1])
            {
                case ResolutionApproved { FollowUps: { } followUps }:
                    foreach (var f in followUps) Schedule(new Due(f.FollowUpId, f.DueAt), DeadlineKind.FollowUp);
                    break;
                case ReferralAssessed or EpisodeOpened:
                    messages.Add(new RouteReferral(after.Id) { Actor = Routing });
                    break;
                case CoordinatorAssigned assigned:
                    messages.Add(Notices.Assigned(after, assigned.CoordinatorId, version));
                    break;
                case DeadlineMissed missed when after.Deadlines.FirstOrDefault(d => d.Id == missed.DeadlineId) is { } deadline:
                    messages.AddRange(Notices.Missed(after, deadline));
                    break;
                case ReferralEscalated escalated when Notices.Escalated(after, escalated, version) is { } notice:
                    messages.Add(notice);
                    break;
                case ReferralUnassigned:
                    messages.Add(Notices.Unassigned(after, version));
                    break;
                case ReferralOrphaned:
                    messages.Add(Notices.Orphaned(after, version));
                    break;
                case OfflineChangeConflicted conflict:
                    messages.AddRange(Notices.OfflineConflict(after, conflict));
                    break;
            }
        }
        return new Reaction(completed, messages, scheduled);

        Due Set(DeadlineKind kind, TimeSpan allowed)
        {
            var due = new Due(at.NewId(), now + allowed);
            Schedule(due, kind);
            return due;
        }

        Due Check(Due due, DeadlineKind kind)
        {
            Schedule(due, kind);
            return due;
        }

        // The deadline's checks, stored with the events (DeadlineChecks): a reminder, the deadline itself, and for an acceptance the escalation.
        void Schedule(Due due, DeadlineKind kind)
        {
            var allowed = due.At - now;
            scheduled.Add((new DeadlineDue(after.Id, due.DeadlineId, DeadlineStage.Reminder) { Actor = Deadlines }, now + allowed * policy.ReminderAt));
            scheduled.Add((new DeadlineDue(after.Id, due.DeadlineId, DeadlineStage.Missed) { Actor = Deadlines }, due.At));
            if (kind == DeadlineKind.Acceptance)
                scheduled.Add((new DeadlineDue(after.Id, due.DeadlineId, DeadlineStage.Escalation) { Actor = Deadlines }, now + allowed * policy.AcceptanceEscalationAt));
        }
    }

    private static bool FirstOfEpisode(Referral r, DeadlineKind kind) => !r.Deadlines.Any(d => d.Kind == kind && d.Episode == r.Episode && !d.Void);

    private static bool FollowedUp(Referral r) =>
        (r.Pasung || FollowedUpCategories.Contains(r.Category)) && r.Resolution is { } resolution && !NoFollowUp.Contains(resolution.Outcome);

    private static DateTimeOffset EpisodeStart(Referral r) => r.Episodes.LastOrDefault()?.OpenedAt ?? r.ReceivedAt;
}

/// <summary>The reactions with the SLA policy in force.</summary>
public sealed class PolicyReactions(IOptionsMonitor<SlaPolicy> policy) : IReferralReactions
{
    public Reaction After(Referral? before, Referral after, IReadOnlyList<object> events, DecisionContext at) =>
        Reactions.After(before, after, events, at, policy.CurrentValue);
}
