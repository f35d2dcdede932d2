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
    public static DateTimeOffset At(object data, DateTimeOffset recorded) => data is IReferralEvent e ? e.OccurredAt : recorded;

    /// <summary>The status the event leaves the referral in, or null when it does not change it.</summary>
    public static ReferralStatus? StatusAfter(object data) => (data as IReferralEvent)?.StatusAfter;

    /// <summary>Open: someone still has to act (received, assessed, assigned, in progress). Resolved waits only for the supervisor's approval.</summary>
    public static bool IsOpen(ReferralStatus status) =>
        status is ReferralStatus.Received or ReferralStatus.Assessed or ReferralStatus.Assigned or ReferralStatus.InProgress;
}
