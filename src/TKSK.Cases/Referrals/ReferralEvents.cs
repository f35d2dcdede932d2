namespace TKSK.Cases.Referrals;

// Internal events of one referral stream. Each carries its own "…At" time (from TimeProvider,
// passed into the decider); who did it and the correlation id travel as Marten event metadata.
// These are not the public contract: integrations get their own versioned events (Feed/).

/// <summary>
/// What every referral event says besides its own members: when it happened at the desk or in the field
/// (for a visit or a completed step told later, when it was told), and the status it leaves the referral
/// in (null: unchanged). Not stored: each event computes them from its members, so old events answer too.
/// </summary>
public interface IReferralEvent
{
    DateTimeOffset OccurredAt { get; }
    ReferralStatus? StatusAfter => null;
}

/// <summary>
/// An event that holds personal data (UU PDP): what it becomes when the subject's data is erased. The one rule,
/// used by Marten to rewrite the stored events and by every read path until it has (<see cref="PersonalData.MaskEvent"/>).
/// </summary>
public interface IHoldsPersonalData
{
    IReferralEvent Erased();
}

public sealed record Reporter(string? Name, string? Phone, bool Anonymous);

public sealed record Subject(string? Name, string? Nik, Sex Sex, int? ApproximateAge);

public sealed record Place(
    string ProvinceCode, string ProvinceName,
    string KabupatenCode, string KabupatenName,
    string KecamatanCode, string KecamatanName,
    string? DesaCode, string? DesaName,
    string? Address, double? Latitude, double? Longitude);

/// <param name="KecamatanCode">Where the other referral lies (null in streams stored before 2026-12-06): it is shown only to those whose scope covers it.</param>
public sealed record PossibleDuplicate(Guid ReferralId, string Number, string Reason, string? KecamatanCode = null);

/// <param name="OutOfArea">The place lies outside the province(s) the service serves (null in streams stored before 2026-11-26: not marked).</param>
public sealed record ReferralReceived(
    Guid ReferralId, string Number, Channel Channel, string? SourceUrl, DateTimeOffset ReportedAt,
    Reporter Reporter, Subject Subject, Place Place, string Category, bool Pasung, Urgency Urgency,
    string Summary, IReadOnlyList<PossibleDuplicate> PossibleDuplicates, DateTimeOffset ReceivedAt, Due? DeskAssessmentDue = null,
    bool? OutOfArea = null) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { SourceUrl = null, Reporter = Reporter with { Name = null, Phone = null }, Subject = Subject with { Name = null, Nik = null }, Place = Place with { Address = null, Latitude = null, Longitude = null }, Summary = PersonalData.Erased };
    DateTimeOffset IReferralEvent.OccurredAt => ReceivedAt;
    ReferralStatus? IReferralEvent.StatusAfter => ReferralStatus.Received;
}

public sealed record ReferralAssessed(string Category, Urgency Urgency, string? Notes, DateTimeOffset AssessedAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Notes = null };
    DateTimeOffset IReferralEvent.OccurredAt => AssessedAt;
    ReferralStatus? IReferralEvent.StatusAfter => ReferralStatus.Assessed;
}

public sealed record ReferralRejected(
    string Category, Urgency Urgency, DeskDecision Decision, Guid? DuplicateOf, string? DuplicateOfNumber,
    string? Notes, DateTimeOffset RejectedAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Notes = null };
    DateTimeOffset IReferralEvent.OccurredAt => RejectedAt;
    ReferralStatus? IReferralEvent.StatusAfter => ReferralStatus.Rejected;
}

/// <summary>Appended to the original referral when another one is found to duplicate it.</summary>
public sealed record DuplicateLinked(Guid DuplicateId, string DuplicateNumber, DateTimeOffset LinkedAt) : IReferralEvent
{
    DateTimeOffset IReferralEvent.OccurredAt => LinkedAt;
}

/// <param name="OutOfKecamatan">The coordinator is the TKSK of another kecamatan than the referral's (null in streams stored before 2026-11-26: not marked).</param>
public sealed record CoordinatorAssigned(
    Guid CoordinatorId, string CoordinatorName, string CoordinatorPhone, string KecamatanCode,
    string? Reason, Guid? PreviousCoordinatorId, DateTimeOffset AssignedAt, Due? AcceptanceDue = null,
    bool? OutOfKecamatan = null) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Reason = Reason is null ? null : PersonalData.Erased };
    DateTimeOffset IReferralEvent.OccurredAt => AssignedAt;
    ReferralStatus? IReferralEvent.StatusAfter => ReferralStatus.Assigned;
}

