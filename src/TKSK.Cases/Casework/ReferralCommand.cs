using System.Text.Json.Serialization;
using TKSK.Cases.Access;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Casework;

/// <summary>Duplicate and Conflicted come only from a command replayed from a phone (<see cref="ReferralCommand.FromDevice"/>).</summary>
public enum CommandResult { Done, NotFound, StaleVersion, Rejected, Forbidden, Duplicate, Conflicted }

/// <summary>
/// What came of a command: the case after it, or why nothing was written (with the case as it stands, when it was read).
/// A command from a phone also has its receipt: what the phone is told, now and when it sends the command again.
/// </summary>
public sealed record ReferralCommandOutcome(CommandResult Result, Referral? View, Rejection? Rejection = null)
{
    public SyncReceipt? Receipt { get; init; }
}

/// <summary>
/// A command on one referral: a plain message, the same whether it comes from HTTP, from a
/// workflow handler, from a durable scheduled message or (later) from an offline device, and handled
/// the same way (<see cref="ReferralPipeline"/>). Who may send it is declared on the command itself
/// (<see cref="AllowedAttribute"/>). Its fields are what the rule needs, none of them optional unless
/// the rule says so.
/// </summary>
public abstract record ReferralCommand(Guid ReferralId)
{
    /// <summary>The version the sender decided on (HTTP If-Match): a different current version refuses it (412). Null: act on the current state.</summary>
    public long? ExpectedVersion { get; init; }

    /// <summary>Who sends it: checked against the command's rule and the referral's scope, and recorded on every event it writes.</summary>
    public Actor Actor { get; init; } = Nobody;

    /// <summary>A command nobody signed: it may do nothing.</summary>
    public static readonly Actor Nobody = new("nobody", "nobody", Role.Automation, "none");

    /// <summary>Recorded on a phone without a connection and replayed by a sync (<see cref="DeviceReplay"/>); null for everything else.</summary>
    public OfflineOrigin? FromDevice { get; init; }

    /// <summary>Sent by a supervisor who chose to apply this offline conflict's command: its resolution is recorded with it.</summary>
    public ConflictApplied? Resolving { get; init; }

    /// <summary>Replayed from a phone, a fact is kept whatever the case did meanwhile; a decision is not applied over others' (OfflineReplay).</summary>
    [JsonIgnore] public virtual OfflineKind OfflineKind => OfflineKind.Decision;

    /// <summary>Its name in <c>allowedActions</c> and in the URL under /api/v1/referrals/{id}/.</summary>
    [JsonIgnore] public abstract string Action { get; }

    /// <summary>Allowed in every status and not one of the case's <c>allowedActions</c> (data protection: consents, erasure).</summary>
    [JsonIgnore] public virtual bool AnyStatus => false;

    /// <summary>The request body its rules are written for (validated where it arrives), if any.</summary>
    [JsonIgnore] public virtual Type? RequestType => null;
}

/// <summary>
/// A command that arrives over HTTP (or from a device) as <typeparamref name="TRequest"/>, whose validator holds its rules:
/// a command that did not come through that edge — a queued or scheduled one — is checked against the same validator,
/// read as that request (the two share their members' names).
/// </summary>
public abstract record ReferralCommand<TRequest>(Guid ReferralId) : ReferralCommand(ReferralId)
{
    [JsonIgnore] public sealed override Type RequestType => typeof(TRequest);
}

/// <summary>The supervisor's "apply" of an offline conflict: recorded in the same transaction as the command it applies.</summary>
public sealed record ConflictApplied(Guid ConflictId, string? Note, string ResolvedBy);
