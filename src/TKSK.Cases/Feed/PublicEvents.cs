using System.Reflection;
using System.Text.Json.Serialization;
using JasperFx.Events;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Feed;

/// <summary>
/// Turns an internal referral event into its public integration event. Personal values are taken
/// from the case as the reader is shown it right after the event (for an
/// agency, <see cref="PersonalData.ForAgency"/>), so the feed masks exactly what the case view masks.
/// Internal events with no public meaning (notes, deadlines, consents, routing flags) are not published.
/// </summary>
public static class PublicEvents
{
    /// <summary>Every integration event type, e.g. referral.received.v1.</summary>
    public static IReadOnlyCollection<string> Types => TypeNames.Values;

    private static readonly Dictionary<Type, string> TypeNames = typeof(IntegrationEvent).GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    public static string TypeOf(IntegrationEvent e) => TypeNames[e.GetType()];

    public static IntegrationEvent? From(IEvent e, Referral shown)
    {
        IntegrationEvent? published = e.Data switch
        {
            ReferralReceived r => new ReferralReceivedV1(r.Channel, r.ReportedAt, r.Urgency, r.Pasung, shown.OutOfArea,
                new IntegrationSubject(shown.Subject.Name, shown.Subject.Nik, shown.Subject.Sex, shown.Subject.ApproximateAge),
                new IntegrationReporter(shown.Reporter.Name, shown.Reporter.Phone, shown.Reporter.Anonymous),
                PlaceOf(shown.Place), shown.Summary, shown.SourceUrl),
            ReferralAssessed a => new ReferralAssessedV1(a.Urgency, shown.DeskAssessment?.Notes),
            ReferralRejected r => new ReferralRejectedV1(r.Decision, r.Urgency, r.DuplicateOf, r.DuplicateOfNumber, shown.DeskAssessment?.Notes),
            // The TKSK's name and phone as the reader is shown them (initials and last digits for an agency without a basis).
            CoordinatorAssigned a => new ReferralAssignedV1(a.CoordinatorId, shown.Assignment?.CoordinatorName ?? a.CoordinatorName,
                shown.Assignment?.CoordinatorPhone ?? a.CoordinatorPhone, a.KecamatanCode, a.PreviousCoordinatorId, a.OutOfKecamatan ?? false),
            AssignmentAccepted a => new AssignmentAcceptedV1(a.CoordinatorId),
            AssignmentDeclined d => new AssignmentDeclinedV1(d.CoordinatorId),
            OutreachVisitRecorded v => shown.Visits.FirstOrDefault(x => x.Id == v.VisitId) is { } visit
                ? new VisitRecordedV1(v.VisitId, v.VisitedAt, v.SubjectFound, visit.Notes, visit.Latitude, visit.Longitude) : null,
            FieldAssessmentRecorded => shown.FieldAssessment is { } f
                ? new FieldAssessmentRecordedV1(f.RiskLevel, f.Needs, f.IdentityVerified, f.Findings)
                : new FieldAssessmentRecordedV1(null, [], null, null),
            InterventionStepAdded s => shown.Steps.FirstOrDefault(x => x.Id == s.StepId) is { } step
                ? new StepAddedV1(s.StepId, s.Kind, step.Title, step.Institution, s.DueDate) : null,
            InterventionStepStarted s => new StepStartedV1(s.StepId),
            InterventionStepCompleted s => new StepCompletedV1(s.StepId, s.CompletedAt, shown.Steps.FirstOrDefault(x => x.Id == s.StepId)?.Notes),
            InterventionStepCancelled s => new StepCancelledV1(s.StepId),
            ReferralResolved r => new ReferralResolvedV1(r.Outcome, shown.Resolution?.Notes),
            ResolutionSentBack => new ResolutionSentBackV1(),
            ResolutionApproved a => new ReferralClosedV1(shown.Closure?.Notes, [.. (a.FollowUps ?? []).Select(f => f.DueAt)]),
            ReferralReopened => new ReferralReopenedV1(),
            ReferralEscalated x => new ReferralEscalatedV1(x.Level),
            FollowUpRecorded f => new FollowUpRecordedV1(f.FollowUpId, f.SubjectStatus, f.VisitedAt),
            EpisodeOpened o => new EpisodeOpenedV1(o.Episode),
            PersonalDataErased => new PersonalDataErasedV1(),
            _ => null,
        };
        return published is null ? null : published with
        {
            Position = e.Sequence, EventId = e.Id, ReferralId = e.StreamId, ReferralNumber = shown.Number, ReferralVersion = e.Version,
            OccurredAt = ReferralEventFacts.At(e.Data, e.Timestamp), RecordedAt = e.Timestamp,
            Status = shown.Status, Category = shown.Category, KecamatanCode = shown.Place.KecamatanCode,
        };
    }

    private static IntegrationPlace PlaceOf(Place p) => new(p.ProvinceCode, p.ProvinceName, p.KabupatenCode, p.KabupatenName,
        p.KecamatanCode, p.KecamatanName, p.DesaCode, p.DesaName, p.Address, p.Latitude, p.Longitude);
}
