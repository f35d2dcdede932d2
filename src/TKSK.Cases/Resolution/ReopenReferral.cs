using FluentValidation;
using Marten;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;

namespace TKSK.Cases.Resolution;

/// <summary>Open a closed or rejected referral again: the problem came back, or the desk was wrong.</summary>
public sealed record ReopenReferralRequest(string? Reason) : IPublishedWithAction;

public sealed class ReopenReferralValidator : AbstractValidator<ReopenReferralRequest>
{
    public ReopenReferralValidator() => RuleFor(x => x.Reason).Reason();
}

public sealed record ReopenReferral(Guid ReferralId, string Reason) : ReferralCommand(ReferralId)
{
    public override string Action => ReferralActions.Reopening;
    public override object AsRequest() => new ReopenReferralRequest(Reason);
}

public static class ReopenReferralEndpoint
{
    /// <summary>Reopen a closed or rejected referral (reason required): in_progress if a coordinator is still assigned, else assessed.</summary>
    [WolverinePost("/api/v1/referrals/{id}/reopening", OperationId = "ReopenReferral")]
    public static Task<IResult> Post(string id, ReopenReferralRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new ReopenReferral(referralId, request.Reason!));
}

public static class ReopenReferralHandler
{
    public static Decision Decide(Referral referral, ReopenReferral command, DateTimeOffset now) => Decision.Accept(new ReferralReopened(
        command.Reason.Trim(), referral.Assignment is null ? ReferralStatus.Assessed : ReferralStatus.InProgress, now));

    public static Task<ReferralCommandOutcome> Handle(ReopenReferral command, ReferralWorkflow workflow) =>
        workflow.RunAsync(command, (referral, now) => Decide(referral, command, now));
}
