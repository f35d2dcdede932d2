using System.Text.Json.Serialization;

namespace TKSK.Cases.Referrals;

/// <summary>
/// One referral's current state, folded from its events (<see cref="ReferralEvolution"/>): what the
/// decisions read, and what the inline projection stores. The API answers its own type, mapped from
/// this (Casework/CaseView), so neither changes with the other.
/// </summary>
public sealed record Referral
{
    public Guid Id { get; init; }
    /// <summary>Stream version; the ETag of the case view and the value If-Match expects.</summary>
    public long Version { get; init; }
    /// <summary>Human-friendly case number, e.g. JSC-2026-000123: unique and increasing within a year; gaps allowed (ReferralNumbers).</summary>
    public string Number { get; init; } = "";
    public ReferralStatus Status { get; init; }
    public Channel Channel { get; init; }
    public string? SourceUrl { get; init; }
    public DateTimeOffset ReportedAt { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public Reporter Reporter { get; init; } = new(null, null, false);
    public Subject Subject { get; init; } = new(null, null, Sex.Unknown, null);
    public Place Place { get; init; } = null!;
    /// <summary>The place lies outside the province(s) this service serves: the desk decides (usually out_of_scope, referred on).</summary>
    public bool OutOfArea { get; init; }
    public string Category { get; init; } = "";
    public string CategoryName { get; init; } = "";
    public bool Pasung { get; init; }
    public Urgency Urgency { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<PossibleDuplicate> PossibleDuplicates { get; init; } = [];
    public DeskAssessment? DeskAssessment { get; init; }
    /// <summary>Referrals that the desk found to duplicate this one.</summary>
    public IReadOnlyList<DuplicateLink> Duplicates { get; init; } = [];
    public Assignment? Assignment { get; init; }
    public IReadOnlyList<Visit> Visits { get; init; } = [];
    public FieldAssessment? FieldAssessment { get; init; }
    public IReadOnlyList<InterventionStep> Steps { get; init; } = [];
    public Resolution? Resolution { get; init; }
    public Closure? Closure { get; init; }
    public IReadOnlyList<CaseNote> Notes { get; init; } = [];
    /// <summary>Recorded bases for sharing personal data with named agencies; revoked ones stay, with when.</summary>
    public IReadOnlyList<SharingConsent> SharingConsents { get; init; } = [];
    /// <summary>When the subject's personal data was erased on a lawful request; null if never.</summary>
    public DateTimeOffset? PersonalDataErasedAt { get; init; }
    /// <summary>Every deadline set for this case, met, breached or void.</summary>
    public IReadOnlyList<Deadline> Deadlines { get; init; } = [];
    /// <summary>A deadline was missed and is still not met.</summary>
    [JsonIgnore] public bool Overdue => Deadlines.Any(d => d.Breached && d.MetAt is null && !d.Void);
    public EscalationLevel EscalationLevel { get; init; }
    /// <summary>Routing found no active TKSK: why, and since when. Cleared by an assignment.</summary>
    public RoutingFlag? Unassigned { get; init; }
    /// <summary>Its TKSK left and nobody took it over. Cleared by an assignment.</summary>
    public RoutingFlag? Orphaned { get; init; }
    /// <summary>The current episode: 1, or more once a relapse reopened the case.</summary>
    public int Episode { get; init; } = 1;
    /// <summary>Each episode with its dates and outcome, once the first has ended (closed, or reopened by a relapse).</summary>
    public IReadOnlyList<Episode> Episodes { get; init; } = [];
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
    /// <summary>Commands from phones that met a case moved on (Referrals/OfflineReplay), open until a supervisor resolves them.</summary>
    public IReadOnlyList<OfflineConflictMark> OfflineConflicts { get; init; } = [];
}

/// <param name="Resolution">apply or discard once resolved; null while open.</param>
public sealed record OfflineConflictMark(Guid Id, bool FactKept, string? Resolution = null);

public sealed record DeskAssessment(
    DeskDecision Decision, string Category, Urgency Urgency, Guid? DuplicateOf, string? DuplicateOfNumber,
    string? Notes, DateTimeOffset At, string? By);

public sealed record DuplicateLink(Guid ReferralId, string Number, DateTimeOffset LinkedAt);

/// <param name="OutOfKecamatan">The coordinator is the TKSK of another kecamatan than the referral's (assigned with a reason).</param>
public sealed record Assignment(
    Guid CoordinatorId, string CoordinatorName, string CoordinatorPhone, string KecamatanCode,
    DateTimeOffset Since, bool Accepted, DateTimeOffset? AcceptedAt, bool OutOfKecamatan = false);

public sealed record Visit(Guid Id, DateTimeOffset VisitedAt, bool SubjectFound, string? Notes, double? Latitude, double? Longitude, string? By);

public sealed record FieldAssessment(
    RiskLevel RiskLevel, IReadOnlyList<Need> Needs, bool IdentityVerified, string? Findings, DateTimeOffset At, string? By);

public sealed record InterventionStep(
    Guid Id, StepKind Kind, string Title, string? Institution, DateOnly? DueDate, StepStatus Status,
    DateTimeOffset AddedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, DateTimeOffset? CancelledAt, string? Notes)
{
    [JsonIgnore] public bool IsOpen => Status is StepStatus.Planned or StepStatus.InProgress;
}

public sealed record Resolution(Outcome Outcome, string? Notes, DateTimeOffset At, string? By);

/// <summary>The supervisor's review of a resolution: approved (closed) or sent back with a reason.</summary>
public sealed record Closure(bool Approved, string? Notes, DateTimeOffset At, string? By);

public sealed record CaseNote(Guid Id, string Text, DateTimeOffset At, string? By);

public sealed record SharingConsent(
    Guid Id, string Agency, SharingBasis Basis, string GivenBy, DateTimeOffset GivenAt, DateTimeOffset RecordedAt, string? RecordedBy,
    DateTimeOffset? RevokedAt = null, string? RevokeReason = null, Guid? AgencyId = null)
{
    public bool Active => RevokedAt is null;
}

/// <param name="About">The coordinator an acceptance is awaited from, the step, or the follow-up.</param>
public sealed record Deadline(Guid Id, DeadlineKind Kind, DateTimeOffset DueAt, Guid? About, int Episode,
    DateTimeOffset? MetAt = null, bool Breached = false, bool Void = false)
{
    public bool Open => MetAt is null && !Void;
}

public sealed record RoutingFlag(string Reason, DateTimeOffset Since);

/// <summary>One episode of the case: the first report, or a relapse that reopened it.</summary>
public sealed record Episode(int Number, DateTimeOffset OpenedAt, string? Reason, DateTimeOffset? ClosedAt = null, Outcome? Outcome = null);

public sealed record FollowUp(Guid Id, int Episode, DateTimeOffset DueAt, DateTimeOffset? RecordedAt = null,
    SubjectStatus? SubjectStatus = null, DateTimeOffset? VisitedAt = null, string? Notes = null);