public sealed record AssignmentAccepted(Guid CoordinatorId, DateTimeOffset AcceptedAt, Due? FirstVisitDue = null, Due? ResolutionDue = null) : IReferralEvent
{
    DateTimeOffset IReferralEvent.OccurredAt => AcceptedAt;
    ReferralStatus? IReferralEvent.StatusAfter => ReferralStatus.InProgress;
}

public sealed record AssignmentDeclined(Guid CoordinatorId, string Reason, DateTimeOffset DeclinedAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Reason = PersonalData.Erased };
    DateTimeOffset IReferralEvent.OccurredAt => DeclinedAt;
    ReferralStatus? IReferralEvent.StatusAfter => ReferralStatus.Assessed;
}

public sealed record OutreachVisitRecorded(
    Guid VisitId, DateTimeOffset VisitedAt, bool SubjectFound, string? Notes,
    double? Latitude, double? Longitude, DateTimeOffset RecordedAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Notes = null, Latitude = null, Longitude = null };
    DateTimeOffset IReferralEvent.OccurredAt => RecordedAt;
}

public sealed record FieldAssessmentRecorded(
    RiskLevel RiskLevel, IReadOnlyList<Need> Needs, bool IdentityVerified, string? Nik, string? Findings,
    DateTimeOffset AssessedAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Nik = null, Findings = null };
    DateTimeOffset IReferralEvent.OccurredAt => AssessedAt;
}

public sealed record InterventionStepAdded(
    Guid StepId, StepKind Kind, string Title, string? Institution, DateOnly? DueDate, DateTimeOffset AddedAt, Due? Deadline = null) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Title = PersonalData.Erased };
    DateTimeOffset IReferralEvent.OccurredAt => AddedAt;
}

public sealed record InterventionStepStarted(Guid StepId, DateTimeOffset StartedAt) : IReferralEvent
{
    DateTimeOffset IReferralEvent.OccurredAt => StartedAt;
}

public sealed record InterventionStepCompleted(Guid StepId, string? Notes, DateTimeOffset CompletedAt, DateTimeOffset RecordedAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Notes = null };
    DateTimeOffset IReferralEvent.OccurredAt => RecordedAt;
}

public sealed record InterventionStepCancelled(Guid StepId, string Reason, DateTimeOffset CancelledAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Reason = PersonalData.Erased };
    DateTimeOffset IReferralEvent.OccurredAt => CancelledAt;
}

public sealed record ReferralResolved(Outcome Outcome, string? Notes, DateTimeOffset ResolvedAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Notes = null };
    DateTimeOffset IReferralEvent.OccurredAt => ResolvedAt;
    ReferralStatus? IReferralEvent.StatusAfter => ReferralStatus.Resolved;
}

public sealed record ResolutionApproved(string? Notes, DateTimeOffset ClosedAt, IReadOnlyList<ScheduledFollowUp>? FollowUps = null) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Notes = null };
    DateTimeOffset IReferralEvent.OccurredAt => ClosedAt;
    ReferralStatus? IReferralEvent.StatusAfter => ReferralStatus.Closed;
}

public sealed record ResolutionSentBack(string Reason, DateTimeOffset SentBackAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Reason = PersonalData.Erased };
    DateTimeOffset IReferralEvent.OccurredAt => SentBackAt;
    ReferralStatus? IReferralEvent.StatusAfter => ReferralStatus.InProgress;
}

public sealed record ReferralReopened(string Reason, ReferralStatus ReopenedAs, DateTimeOffset ReopenedAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Reason = PersonalData.Erased };
    DateTimeOffset IReferralEvent.OccurredAt => ReopenedAt;
    ReferralStatus? IReferralEvent.StatusAfter => ReopenedAs;
}

public sealed record NoteAdded(Guid NoteId, string Text, DateTimeOffset AddedAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Text = PersonalData.Erased };
    DateTimeOffset IReferralEvent.OccurredAt => AddedAt;
}

/// <summary>A recorded basis for showing an agency this referral's personal data (UU PDP art. 20).</summary>
/// <param name="AgencyId">The agency by id (null in streams stored before 2026-12-06: the basis names it by its name only).</param>
public sealed record SharingConsentRecorded(Guid ConsentId, string Agency, SharingBasis Basis, string GivenBy, DateTimeOffset GivenAt, DateTimeOffset RecordedAt,
    Guid? AgencyId = null) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { GivenBy = PersonalData.Erased };
    DateTimeOffset IReferralEvent.OccurredAt => RecordedAt;
}

public sealed record SharingConsentRevoked(Guid ConsentId, string Reason, DateTimeOffset RevokedAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Reason = PersonalData.Erased };
    DateTimeOffset IReferralEvent.OccurredAt => RevokedAt;
}

