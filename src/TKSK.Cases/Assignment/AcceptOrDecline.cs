using FluentValidation;
using Marten;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.OpenApi;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Assignment;

/// <summary>The assigned TKSK takes the referral on.</summary>
[Allowed(Role.Tksk)]
public sealed record AcceptAssignment(Guid ReferralId) : ReferralCommand(ReferralId)
{
    public override string Action => ReferralActions.Acceptance;
}

/// <summary>The assigned TKSK cannot take the referral; it goes back to the desk for another assignment.</summary>
public sealed record DeclineAssignmentRequest(string? Reason) : IPublishedWithAction;

public sealed class DeclineAssignmentValidator : AbstractValidator<DeclineAssignmentRequest>
{
    public DeclineAssignmentValidator() => RuleFor(x => x.Reason).Reason();
}

[Allowed(Role.Tksk)]
public sealed record DeclineAssignment(Guid ReferralId, string Reason) : ReferralCommand<DeclineAssignmentRequest>(ReferralId)
{
    public override string Action => ReferralActions.Decline;
}

public static class AcceptOrDeclineEndpoints
{
    /// <summary>The assigned TKSK accepts: the referral becomes in_progress. No body.</summary>
    /// <remarks>
    /// Only while the referral is `assigned` (else 409 `invalid-transition`). Only the TKSK the referral is assigned to, or a
    /// `province_admin`, may send it: another TKSK gets 403, and a referral that does not exist or lies outside the caller's scope answers
    /// 404. The first acceptance of an episode sets the first-visit and resolution deadlines (the case view's `deadlines`, times ISO 8601).
    /// Answers 200 with the updated case view and its new `ETag`; with `If-Match` (the `ETag` last read) a case changed since answers 412
    /// `stale-version` and nothing is written. An escalation or reassignment since the last read also changes the version.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/acceptance", OperationId = "AcceptAssignment")]
    [Sends<AcceptAssignment>]
    public static Task<IResult> Accept(string id, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new AcceptAssignment(referralId));

    /// <summary>The assigned TKSK declines (reason required): the referral returns to assessed.</summary>
    /// <remarks>
    /// Only while the referral is `assigned` (else 409 `invalid-transition`). Only the TKSK the referral is assigned to, or a
    /// `province_admin`, may send it: another TKSK gets 403, and a referral that does not exist or lies outside the caller's scope answers
    /// 404. The assignment is cleared and its acceptance deadline voided; the referral is not routed again by itself, so a supervisor
    /// assigns it anew. Answers 200 with the updated case view and its new `ETag`; with `If-Match` (the `ETag` last read) a case changed
    /// since answers 412 `stale-version` and nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/decline", OperationId = "DeclineAssignment")]
    [Sends<DeclineAssignment>]
    public static Task<IResult> Decline(string id, DeclineAssignmentRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new DeclineAssignment(referralId, request.Reason!));
}

public static class AcceptOrDeclineHandler
{
    public static Decision Decide(Referral referral, AcceptAssignment command, DecisionContext at) =>
        Decision.Accept(new AssignmentAccepted(referral.Assignment!.CoordinatorId, at.Now));

    public static Decision Decide(Referral referral, DeclineAssignment command, DecisionContext at) =>
        Decision.Accept(new AssignmentDeclined(referral.Assignment!.CoordinatorId, command.Reason.Trim(), at.Now));

    public static Task<ReferralCommandOutcome> Handle(AcceptAssignment command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, at));

    public static Task<ReferralCommandOutcome> Handle(DeclineAssignment command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, at));
}
