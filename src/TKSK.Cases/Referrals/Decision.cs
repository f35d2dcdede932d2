namespace TKSK.Cases.Referrals;

/// <summary>
/// What a command does to a referral: new events (here and on other referrals) and messages to
/// send once they are committed, or a refusal and nothing written. No events and no refusal: the
/// command found nothing left to do (a deadline already met, a case routed meanwhile).
/// </summary>
public sealed record Decision(IReadOnlyList<object> Events, Rejection? Rejection, IReadOnlyList<(Guid ReferralId, object Event)> Elsewhere)
{
    public IReadOnlyList<object> Messages { get; init; } = [];

    public static Decision Accept(params object[] events) => new(events, null, []);
    public static Decision Reject(Rejection rejection) => new([], rejection, []);
    public static Decision Nothing => new([], null, []);
}

/// <summary>
/// What a decision may not take from the world itself: the time, and new ids (a visit's, a step's, a
/// deadline's). Passed in, so that a test gives both and gets the same events every time.
/// </summary>
public sealed class DecisionContext(DateTimeOffset now, Func<Guid> newId)
{
    public DateTimeOffset Now { get; } = now;
    public Guid NewId() => newId();

    /// <summary>The service's own: ids that sort by time (UUID v7), as Marten stores them best.</summary>
    public static DecisionContext Live(DateTimeOffset now) => new(now, () => Guid.CreateVersion7(now));
}
