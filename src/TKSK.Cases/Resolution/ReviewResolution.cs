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

/// <summary>The kabupaten supervisor's review of a resolution.</summary>
/// <param name="Approved">true closes the referral; false sends it back to the TKSK (reason required).</param>
public sealed record ReviewResolutionRequest(bool? Approved, string? Reason) : IPublishedWithAction;

public sealed class ReviewResolutionValidator : AbstractValidator<ReviewResolutionRequest>
{
    public ReviewResolutionValidator()
    {
        RuleFor(x => x.Approved).Required();
        RuleFor(x => x.Reason).Reason().When(x => x.Approved == false);
        RuleFor(x => x.Reason).OptionalText(2000).When(x => x.Approved != false);
    }
}

[Allowed(Role.Supervisor)]
public sealed record ReviewResolution(Guid ReferralId, bool Approved, string? Reason) : ReferralCommand<ReviewResolutionRequest>(ReferralId)
{
    public override string Action => ReferralActions.Closure;
}

public static class ReviewResolutionEndpoint
{
    /// <summary>Supervisor's review: approved → closed; not approved → back to in_progress with a reason.</summary>
    /// <remarks>
    /// For `supervisor` and `province_admin`, only while the referral is `resolved` (else 409 `invalid-transition`); a referral that does
    /// not exist or lies outside the caller's scope answers 404. Approved, it becomes `closed` (an optional `reason` is kept as the
    /// closure's notes) and, for a pasung case or one in `penyandang_disabilitas`, `korban_napza` or `lanjut_usia_telantar` not resolved as
    /// `deceased`, `moved_out_of_area` or `subject_not_found`, follow-up visits are scheduled (by default +30, +90 and +180 days; the case
    /// view's `followUps`). Not approved, it needs a `reason` and returns to `in_progress` without its resolution. Answers 200 with the
    /// updated case view and its new `ETag`; with `If-Match` (the `ETag` last read) a case changed since answers 412 `stale-version` and
    /// nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/closure", OperationId = "ReviewResolution")]
    [Sends<ReviewResolution>]
    public static Task<IResult> Post(string id, ReviewResolutionRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new ReviewResolution(referralId, request.Approved!.Value, request.Reason));
}

public static class ReviewResolutionHandler
{
    public static Decision Decide(ReviewResolution command, DecisionContext at) => command.Approved
        ? Decision.Accept(new ResolutionApproved(command.Reason, at.Now))
        : Decision.Accept(new ResolutionSentBack(command.Reason!.Trim(), at.Now));

    public static Task<ReferralCommandOutcome> Handle(ReviewResolution command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (_, at) => Decide(command, at));
}
