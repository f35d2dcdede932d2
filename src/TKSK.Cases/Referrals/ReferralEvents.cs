namespace TKSK.Cases.Referrals;

// Internal events of one referral stream. Each carries its own "…At" time (from TimeProvider,
// passed into the decider); who did it and the correlation id travel as Marten event metadata.
// These are not the public contract: integrations will get their own versioned events.

public sealed record Reporter(string? Name, string? Phone, bool Anonymous);

public sealed record Subject(string? Name, string? Nik, Sex Sex, int? ApproximateAge);

public sealed record Place(
    string ProvinceCode, string ProvinceName,
    string KabupatenCode, string KabupatenName,
    string KecamatanCode, string KecamatanName,
    string? DesaCode, string? DesaName,
    string? Address, double? Latitude, double? Longitude);

public sealed record PossibleDuplicate(Guid ReferralId, string Number, string Reason);

public sealed record ReferralReceived(
    Guid ReferralId, string Number, Channel Channel, string? SourceUrl, DateTimeOffset ReportedAt,
    Reporter Reporter, Subject Subject, Place Place, string Category, bool Pasung, Urgency Urgency,
    string Summary, IReadOnlyList<PossibleDuplicate> PossibleDuplicates, DateTimeOffset ReceivedAt);

public sealed record ReferralAssessed(string Category, Urgency Urgency, string? Notes, DateTimeOffset AssessedAt);

public sealed record ReferralRejected(
    string Category, Urgency Urgency, DeskDecision Decision, Guid? DuplicateOf, string? DuplicateOfNumber,
    string? Notes, DateTimeOffset RejectedAt);

/// <summary>Appended to the original referral when another one is found to duplicate it.</summary>
public sealed record DuplicateLinked(Guid DuplicateId, string DuplicateNumber, DateTimeOffset LinkedAt);

public sealed record CoordinatorAssigned(
    Guid CoordinatorId, string CoordinatorName, string CoordinatorPhone, string KecamatanCode,
    string? Reason, Guid? PreviousCoordinatorId, DateTimeOffset AssignedAt);

public sealed record AssignmentAccepted(Guid CoordinatorId, DateTimeOffset AcceptedAt);

public sealed record AssignmentDeclined(Guid CoordinatorId, string Reason, DateTimeOffset DeclinedAt);

public sealed record OutreachVisitRecorded(
    Guid VisitId, DateTimeOffset VisitedAt, bool SubjectFound, string? Notes,
    double? Latitude, double? Longitude, DateTimeOffset RecordedAt);

public sealed record FieldAssessmentRecorded(
    RiskLevel RiskLevel, IReadOnlyList<Need> Needs, bool IdentityVerified, string? Nik, string? Findings,
    DateTimeOffset AssessedAt);

public sealed record InterventionStepAdded(
    Guid StepId, StepKind Kind, string Title, string? Institution, DateOnly? DueDate, DateTimeOffset AddedAt);

public sealed record InterventionStepStarted(Guid StepId, DateTimeOffset StartedAt);

public sealed record InterventionStepCompleted(Guid StepId, string? Notes, DateTimeOffset CompletedAt, DateTimeOffset RecordedAt);

public sealed record InterventionStepCancelled(Guid StepId, string Reason, DateTimeOffset CancelledAt);

public sealed record ReferralResolved(Outcome Outcome, string? Notes, DateTimeOffset ResolvedAt);

public sealed record ResolutionApproved(string? Notes, DateTimeOffset ClosedAt);

public sealed record ResolutionSentBack(string Reason, DateTimeOffset SentBackAt);

public sealed record ReferralReopened(string Reason, ReferralStatus ReopenedAs, DateTimeOffset ReopenedAt);

public sealed record NoteAdded(Guid NoteId, string Text, DateTimeOffset AddedAt);

/// <summary>
/// Erasure on a lawful request (UU PDP): every personal value of the referral — the subject's name and
/// NIK, the reporter, free text — is blanked in every projection from here on.
/// </summary>
public sealed record PersonalDataErased(string Reason, string? RequestReference, DateTimeOffset ErasedAt);
