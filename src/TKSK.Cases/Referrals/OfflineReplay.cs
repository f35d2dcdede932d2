namespace TKSK.Cases.Referrals;

/// <summary>
/// What a command recorded on a phone without a connection is, once it reaches the server. A fact happened in the field
/// (a visit, a note, a follow-up visit, a step done): it is never lost, whatever the case did meanwhile. A decision chose
/// something (an assessment, an acceptance or decline, a step's cancellation, a resolution): it is never applied over
/// what someone else decided since the phone last saw the case.
/// </summary>
public enum OfflineKind { Fact, Decision }

/// <summary>
/// Where a command replayed from a phone comes from. <paramref name="BaseVersion"/> is the case version the phone had
/// (null: no clash check); <paramref name="RecordedAt"/> is the phone's clock when it was recorded — a claim, kept, never
/// used to order anything; <paramref name="ClockSkewed"/> says the phone's clock was more than 5 minutes off when it sent.
/// </summary>
public sealed record OfflineOrigin(Guid CommandId, string DeviceId, string Operation, string Payload, long? BaseVersion, DateTimeOffset RecordedAt, bool ClockSkewed);

/// <summary>One event stored since the phone's base version: what the replay is judged against.</summary>
public sealed record ChangeSince(long Version, object Event, string? By, DateTimeOffset At);

/// <summary>What someone else did since the base version, as a conflict shows it ("theirs").</summary>
public sealed record TheirChange(long Version, string Type, string? By, DateTimeOffset At);

public enum OfflineVerdict
{
    /// <summary>Nothing since the base changes it: the command runs as if sent live.</summary>
    Clean,
    /// <summary>A fact on a case that was reassigned or closed meanwhile: appended, judged as the phone saw the case, and flagged.</summary>
    FactOnMovedCase,
    /// <summary>A decision that others' changes since the base contradict: not applied; it waits for a supervisor.</summary>
    Clash,
}

/// <param name="Reason">reassigned, closed or decided_meanwhile; null when clean.</param>
public sealed record OfflineJudgement(OfflineVerdict Verdict, string? Reason, IReadOnlyList<TheirChange> Theirs)
{
    public static readonly OfflineJudgement Clean = new(OfflineVerdict.Clean, null, []);
}

public static class OfflineReplay
{
    public const string Reassigned = "reassigned", Closed = "closed", DecidedMeanwhile = "decided_meanwhile";

    /// <summary>
    /// Pure: how a command recorded on <paramref name="atBase"/> meets the case <paramref name="now"/>, given the events
    /// stored since. The sender's own events (earlier commands of the same queue) never clash with it, and neither do
    /// facts and bookkeeping (notes, visits, deadlines, consents). <paramref name="stepId"/>: the step a step command is about.
    /// </summary>
    public static OfflineJudgement Judge(OfflineKind kind, Referral atBase, Referral now, IReadOnlyList<ChangeSince> since, string me, Guid? stepId = null)
    {
        var theirs = since.Where(c => c.By != me && !IsBookkeeping(c.Event)).ToList();
        var shown = theirs.Select(c => new TheirChange(c.Version, c.Event.GetType().Name, c.By, c.At)).ToList();
        var moved = Moved(atBase, now);
        if (kind == OfflineKind.Fact) return moved is null ? OfflineJudgement.Clean : new(OfflineVerdict.FactOnMovedCase, moved, shown);
        var reason = moved ?? (theirs.Any(c => Clashes(c.Event, stepId)) ? DecidedMeanwhile : null);
        return reason is null ? OfflineJudgement.Clean : new(OfflineVerdict.Clash, reason, shown);
    }

    // The case left the phone's TKSK, or ended: what a supervisor must hear about, fact or decision.
    private static string? Moved(Referral atBase, Referral now) =>
        atBase.Assignment?.CoordinatorId != now.Assignment?.CoordinatorId ? Reassigned
        : now.Status != atBase.Status && now.Status is ReferralStatus.Resolved or ReferralStatus.Closed or ReferralStatus.Rejected ? Closed
        : null;

    // A step event on another step than the one the command is about leaves it alone; any other decision clashes.
    private static bool Clashes(object @event, Guid? stepId) => (@event, stepId) switch
    {
        (InterventionStepStarted e, { } step) => e.StepId == step,
        (InterventionStepCompleted e, { } step) => e.StepId == step,
        (InterventionStepCancelled e, { } step) => e.StepId == step,
        _ => true,
    };

    private static bool IsBookkeeping(object @event) => Bookkeeping.Contains(@event.GetType());

    private static readonly HashSet<Type> Bookkeeping =
    [
        typeof(NoteAdded), typeof(OutreachVisitRecorded), typeof(FollowUpRecorded), typeof(DeadlineMissed), typeof(ReferralEscalated),
        typeof(DuplicateLinked), typeof(SharingConsentRecorded), typeof(SharingConsentRevoked), typeof(PersonalDataErased),
        typeof(InterventionStepAdded), typeof(OfflineChangeConflicted), typeof(OfflineConflictResolved),
    ];

    // The sender's own work that neither moves the case away from them nor ends it.
    private static readonly HashSet<Type> OwnWorkInPlace =
    [
        typeof(AssignmentAccepted), typeof(FieldAssessmentRecorded), typeof(InterventionStepStarted),
        typeof(InterventionStepCompleted), typeof(InterventionStepCancelled),
    ];

    /// <summary>
    /// Pure, from an event's type and author alone: whether it leaves any command judged against it clean (bookkeeping
    /// by anyone, or the sender's own work that keeps the case with them). When every event since the base does, the
    /// judgement is <see cref="OfflineJudgement.Clean"/> without reading the events: a week's queue replays without
    /// folding the stream again for each command.
    /// </summary>
    public static bool LeavesClean(string eventType, string? by, string me) =>
        Bookkeeping.Any(t => t.Name == eventType) || (by == me && OwnWorkInPlace.Any(t => t.Name == eventType));

    /// <summary>Pure: whether a conflict may be resolved now with this choice, or why not.</summary>
    public static Rejection? CannotResolve(Referral state, Guid conflictId, string choice)
    {
        var conflict = state.OfflineConflicts.FirstOrDefault(c => c.Id == conflictId);
        if (conflict is null) return Rejection.ConflictNotFound(conflictId);
        if (conflict.Resolution is not null) return Rejection.ConflictResolved(conflictId, conflict.Resolution);
        return conflict.FactKept && choice == ConflictChoice.Discard ? Rejection.FactKept(conflictId) : null;
    }
}

public static class ConflictChoice
{
    public const string Apply = "apply", Discard = "discard";
}
