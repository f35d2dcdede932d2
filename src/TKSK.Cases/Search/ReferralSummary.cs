using JasperFx.Events;
using Marten.Events.Aggregation;
using TKSK.Cases.Categories;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Json;

namespace TKSK.Cases.Search;

/// <summary>
/// One referral as the case list filters, sorts and shows it: codes as the API spells them, region codes
/// at every level (scope is a filter), and the automation's flags. Kept inline, in the same transaction
/// as the events, so the operator's queue shows a report the moment it is logged.
/// </summary>
public sealed record ReferralSummary
{
    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public string Status { get; init; } = "";
    public bool Open { get; init; }
    public string Category { get; init; } = "";
    public string Urgency { get; init; } = "";
    /// <summary>normal 1, high 2, emergency 3: what sort=urgency orders by.</summary>
    public int UrgencyLevel { get; init; }
    public string Channel { get; init; } = "";
    public bool Pasung { get; init; }
    public string ProvinceCode { get; init; } = "";
    public string KabupatenCode { get; init; } = "";
    public string KabupatenName { get; init; } = "";
    public string KecamatanCode { get; init; } = "";
    public string KecamatanName { get; init; } = "";
    /// <summary>Reported about a place outside the served area: the province desk's to decide (written from 2026-12-07).</summary>
    public bool OutOfArea { get; init; }
    public Guid? CoordinatorId { get; init; }
    public string? CoordinatorName { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    /// <summary>When what the list shows last changed (a note or a consent does not count).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    // Automation's flags: deadlines (OpenDeadlines), orphaned, escalation, follow-ups.
    public IReadOnlyList<OpenDeadline> OpenDeadlines { get; init; } = [];
    /// <summary>The soonest deadline still to be met.</summary>
    public DateTimeOffset? NextDueAt { get; init; }
    public bool Overdue { get; init; }
    /// <summary>Assessed and waiting for a coordinator (never assigned, declined, or reopened without one).</summary>
    public bool Unassigned { get; init; }
    public bool Orphaned { get; init; }
    public int EscalationLevel { get; init; }
    public int FollowUpsDue { get; init; }

    // Personal data, blanked by PersonalDataErased.
    public string? SubjectName { get; init; }
    public string Summary { get; init; } = "";
    /// <summary>Case number, subject's name and summary, folded for spelling-tolerant search (<see cref="SearchText"/>).</summary>
    public string SearchText { get; init; } = "";
    public bool PersonalDataErased { get; init; }
}

/// <summary>Folds each referral stream into its summary, inline. Each event is one arm: automation's events become arms here.</summary>
public sealed partial class ReferralSummaryProjection : SingleStreamProjection<ReferralSummary, Guid>
{
    /// <summary>
    /// The events that can change what the list shows, filters or sorts on. Only these are given to the projection: a
    /// note, a field assessment or a consent would otherwise rewrite the row's 15 indexed columns and its trigram entry
    /// for nothing. A new event type is left out until it is named here; a test holds every other type to changing nothing.
    /// </summary>
    public static readonly Type[] Listed =
    [
        typeof(ReferralReceived), typeof(ReferralAssessed), typeof(ReferralRejected), typeof(CoordinatorAssigned), typeof(AssignmentAccepted),
        typeof(AssignmentDeclined), typeof(OutreachVisitRecorded), typeof(InterventionStepAdded), typeof(InterventionStepCompleted),
        typeof(InterventionStepCancelled), typeof(ReferralResolved), typeof(ResolutionApproved), typeof(ResolutionSentBack),
        typeof(ReferralReopened), typeof(PersonalDataErased), typeof(DeadlineMissed), typeof(ReferralEscalated), typeof(ReferralOrphaned),
        typeof(FollowUpRecorded), typeof(EpisodeOpened),
    ];

    private static readonly HashSet<Type> ListedSet = [.. Listed];

    public ReferralSummaryProjection()
    {
        foreach (var type in Listed) IncludeType(type);
    }

    public override ReferralSummary? Evolve(ReferralSummary? snapshot, Guid id, IEvent e) => Next(snapshot, e.Data, e.Timestamp);

