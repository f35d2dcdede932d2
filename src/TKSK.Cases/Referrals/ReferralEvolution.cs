using TKSK.Cases.Categories;

namespace TKSK.Cases.Referrals;

/// <summary>
/// The referral's evolve function, pure: the state after one event. It lives outside
/// <see cref="Referral"/> so that Marten's source generator does not take it for a convention method.
/// </summary>
public static class ReferralEvolution
{
    /// <summary>Pure: the state after one event. <paramref name="actor"/> is the event's recorded user.</summary>
    public static Referral Evolve(Referral? state, object @event, string? actor = null) =>
        ReferralTimeline.Track(WithStatus(Apply(state, @event, actor), @event), @event);

    // Each event names the status it leaves (IReferralEvent.StatusAfter): the one place a status change is decided.
    private static Referral WithStatus(Referral s, object @event) =>
        ReferralEventFacts.StatusAfter(@event) is { } status ? s with { Status = status } : s;

    private static Referral Apply(Referral? state, object @event, string? actor)
    {
        if (@event is ReferralReceived r)
            return new Referral
            {
                Id = r.ReferralId, Number = r.Number, Channel = r.Channel,
                SourceUrl = r.SourceUrl, ReportedAt = r.ReportedAt, ReceivedAt = r.ReceivedAt, UpdatedAt = r.ReceivedAt,
                Reporter = r.Reporter, Subject = r.Subject, Place = r.Place, OutOfArea = r.OutOfArea ?? false, Category = r.Category,
                CategoryName = PpksCategories.NameOf(r.Category), Pasung = r.Pasung, Urgency = r.Urgency,
                Summary = r.Summary, PossibleDuplicates = r.PossibleDuplicates,
            };
        var s = state ?? throw new InvalidOperationException($"{@event.GetType().Name} before ReferralReceived");

        return @event switch
        {
            ReferralAssessed e => s with
            {
                Category = e.Category, CategoryName = PpksCategories.NameOf(e.Category),
                Urgency = e.Urgency, UpdatedAt = e.AssessedAt,
                DeskAssessment = new DeskAssessment(DeskDecision.FieldResponse, e.Category, e.Urgency, null, null, e.Notes, e.AssessedAt, actor),
            },
            ReferralRejected e => s with
            {
                Category = e.Category, CategoryName = PpksCategories.NameOf(e.Category),
                Urgency = e.Urgency, UpdatedAt = e.RejectedAt,
                DeskAssessment = new DeskAssessment(e.Decision, e.Category, e.Urgency, e.DuplicateOf, e.DuplicateOfNumber, e.Notes, e.RejectedAt, actor),
            },
            DuplicateLinked e => s with
            {
                Duplicates = [.. s.Duplicates, new DuplicateLink(e.DuplicateId, e.DuplicateNumber, e.LinkedAt)], UpdatedAt = e.LinkedAt,
            },
            CoordinatorAssigned e => s with
            {
                UpdatedAt = e.AssignedAt,
                Assignment = new Assignment(e.CoordinatorId, e.CoordinatorName, e.CoordinatorPhone, e.KecamatanCode, e.AssignedAt, false, null, e.OutOfKecamatan ?? false),
            },
            AssignmentAccepted e => s with
            {
                UpdatedAt = e.AcceptedAt,
                Assignment = s.Assignment! with { Accepted = true, AcceptedAt = e.AcceptedAt },
            },
            AssignmentDeclined e => s with { Assignment = null, UpdatedAt = e.DeclinedAt },
            OutreachVisitRecorded e => s with
            {
                Visits = [.. s.Visits, new Visit(e.VisitId, e.VisitedAt, e.SubjectFound, e.Notes, e.Latitude, e.Longitude, actor)],
                UpdatedAt = e.RecordedAt,
            },
            FieldAssessmentRecorded e => s with
            {
                FieldAssessment = new FieldAssessment(e.RiskLevel, e.Needs, e.IdentityVerified, e.Findings, e.AssessedAt, actor),
                Subject = e.Nik is null ? s.Subject : s.Subject with { Nik = e.Nik },
                UpdatedAt = e.AssessedAt,
            },
            InterventionStepAdded e => s with
            {
                Steps = [.. s.Steps, new InterventionStep(e.StepId, e.Kind, e.Title, e.Institution, e.DueDate, StepStatus.Planned, e.AddedAt, null, null, null, null)],
                UpdatedAt = e.AddedAt,
            },
            InterventionStepStarted e => WithStep(s, e.StepId, st => st with { Status = StepStatus.InProgress, StartedAt = e.StartedAt }, e.StartedAt),
            InterventionStepCompleted e => WithStep(s, e.StepId, st => st with { Status = StepStatus.Completed, CompletedAt = e.CompletedAt, Notes = e.Notes }, e.RecordedAt),
            InterventionStepCancelled e => WithStep(s, e.StepId, st => st with { Status = StepStatus.Cancelled, CancelledAt = e.CancelledAt, Notes = e.Reason }, e.CancelledAt),
            ReferralResolved e => s with
            {
                Resolution = new Resolution(e.Outcome, e.Notes, e.ResolvedAt, actor), UpdatedAt = e.ResolvedAt,
            },
            ResolutionApproved e => s with
            {
                Closure = new Closure(true, e.Notes, e.ClosedAt, actor), UpdatedAt = e.ClosedAt,
            },
            ResolutionSentBack e => s with
            {
                Resolution = null, Closure = new Closure(false, e.Reason, e.SentBackAt, actor), UpdatedAt = e.SentBackAt,
            },
            ReferralReopened e => s with
            {
                Resolution = null, Closure = null, UpdatedAt = e.ReopenedAt,
            },
            NoteAdded e => s with { Notes = [.. s.Notes, new CaseNote(e.NoteId, e.Text, e.AddedAt, actor)], UpdatedAt = e.AddedAt },
            SharingConsentRecorded e => s with
            {
                SharingConsents = [.. s.SharingConsents, new SharingConsent(e.ConsentId, e.Agency, e.Basis, e.GivenBy, e.GivenAt, e.RecordedAt, actor, AgencyId: e.AgencyId)],
                UpdatedAt = e.RecordedAt,
            },
            SharingConsentRevoked e => s with
            {
                SharingConsents = [.. s.SharingConsents.Select(c => c.Id == e.ConsentId ? c with { RevokedAt = e.RevokedAt, RevokeReason = e.Reason } : c)],
                UpdatedAt = e.RevokedAt,
            },
            OfflineChangeConflicted e => s with { OfflineConflicts = [.. s.OfflineConflicts, new OfflineConflictMark(e.ConflictId, e.FactKept)] },
            OfflineConflictResolved e => s with
            {
                OfflineConflicts = [.. s.OfflineConflicts.Select(c => c.Id == e.ConflictId ? c with { Resolution = e.Choice } : c)],
            },
            PersonalDataErased e => PersonalData.Erase(s) with { PersonalDataErasedAt = e.ErasedAt, UpdatedAt = e.ErasedAt },
            _ => s,
        };
    }

    private static Referral WithStep(Referral s, Guid stepId, Func<InterventionStep, InterventionStep> change, DateTimeOffset at) =>
        s with { Steps = [.. s.Steps.Select(st => st.Id == stepId ? change(st) : st)], UpdatedAt = at };

    /// <summary>Folds a whole stream, numbering versions from 1: what replaying from scratch gives.</summary>
    public static Referral? Replay(IEnumerable<object> events, string? actor = null)
    {
        Referral? state = null;
        long version = 0;
        foreach (var e in events) state = Evolve(state, e, actor) with { Version = ++version };
        return state;
    }
}
