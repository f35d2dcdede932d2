using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Json;

namespace TKSK.Cases.Dashboards;

/// <summary>
/// What the dashboards know of one referral, kept by <see cref="CaseFiguresProjection"/> at its own position
/// in the event store (never the inline documents, which run ahead of it): codes and flags to count, and the
/// first time each SLA stage started and ended. The "first" times never change once set, which is what lets
/// the SLA figures be asked as of any past day. Nothing personal is kept here.
/// </summary>
public sealed record ReferralFacts
{
    public Guid Id { get; init; }
    public string ProvinceCode { get; init; } = "";
    public string KabupatenCode { get; init; } = "";
    public string KecamatanCode { get; init; } = "";
    public string Status { get; init; } = "";
    public string Category { get; init; } = "";
    public string Urgency { get; init; } = "";
    /// <summary>The urgency the report came in with: the desk's SLA target is set by it.</summary>
    public string IntakeUrgency { get; init; } = "";
    public string Channel { get; init; } = "";
    public bool Pasung { get; init; }
    public Guid? CoordinatorId { get; init; }

    // Automation's flags.
    public IReadOnlyList<OpenDeadline> OpenDeadlines { get; init; } = [];
    public bool Overdue { get; init; }
    public bool Orphaned { get; init; }
    public int FollowUpsDue { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset? DeskAt { get; init; }
    public DateTimeOffset? RejectedAt { get; init; }
    public DateTimeOffset? FirstAssignedAt { get; init; }
    public DateTimeOffset? FirstAcceptedAt { get; init; }
    /// <summary>When the first visit took place; <see cref="FirstVisitKnownAt"/> is when it was recorded.</summary>
    public DateTimeOffset? FirstVisitAt { get; init; }
    public DateTimeOffset? FirstVisitKnownAt { get; init; }
    public DateTimeOffset? FirstResolvedAt { get; init; }

    public bool Freed { get; init; }
    /// <summary>Psychiatric-treatment steps started and not yet finished.</summary>
    public IReadOnlyList<Guid> TreatmentsUnderway { get; init; } = [];
    /// <summary>The pasung-related steps by id (pasung_release, psychiatric_treatment): the only kinds these figures follow.</summary>
    public IReadOnlyDictionary<Guid, StepKind> TrackedSteps { get; init; } = new Dictionary<Guid, StepKind>();
    public int RelapseEpisodes { get; init; }

    public bool Open => Status is "received" or "assessed" or "assigned" or "in_progress";
    public bool Unassigned => Status == "assessed";
    public bool InTreatment => Pasung && Status is not ("closed" or "rejected") && TreatmentsUnderway.Count > 0;
}

/// <summary>The facts' evolve function, outside the record so that Marten's source generator does not take it for a convention method.</summary>
public static class ReferralFactsEvolution
{
    /// <summary>Pure: the facts after one event; <paramref name="at"/> is the event's own time (<see cref="ReferralEventFacts.At"/>), in UTC.</summary>
    public static ReferralFacts? Evolve(ReferralFacts? f, object data, DateTimeOffset at)
    {
        if (data is ReferralReceived r)
            return new ReferralFacts
            {
                Id = r.ReferralId, ProvinceCode = r.Place.ProvinceCode, KabupatenCode = r.Place.KabupatenCode, KecamatanCode = r.Place.KecamatanCode,
                Status = Code(ReferralStatus.Received), Category = r.Category, Urgency = Code(r.Urgency), IntakeUrgency = Code(r.Urgency),
                Channel = Code(r.Channel), Pasung = r.Pasung, ReceivedAt = at, OpenDeadlines = OpenDeadlines.After([], r),
            };
        if (f is null) return null;

        var next = data switch
        {
            ReferralAssessed e => f with { Category = e.Category, Urgency = Code(e.Urgency), DeskAt = f.DeskAt ?? at },
            ReferralRejected e => f with { Category = e.Category, Urgency = Code(e.Urgency), DeskAt = f.DeskAt ?? at, RejectedAt = f.RejectedAt ?? at },
            CoordinatorAssigned e => f with { CoordinatorId = e.CoordinatorId, FirstAssignedAt = f.FirstAssignedAt ?? at, Orphaned = false },
            AssignmentAccepted => f with { FirstAcceptedAt = f.FirstAcceptedAt ?? at },
            AssignmentDeclined => f with { CoordinatorId = null },
            OutreachVisitRecorded e when f.FirstVisitAt is null => f with { FirstVisitAt = e.VisitedAt.ToUniversalTime(), FirstVisitKnownAt = at },
            ReferralResolved e => f with
            {
                FirstResolvedAt = f.FirstResolvedAt ?? at, Freed = f.Freed || (f.Pasung && e.Outcome == Outcome.FreedAndTreated),
            },
            // The problem came back after the case was closed: for a pasung case, a relapse episode.
            ReferralReopened when f.Status == Code(ReferralStatus.Closed) && f.Pasung => f with { RelapseEpisodes = f.RelapseEpisodes + 1 },
            EpisodeOpened when f.Pasung => f with { RelapseEpisodes = f.RelapseEpisodes + 1, CoordinatorId = null },
            EpisodeOpened => f with { CoordinatorId = null },
            ReferralOrphaned => f with { Orphaned = true },
            InterventionStepAdded e when e.Kind is StepKind.PasungRelease or StepKind.PsychiatricTreatment =>
                f with { TrackedSteps = new Dictionary<Guid, StepKind>(f.TrackedSteps) { [e.StepId] = e.Kind } },
            InterventionStepStarted e when f.TrackedSteps.GetValueOrDefault(e.StepId, StepKind.Other) == StepKind.PsychiatricTreatment =>
                f with { TreatmentsUnderway = [.. f.TreatmentsUnderway.Where(id => id != e.StepId), e.StepId] },
            InterventionStepCompleted e when f.TrackedSteps.TryGetValue(e.StepId, out var kind) => f with
            {
                Freed = f.Freed || (f.Pasung && kind == StepKind.PasungRelease),
                TreatmentsUnderway = [.. f.TreatmentsUnderway.Where(id => id != e.StepId)],
            },
            InterventionStepCancelled e => f with { TreatmentsUnderway = [.. f.TreatmentsUnderway.Where(id => id != e.StepId)] },
            _ => f,
        };
        var open = OpenDeadlines.After(f.OpenDeadlines, data);
        next = next with { OpenDeadlines = open, Overdue = open.Any(d => d.Breached), FollowUpsDue = open.Count(d => d.Kind == DeadlineKind.FollowUp) };
        return ReferralEventFacts.StatusAfter(data) is { } status ? next with { Status = Code(status) } : next;
    }

    private static string Code<T>(T value) where T : struct, Enum => SnakeCaseEnums.Code(value);
}
