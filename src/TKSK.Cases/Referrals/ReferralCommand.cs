using System.Text.Json.Serialization;
using TKSK.Cases.Access;

namespace TKSK.Cases.Referrals;

/// <summary>
/// A command on one referral: a plain message, the same whether it comes from HTTP, from a
/// workflow handler or from a durable scheduled message, and handled the same way
/// (<see cref="ReferralWorkflow"/>). Its fields are what the rule needs, none of them optional
/// unless the rule says so.
/// </summary>
public abstract record ReferralCommand(Guid ReferralId)
{
    /// <summary>The version the sender decided on (HTTP If-Match): a different current version refuses it (412). Null: act on the current state.</summary>
    public long? ExpectedVersion { get; init; }

    /// <summary>Who sends it: checked against the access rules and the referral's scope, and recorded on every event it writes.</summary>
    public Actor Actor { get; init; } = Nobody;

    /// <summary>A command nobody signed: it may do nothing.</summary>
    public static readonly Actor Nobody = new("nobody", "nobody", Role.Automation, "none");

    /// <summary>Its operation in the access rules (the same as the HTTP operation id).</summary>
    [JsonIgnore] public string Operation => GetType().Name;

    /// <summary>Its name in <c>allowedActions</c> and in the URL under /api/v1/referrals/{id}/.</summary>
    [JsonIgnore] public abstract string Action { get; }

    /// <summary>Allowed in every status and not one of the case's <c>allowedActions</c> (data protection: consents, erasure).</summary>
    [JsonIgnore] public virtual bool AnyStatus => false;

    /// <summary>The HTTP request body this command is made from, so that a command arriving as a message is checked by the same validator; null when it has none.</summary>
    public virtual object? AsRequest() => null;
}

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
