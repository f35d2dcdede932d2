using FluentValidation;
using Wolverine;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Referrals;
using Wolverine.Http;

namespace TKSK.Cases.Assignment;

/// <summary>The assigned TKSK takes the referral on.</summary>
public sealed record AcceptAssignment : IReferralCommand
{
    public string Action => ReferralActions.Acceptance;
}

/// <summary>The assigned TKSK cannot take the referral; it goes back to the desk for another assignment.</summary>
public sealed record DeclineAssignment(string? Reason) : IReferralCommand
{
    public string Action => ReferralActions.Decline;
}

public sealed class DeclineAssignmentValidator : AbstractValidator<DeclineAssignment>
{
    public DeclineAssignmentValidator() => RuleFor(x => x.Reason).Reason();
}

public static class AcceptOrDeclineEndpoints
{
    /// <summary>The assigned TKSK accepts: the referral becomes in_progress. No body.</summary>
    [WolverinePost("/api/v1/referrals/{id}/acceptance", OperationId = "AcceptAssignment")]
    public static Task<IResult> Accept(string id, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, new AcceptAssignment(), http, ct);

    /// <summary>The assigned TKSK declines (reason required): the referral returns to assessed.</summary>
    [WolverinePost("/api/v1/referrals/{id}/decline", OperationId = "DeclineAssignment")]
    public static Task<IResult> Decline(
        string id, DeclineAssignment command, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, command, http, ct);
}
