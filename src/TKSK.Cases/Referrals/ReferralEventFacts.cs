namespace TKSK.Cases.Referrals;

/// <summary>
/// What the read side needs to know of any referral event without folding the whole case: when it
/// happened (the event's own time, which the decider took from TimeProvider) and the status it leaves.
/// </summary>
public static class ReferralEventFacts
{
    /// <summary>
    /// When it happened in the field or at the desk. For a visit or a completed step that is told later,
    /// this is when it was told; events this code does not know fall back to <paramref name="recorded"/>.
    /// </summary>
    public static DateTimeOffset At(object data, DateTimeOffset recorded) => data switch
    {
        ReferralReceived e => e.ReceivedAt,
        ReferralAssessed e => e.AssessedAt,
        ReferralRejected e => e.RejectedAt,
        DuplicateLinked e => e.LinkedAt,
        CoordinatorAssigned e => e.AssignedAt,
        AssignmentAccepted e => e.AcceptedAt,
        AssignmentDeclined e => e.DeclinedAt,
        OutreachVisitRecorded e => e.RecordedAt,
        FieldAssessmentRecorded e => e.AssessedAt,
        InterventionStepAdded e => e.AddedAt,
        InterventionStepStarted e => e.StartedAt,
        InterventionStepCompleted e => e.RecordedAt,
        InterventionStepCancelled e => e.CancelledAt,
        ReferralResolved e => e.ResolvedAt,
        ResolutionApproved e => e.ClosedAt,
        ResolutionSentBack e => e.SentBackAt,
        ReferralReopened e => e.ReopenedAt,
        NoteAdded e => e.AddedAt,
        PersonalDataErased e => e.ErasedAt,
        SharingConsentRecorded e => e.RecordedAt,
        SharingConsentRevoked e => e.RevokedAt,
        DeadlineMissed e => e.MissedAt,
        ReferralEscalated e => e.EscalatedAt,
        ReferralUnassigned e => e.At,
        ReferralOrphaned e => e.At,
        FollowUpRecorded e => e.RecordedAt,
        EpisodeOpened e => e.OpenedAt,
        _ => recorded,
    };

    /// <summary>The status the event leaves the referral in, or null when it does not change it.</summary>
    public static ReferralStatus? StatusAfter(object data) => data switch
    {
        ReferralReceived => ReferralStatus.Received,
        ReferralAssessed => ReferralStatus.Assessed,
        ReferralRejected => ReferralStatus.Rejected,
        CoordinatorAssigned => ReferralStatus.Assigned,
        AssignmentAccepted => ReferralStatus.InProgress,
        AssignmentDeclined => ReferralStatus.Assessed,
        ReferralResolved => ReferralStatus.Resolved,
        ResolutionApproved => ReferralStatus.Closed,
        ResolutionSentBack => ReferralStatus.InProgress,
        ReferralReopened e => e.ReopenedAs,
        EpisodeOpened => ReferralStatus.Assessed,
        _ => null,
    };

    /// <summary>Open: someone still has to act (received, assessed, assigned, in progress). Resolved waits only for the supervisor's approval.</summary>
    public static bool IsOpen(ReferralStatus status) =>
        status is ReferralStatus.Received or ReferralStatus.Assessed or ReferralStatus.Assigned or ReferralStatus.InProgress;
}
