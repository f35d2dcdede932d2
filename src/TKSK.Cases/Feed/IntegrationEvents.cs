using System.Text.Json.Serialization;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Feed;

// The public integration events: what other agencies' systems read from the change feed and
// receive by webhook. They are a contract of their own, apart from the internal events of
// Referrals/ReferralEvents.cs, which may change with the code: a shape here never changes once
// shipped; a change that is not purely additive ships as a new type with the next version
// (referral.received.v2) beside the old one. The type names and versions are in docs/integration.md.

/// <summary>
/// One change to a referral, in the feed's global order. <c>type</c> names the shape and its version
/// (referral.received.v1, …); <c>position</c> is its place in the feed (pass it as <c>after</c> to read
/// on from there). The other common members are the same for every type.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReferralReceivedV1), ReferralReceivedV1.Type)]
[JsonDerivedType(typeof(ReferralAssessedV1), ReferralAssessedV1.Type)]
[JsonDerivedType(typeof(ReferralRejectedV1), ReferralRejectedV1.Type)]
[JsonDerivedType(typeof(ReferralAssignedV1), ReferralAssignedV1.Type)]
[JsonDerivedType(typeof(AssignmentAcceptedV1), AssignmentAcceptedV1.Type)]
[JsonDerivedType(typeof(AssignmentDeclinedV1), AssignmentDeclinedV1.Type)]
[JsonDerivedType(typeof(VisitRecordedV1), VisitRecordedV1.Type)]
[JsonDerivedType(typeof(FieldAssessmentRecordedV1), FieldAssessmentRecordedV1.Type)]
[JsonDerivedType(typeof(StepAddedV1), StepAddedV1.Type)]
[JsonDerivedType(typeof(StepStartedV1), StepStartedV1.Type)]
[JsonDerivedType(typeof(StepCompletedV1), StepCompletedV1.Type)]
[JsonDerivedType(typeof(StepCancelledV1), StepCancelledV1.Type)]
[JsonDerivedType(typeof(ReferralResolvedV1), ReferralResolvedV1.Type)]
[JsonDerivedType(typeof(ResolutionSentBackV1), ResolutionSentBackV1.Type)]
[JsonDerivedType(typeof(ReferralClosedV1), ReferralClosedV1.Type)]
[JsonDerivedType(typeof(ReferralReopenedV1), ReferralReopenedV1.Type)]
[JsonDerivedType(typeof(ReferralEscalatedV1), ReferralEscalatedV1.Type)]
[JsonDerivedType(typeof(FollowUpRecordedV1), FollowUpRecordedV1.Type)]
[JsonDerivedType(typeof(EpisodeOpenedV1), EpisodeOpenedV1.Type)]
[JsonDerivedType(typeof(PersonalDataErasedV1), PersonalDataErasedV1.Type)]
public abstract record IntegrationEvent
{
    /// <summary>The event's place in the feed: a 64-bit number that only grows; gaps are normal.</summary>
    public long Position { get; init; }
    /// <summary>The event's own id: the same every time it is read or delivered.</summary>
    public Guid EventId { get; init; }
    public Guid ReferralId { get; init; }
    /// <summary>The case number people use, e.g. JSC-2026-000123.</summary>
    public string ReferralNumber { get; init; } = "";
    /// <summary>The referral's version after this event (its ETag on GET /api/v1/referrals/{id}).</summary>
    public long ReferralVersion { get; init; }
    /// <summary>When it happened at the desk or in the field.</summary>
    public DateTimeOffset OccurredAt { get; init; }
    /// <summary>When the service stored it.</summary>
    public DateTimeOffset RecordedAt { get; init; }
    /// <summary>The referral's status after this event.</summary>
    public ReferralStatus Status { get; init; }
    /// <summary>The PPKS category after this event.</summary>
    public string Category { get; init; } = "";
    /// <summary>The kecamatan of the referral's place.</summary>
    public string KecamatanCode { get; init; } = "";
}

/// <summary>Masked for an agency without a recorded basis for sharing: name to initials, NIK to its last 4 digits.</summary>
public sealed record IntegrationSubject(string? Name, string? Nik, Sex Sex, int? ApproximateAge);

/// <summary>Masked for an agency without a recorded basis for sharing: name to initials, phone to its last 4 digits.</summary>
public sealed record IntegrationReporter(string? Name, string? Phone, bool Anonymous);

/// <summary>Region codes and names always; address and coordinates only with a recorded basis for sharing.</summary>
public sealed record IntegrationPlace(
    string ProvinceCode, string ProvinceName, string KabupatenCode, string KabupatenName, string KecamatanCode, string KecamatanName,
    string? DesaCode, string? DesaName, string? Address, double? Latitude, double? Longitude);

/// <summary>A report was logged: the referral exists from here on.</summary>
public sealed record ReferralReceivedV1(
    Channel Channel, DateTimeOffset ReportedAt, Urgency Urgency, bool Pasung, bool OutOfArea,
    IntegrationSubject Subject, IntegrationReporter Reporter, IntegrationPlace Place, string Summary, string? SourceUrl) : IntegrationEvent
{
    public const string Type = "referral.received.v1";
}

