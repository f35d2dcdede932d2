using FluentValidation;
using Marten;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;

namespace TKSK.Cases.Assignment;

/// <summary>The assigned TKSK takes the referral on.</summary>
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

public sealed record DeclineAssignment(Guid ReferralId, string Reason) : ReferralCommand(ReferralId)
{
    public override string Action => ReferralActions.Decline;
    public override object AsRequest() => new DeclineAssignmentRequest(Reason);
}

public static class AcceptOrDeclineEndpoints
{
    /// <summary>The assigned TKSK accepts: the referral becomes in_progress. No body.</summary>
    [WolverinePost("/api/v1/referrals/{id}/acceptance", OperationId = "AcceptAssignment")]
    public static Task<IResult> Accept(string id, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new AcceptAssignment(referralId));

    /// <summary>The assigned TKSK declines (reason required): the referral returns to assessed.</summary>
    [WolverinePost("/api/v1/referrals/{id}/decline", OperationId = "DeclineAssignment")]
    public static Task<IResult> Decline(string id, DeclineAssignmentRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new DeclineAssignment(referralId, request.Reason!));
}

public static class AcceptOrDeclineHandler
{
    public static Decision Decide(Referral referral, AcceptAssignment command, DateTimeOffset now) =>
        Decision.Accept(new AssignmentAccepted(referral.Assignment!.CoordinatorId, now));

    public static Decision Decide(Referral referral, DeclineAssignment command, DateTimeOffset now) =>
        Decision.Accept(new AssignmentDeclined(referral.Assignment!.CoordinatorId, command.Reason.Trim(), now));

    public static Task<ReferralCommandOutcome> Handle(AcceptAssignment command, ReferralWorkflow workflow) =>
        workflow.RunAsync(command, (referral, now) => Decide(referral, command, now));

    public static Task<ReferralCommandOutcome> Handle(DeclineAssignment command, ReferralWorkflow workflow) =>
        workflow.RunAsync(command, (referral, now) => Decide(referral, command, now));
}