    /// <summary>Pure: the summary after one event.</summary>
    public static ReferralSummary? Next(ReferralSummary? s, object data, DateTimeOffset recorded)
    {
        if (data is ReferralReceived r)
            return WithStatus(WithDeadlines(new ReferralSummary
            {
                Id = r.ReferralId, Number = r.Number, Category = r.Category, Urgency = SnakeCaseEnums.Code(r.Urgency), UrgencyLevel = Level(r.Urgency),
                Channel = SnakeCaseEnums.Code(r.Channel), Pasung = r.Pasung, ProvinceCode = r.Place.ProvinceCode,
                KabupatenCode = r.Place.KabupatenCode, KabupatenName = r.Place.KabupatenName,
                KecamatanCode = r.Place.KecamatanCode, KecamatanName = r.Place.KecamatanName, OutOfArea = r.OutOfArea == true, ReceivedAt = r.ReceivedAt.ToUniversalTime(),
                SubjectName = r.Subject.Name, Summary = r.Summary, SearchText = SearchText(r.Number, r.Subject.Name, r.Summary),
            }, OpenDeadlines.After([], r)), ReferralStatus.Received, r.ReceivedAt.ToUniversalTime());
        if (s is null) return null;
        // Inline, a stream appended with a listed event brings its other events along: they are passed over here as a
        // rebuild (which reads only the listed types) passes them over, so both give the same summary.
        return ListedSet.Contains(data.GetType()) ? Fold(s, data, recorded) : s;
    }

    /// <summary>Pure: what one event does to a summary, listed type or not (a test holds the others to changing nothing). Not named Apply: Marten would take it for a convention method.</summary>
    public static ReferralSummary Fold(ReferralSummary s, object data, DateTimeOffset recorded)
    {
        // Stored in UTC: PostgreSQL's timestamptz columns (and Npgsql) take no other offset.
        var at = ReferralEventFacts.At(data, recorded).ToUniversalTime();
        var next = data switch
        {
            ReferralAssessed e => s with { Category = e.Category, Urgency = SnakeCaseEnums.Code(e.Urgency), UrgencyLevel = Level(e.Urgency) },
            ReferralRejected e => s with { Category = e.Category, Urgency = SnakeCaseEnums.Code(e.Urgency), UrgencyLevel = Level(e.Urgency) },
            CoordinatorAssigned e => s with { CoordinatorId = e.CoordinatorId, CoordinatorName = e.CoordinatorName, Orphaned = false },
            ReferralOrphaned => s with { Orphaned = true },
            ReferralEscalated e => s with { EscalationLevel = Math.Max(s.EscalationLevel, (int)e.Level) },
            EpisodeOpened => s with { CoordinatorId = null, CoordinatorName = null, EscalationLevel = 0 },
            AssignmentDeclined => s with { CoordinatorId = null, CoordinatorName = null },
            PersonalDataErased => s with { SubjectName = null, Summary = "", SearchText = SearchText(s.Number, null, ""), PersonalDataErased = true },
            _ => s,
        };
        next = WithDeadlines(next, OpenDeadlines.After(s.OpenDeadlines, data));
        return ReferralEventFacts.StatusAfter(data) is { } status ? WithStatus(next, status, at) : next with { UpdatedAt = at };
    }

    private static ReferralSummary WithDeadlines(ReferralSummary s, IReadOnlyList<OpenDeadline> open) => s with
    {
        OpenDeadlines = open,
        NextDueAt = open.Count == 0 ? null : open.Min(d => d.DueAt).ToUniversalTime(),
        Overdue = open.Any(d => d.Breached),
        FollowUpsDue = open.Count(d => d.Kind == DeadlineKind.FollowUp),
    };

    private static ReferralSummary WithStatus(ReferralSummary s, ReferralStatus status, DateTimeOffset at) => s with
    {
        Status = SnakeCaseEnums.Code(status), Open = ReferralEventFacts.IsOpen(status),
        Unassigned = status == ReferralStatus.Assessed, UpdatedAt = at,
    };

    public static int Level(Urgency urgency) => urgency switch { Urgency.Emergency => 3, Urgency.High => 2, _ => 1 };

    /// <summary>What q is matched against: see <see cref="SearchTerms.Fold"/>.</summary>
    public static string SearchText(string number, string? name, string summary) =>
        string.Join(' ', new[] { SearchTerms.Fold(number), SearchTerms.Fold(name), SearchTerms.Fold(summary) }.Where(t => t.Length > 0));
}
