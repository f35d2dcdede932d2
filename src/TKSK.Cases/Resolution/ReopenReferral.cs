using FluentValidation;
using Marten;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.OpenApi;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Resolution;

/// <summary>Open a closed or rejected referral again: the problem came back, or the desk was wrong.</summary>
public sealed record ReopenReferralRequest(string? Reason) : IPublishedWithAction;

public sealed class ReopenReferralValidator : AbstractValidator<ReopenReferralRequest>
{
    public ReopenReferralValidator() => RuleFor(x => x.Reason).Reason();
}

[Allowed(Role.Supervisor)]
public sealed record ReopenReferral(Guid ReferralId, string Reason) : ReferralCommand<ReopenReferralRequest>(ReferralId)
{
    public override string Action => ReferralActions.Reopening;
}

public static class ReopenReferralEndpoint
{
    /// <summary>Reopen a closed or rejected referral (reason required): in_progress if a coordinator is still assigned, else assessed.</summary>
    /// <remarks>
    /// For `supervisor` and `province_admin`, only while the referral is `closed` or `rejected` (else 409 `invalid-transition`); a referral
    /// that does not exist or lies outside the caller's scope answers 404. It is not routed again by itself: a referral reopened to
    /// `assessed` waits for a supervisor's assignment. Answers 200 with the updated case view and its new `ETag`; with `If-Match` (the
    /// `ETag` last read) a case changed since answers 412 `stale-version` and nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/reopening", OperationId = "ReopenReferral")]
    [Sends<ReopenReferral>]
    public static Task<IResult> Post(string id, ReopenReferralRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new ReopenReferral(referralId, request.Reason!));
}

public static class ReopenReferralHandler
{
    public static Decision Decide(Referral referral, ReopenReferral command, DecisionContext at) => Decision.Accept(new ReferralReopened(
        command.Reason.Trim(), referral.Assignment is null ? ReferralStatus.Assessed : ReferralStatus.InProgress, at.Now));

    public static Task<ReferralCommandOutcome> Handle(ReopenReferral command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, at));
}
