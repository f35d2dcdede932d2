using FluentValidation;
using Wolverine;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Referrals;
using Wolverine.Http;

namespace TKSK.Cases.Resolution;

/// <summary>The TKSK reports the case resolved, with its outcome.</summary>
/// <param name="Outcome">freed_and_treated, placed_in_institution, reunited_with_family, receiving_assistance, rehabilitated, referred_out_of_area, subject_not_found, deceased, declined_services, moved_out_of_area, other.</param>
public sealed record ResolveReferral(Outcome? Outcome, string? Notes) : IReferralCommand
{
    public string Action => ReferralActions.Resolution;
}

public sealed class ResolveReferralValidator : AbstractValidator<ResolveReferral>
{
    public ResolveReferralValidator()
    {
        RuleFor(x => x.Outcome).Required().Code();
        RuleFor(x => x.Notes).OptionalText();
    }
}

/// <summary>The kabupaten supervisor's review of a resolution.</summary>
/// <param name="Approved">true closes the referral; false sends it back to the TKSK (reason required).</param>
public sealed record ReviewResolution(bool? Approved, string? Reason) : IReferralCommand
{
    public string Action => ReferralActions.Closure;
}

public sealed class ReviewResolutionValidator : AbstractValidator<ReviewResolution>
{
    public ReviewResolutionValidator()
    {
        RuleFor(x => x.Approved).Required();
        RuleFor(x => x.Reason).Reason().When(x => x.Approved == false);
        RuleFor(x => x.Reason).OptionalText(2000).When(x => x.Approved != false);
    }
}

/// <summary>Open a closed or rejected referral again: the problem came back, or the desk was wrong.</summary>
public sealed record ReopenReferral(string? Reason) : IReferralCommand
{
    public string Action => ReferralActions.Reopening;
}

public sealed class ReopenReferralValidator : AbstractValidator<ReopenReferral>
{
    public ReopenReferralValidator() => RuleFor(x => x.Reason).Reason();
}

public static class ResolutionEndpoints
{
    /// <summary>Resolve: only from in_progress, after a field assessment and with no step open — except for outcomes that make that impossible.</summary>
    [WolverinePost("/api/v1/referrals/{id}/resolution", OperationId = "ResolveReferral")]
    public static Task<IResult> Resolve(string id, ResolveReferral command, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, command, http, ct);

    /// <summary>Supervisor's review: approved → closed; not approved → back to in_progress with a reason.</summary>
    [WolverinePost("/api/v1/referrals/{id}/closure", OperationId = "ReviewResolution")]
    public static Task<IResult> Close(string id, ReviewResolution command, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, command, http, ct);

    /// <summary>Reopen a closed or rejected referral (reason required): in_progress if a coordinator is still assigned, else assessed.</summary>
    [WolverinePost("/api/v1/referrals/{id}/reopening", OperationId = "ReopenReferral")]
    public static Task<IResult> Reopen(string id, ReopenReferral command, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, command, http, ct);
}