/// <summary>The desk confirmed category and urgency and decided on a field response.</summary>
public sealed record ReferralAssessedV1(Urgency Urgency, string? Notes) : IntegrationEvent
{
    public const string Type = "referral.assessed.v1";
}

/// <summary>The desk decided no field response: a duplicate (of <c>duplicateOfId</c>), unfounded, or out of scope.</summary>
public sealed record ReferralRejectedV1(DeskDecision Decision, Urgency Urgency, Guid? DuplicateOfId, string? DuplicateOfNumber, string? Notes) : IntegrationEvent
{
    public const string Type = "referral.rejected.v1";
}

/// <summary>A TKSK was assigned (by routing or a supervisor); they still have to accept.</summary>
public sealed record ReferralAssignedV1(
    Guid CoordinatorId, string CoordinatorName, string CoordinatorPhone, string CoordinatorKecamatanCode, Guid? PreviousCoordinatorId, bool OutOfKecamatan)
    : IntegrationEvent
{
    public const string Type = "referral.assigned.v1";
}

public sealed record AssignmentAcceptedV1(Guid CoordinatorId) : IntegrationEvent
{
    public const string Type = "referral.assignment_accepted.v1";
}

/// <summary>The TKSK declined: the referral waits for another assignment.</summary>
public sealed record AssignmentDeclinedV1(Guid CoordinatorId) : IntegrationEvent
{
    public const string Type = "referral.assignment_declined.v1";
}

/// <summary>An outreach visit; notes and coordinates only with a recorded basis for sharing.</summary>
public sealed record VisitRecordedV1(Guid VisitId, DateTimeOffset VisitedAt, bool SubjectFound, string? Notes, double? Latitude, double? Longitude) : IntegrationEvent
{
    public const string Type = "referral.visit_recorded.v1";
}

/// <summary>The TKSK's field assessment. Risk, needs and findings are health details: null and empty without a recorded basis for sharing.</summary>
public sealed record FieldAssessmentRecordedV1(RiskLevel? RiskLevel, IReadOnlyList<Need> Needs, bool? IdentityVerified, string? Findings) : IntegrationEvent
{
    public const string Type = "referral.field_assessment_recorded.v1";
}

/// <summary>A step of the intervention plan; its title only with a recorded basis for sharing (empty otherwise).</summary>
public sealed record StepAddedV1(Guid StepId, StepKind Kind, string Title, string? Institution, DateOnly? DueDate) : IntegrationEvent
{
    public const string Type = "referral.step_added.v1";
}

public sealed record StepStartedV1(Guid StepId) : IntegrationEvent
{
    public const string Type = "referral.step_started.v1";
}

public sealed record StepCompletedV1(Guid StepId, DateTimeOffset CompletedAt, string? Notes) : IntegrationEvent
{
    public const string Type = "referral.step_completed.v1";
}

public sealed record StepCancelledV1(Guid StepId) : IntegrationEvent
{
    public const string Type = "referral.step_cancelled.v1";
}

/// <summary>The TKSK reported an outcome; the kabupaten supervisor still has to approve it.</summary>
public sealed record ReferralResolvedV1(Outcome Outcome, string? Notes) : IntegrationEvent
{
    public const string Type = "referral.resolved.v1";
}

/// <summary>The supervisor sent the resolution back: field work goes on.</summary>
public sealed record ResolutionSentBackV1 : IntegrationEvent
{
    public const string Type = "referral.resolution_sent_back.v1";
}

/// <summary>The supervisor approved the resolution: the case is closed, with follow-up visits due at these times (vulnerable cases).</summary>
public sealed record ReferralClosedV1(string? Notes, IReadOnlyList<DateTimeOffset> FollowUpsDue) : IntegrationEvent
{
    public const string Type = "referral.closed.v1";
}

/// <summary>The supervisor reopened the case; <c>status</c> says where it stands again.</summary>
public sealed record ReferralReopenedV1 : IntegrationEvent
{
    public const string Type = "referral.reopened.v1";
}

/// <summary>A deadline was missed long enough for the case to go up the Dinas Sosial chain.</summary>
public sealed record ReferralEscalatedV1(EscalationLevel Level) : IntegrationEvent
{
    public const string Type = "referral.escalated.v1";
}

/// <summary>A follow-up visit after closure: how the person is (stable, relapse, re_pasung, deceased, moved).</summary>
public sealed record FollowUpRecordedV1(Guid FollowUpId, SubjectStatus SubjectStatus, DateTimeOffset VisitedAt) : IntegrationEvent
{
    public const string Type = "referral.follow_up_recorded.v1";
}

/// <summary>The problem came back (relapse, re-shackling): the same referral opens episode N and is routed anew.</summary>
public sealed record EpisodeOpenedV1(int Episode) : IntegrationEvent
{
    public const string Type = "referral.episode_opened.v1";
}

/// <summary>
/// The subject's personal data was erased on a lawful request (UU PDP). Erase it from your copies too:
/// the feed now shows this referral's earlier events without it.
/// </summary>
public sealed record PersonalDataErasedV1 : IntegrationEvent
{
    public const string Type = "referral.personal_data_erased.v1";
}