/// <summary>The subject's personal data was erased on a lawful request: every earlier event of the stream is masked too.</summary>
public sealed record PersonalDataErased(string Reason, string? RequestReference, DateTimeOffset ErasedAt) : IReferralEvent
{
    DateTimeOffset IReferralEvent.OccurredAt => ErasedAt;
}

// Workflow automation: deadlines, escalation, routing, follow-ups and episodes.

/// <summary>
/// A deadline the SLA policy in force promised when the event happened (Sla in appsettings): it
/// travels on the event that starts the clock (the report, the assignment, the acceptance), so the
/// history keeps what was promised even after the policy changes. Absent on events stored before.
/// </summary>
public sealed record Due(Guid DeadlineId, DateTimeOffset At);

public sealed record DeadlineMissed(Guid DeadlineId, DeadlineKind Kind, DateTimeOffset DueAt, DateTimeOffset MissedAt) : IReferralEvent
{
    DateTimeOffset IReferralEvent.OccurredAt => MissedAt;
}

public sealed record ReferralEscalated(EscalationLevel Level, string Reason, DateTimeOffset EscalatedAt) : IReferralEvent
{
    DateTimeOffset IReferralEvent.OccurredAt => EscalatedAt;
}

/// <summary>Routing found no active TKSK for the kecamatan: the referral waits, flagged, for the kabupaten to assign it.</summary>
public sealed record ReferralUnassigned(string Reason, DateTimeOffset At) : IReferralEvent
{
    DateTimeOffset IReferralEvent.OccurredAt => At;
}

/// <summary>Its TKSK left and nobody could take it over: flagged until someone is assigned.</summary>
public sealed record ReferralOrphaned(Guid FormerCoordinatorId, string Reason, DateTimeOffset At) : IReferralEvent
{
    DateTimeOffset IReferralEvent.OccurredAt => At;
}

public sealed record ScheduledFollowUp(Guid FollowUpId, DateTimeOffset DueAt);

public sealed record FollowUpRecorded(Guid FollowUpId, SubjectStatus SubjectStatus, DateTimeOffset VisitedAt, string? Notes, DateTimeOffset RecordedAt) : IReferralEvent, IHoldsPersonalData
{
    // What a follow-up visit found (relapse, medication, family) is health data like a visit's notes.
    IReferralEvent IHoldsPersonalData.Erased() => this with { Notes = null };
    DateTimeOffset IReferralEvent.OccurredAt => RecordedAt;
}

/// <summary>The problem came back (relapse, re-shackling): the same stream opens episode N, to be routed and accepted anew.</summary>
public sealed record EpisodeOpened(int Episode, string Reason, DateTimeOffset OpenedAt) : IReferralEvent
{
    DateTimeOffset IReferralEvent.OccurredAt => OpenedAt;
    ReferralStatus? IReferralEvent.StatusAfter => ReferralStatus.Assessed;
}

/// <summary>
/// A command replayed from a phone met a case that moved on since the phone last saw it (Referrals/OfflineReplay): a
/// decision not applied (<paramref name="FactKept"/> false; it waits in the conflict queue), or a fact kept on a case
/// reassigned or closed meanwhile (flagged for the current TKSK and the supervisor). Ours: the operation and its body as
/// the phone sent them, and who sent it (the actor a supervisor's "apply" replays it as); theirs: what others stored
/// since; the base: the version, status and TKSK the phone had.
/// </summary>
public sealed record OfflineChangeConflicted(
    Guid ConflictId, Guid CommandId, string DeviceId, string Operation, string? Payload, bool FactKept, string Reason,
    long BaseVersion, ReferralStatus BaseStatus, Guid? BaseCoordinatorId, IReadOnlyList<TheirChange> Theirs,
    string Number, string KecamatanCode, string ById, string ByName, string? ByRegion, Guid? ByCoordinatorId,
    DateTimeOffset RecordedAt, bool ClockSkewed, DateTimeOffset DetectedAt) : IReferralEvent, IHoldsPersonalData
{
    // The body may hold notes, findings, a NIK.
    IReferralEvent IHoldsPersonalData.Erased() => this with { Payload = null };
    DateTimeOffset IReferralEvent.OccurredAt => DetectedAt;
}

/// <summary>A supervisor resolved an offline conflict: <paramref name="Choice"/> apply (ours went through the pipeline, or a kept fact is acknowledged) or discard.</summary>
public sealed record OfflineConflictResolved(Guid ConflictId, string Choice, string? Note, string ResolvedBy, DateTimeOffset ResolvedAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Note = null };
    DateTimeOffset IReferralEvent.OccurredAt => ResolvedAt;
}
