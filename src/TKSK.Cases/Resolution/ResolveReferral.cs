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

/// <summary>The TKSK reports the case resolved, with its outcome.</summary>
/// <param name="Outcome">freed_and_treated, placed_in_institution, reunited_with_family, receiving_assistance, rehabilitated, referred_out_of_area, subject_not_found, deceased, declined_services, moved_out_of_area, other.</param>
public sealed record ResolveReferralRequest(Outcome? Outcome, string? Notes) : IPublishedWithAction;

public sealed class ResolveReferralValidator : AbstractValidator<ResolveReferralRequest>
{
    public ResolveReferralValidator()
    {
        RuleFor(x => x.Outcome).Required().Code();
        RuleFor(x => x.Notes).OptionalText();
    }
}

[Allowed(Role.Tksk)]
public sealed record ResolveReferral(Guid ReferralId, Outcome Outcome, string? Notes) : ReferralCommand<ResolveReferralRequest>(ReferralId)
{
    public override string Action => ReferralActions.Resolution;
}

public static class ResolveReferralEndpoint
{
    /// <summary>Resolve: only from in_progress, after a field assessment and with no step open — except for outcomes that make that impossible.</summary>
    /// <remarks>
    /// Only while the referral is `in_progress` (else 409 `invalid-transition`). Only the TKSK the referral is assigned to, or a
    /// `province_admin`, may send it: another TKSK gets 403, and a referral that does not exist or lies outside the caller's scope answers
    /// 404. Except for the outcomes `subject_not_found`, `deceased`, `declined_services` and `moved_out_of_area`, it needs a field
    /// assessment and no open step, else 409 `resolution-not-ready` saying which. The referral becomes `resolved` and waits for the
    /// supervisor's review (`POST …/closure`). Answers 200 with the updated case view and its new `ETag`; with `If-Match` (the `ETag` last
    /// read) a case changed since answers 412 `stale-version` and nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/resolution", OperationId = "ResolveReferral")]
    [Sends<ResolveReferral>]
    public static Task<IResult> Post(string id, ResolveReferralRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new ResolveReferral(referralId, request.Outcome!.Value, request.Notes));
}

public static class ResolveReferralHandler
{
    /// <summary>Outcomes after which neither a field assessment nor finished steps can be expected.</summary>
    public static readonly IReadOnlySet<Outcome> OutcomesWithoutFieldWork =
        new HashSet<Outcome> { Outcome.SubjectNotFound, Outcome.Deceased, Outcome.DeclinedServices, Outcome.MovedOutOfArea };

    public static Decision Decide(Referral referral, ResolveReferral command, DecisionContext at)
    {
        if (!OutcomesWithoutFieldWork.Contains(command.Outcome))
        {
            if (referral.FieldAssessment is null) return Decision.Reject(Rejection.NoFieldAssessment());
            var open = referral.Steps.Where(s => s.IsOpen).Select(s => s.Title).ToList();
            if (open.Count > 0) return Decision.Reject(Rejection.OpenSteps(open));
        }
        return Decision.Accept(new ReferralResolved(command.Outcome, command.Notes, at.Now));
    }

    public static Task<ReferralCommandOutcome> Handle(ResolveReferral command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, at));
}
