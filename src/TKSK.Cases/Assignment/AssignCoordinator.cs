using FluentValidation;
using Marten;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.OpenApi;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Assignment;

/// <summary>Assign (or reassign) the referral to a TKSK coordinator.</summary>
/// <param name="Reason">Why: required when the coordinator is the TKSK of another kecamatan than the referral's.</param>
public sealed record AssignCoordinatorRequest(Guid? CoordinatorId, string? Reason) : IPublishedWithAction;

public sealed class AssignCoordinatorValidator : AbstractValidator<AssignCoordinatorRequest>
{
    public AssignCoordinatorValidator()
    {
        RuleFor(x => x.CoordinatorId).Required();
        RuleFor(x => x.Reason).OptionalText(2000);
    }
}

// The kabupaten supervises its TKSK; routing (automation) assigns too.
[Allowed(Role.Supervisor, Role.Automation)]
public sealed record AssignCoordinator(Guid ReferralId, Guid CoordinatorId, string? Reason) : ReferralCommand<AssignCoordinatorRequest>(ReferralId)
{
    public override string Action => ReferralActions.Assignment;
}

public static class AssignCoordinatorEndpoint
{
    /// <summary>Assign the referral to an active TKSK coordinator; while assigned or in progress this reassigns it.</summary>
    /// <remarks>
    /// For `supervisor` and `province_admin`, while the referral is `assessed`, `assigned` or `in_progress` (else 409
    /// `invalid-transition`); it becomes `assigned`, the TKSK is notified and must accept within the acceptance deadline, and the
    /// `unassigned` and `orphaned` flags are cleared. A TKSK of another kecamatan than the referral's needs a `reason` (else 400 naming
    /// `reason`); an inactive coordinator is a 400 naming `coordinatorId`, an unknown one (or, for a supervisor, one outside their kabupaten) a 404, and the coordinator who already has the
    /// case a 409 `already-assigned`. A referral that does not exist or lies outside the caller's scope answers 404. Answers 200 with the
    /// updated case view and its new `ETag`; with `If-Match` (the `ETag` last read) a case changed since answers 412 `stale-version` and
    /// nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/assignment", OperationId = "AssignCoordinator")]
    [Sends<AssignCoordinator>]
    public static Task<IResult> Post(string id, AssignCoordinatorRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new AssignCoordinator(referralId, request.CoordinatorId!.Value, request.Reason));
}

public static class AssignCoordinatorHandler
{
    public static Task<Coordinator?> LoadAsync(AssignCoordinator command, IQuerySession session, CancellationToken ct) =>
        session.LoadAsync<Coordinator>(command.CoordinatorId, ct);

    public static Decision Decide(Referral referral, AssignCoordinator command, Coordinator? coordinator, DecisionContext at)
    {
        // A supervisor hands cases only to the TKSK of their own kabupaten: one outside it is not theirs to see, let alone to give
        // a case (with its NIK and health notes) to. The province's staff and automation reach every kecamatan.
        if (coordinator is null || (command.Actor.Role == Role.Supervisor && !Scope.InRegion(command.Actor.Region, coordinator.KecamatanCode)))
            return Decision.Reject(Rejection.CoordinatorNotFound(command.CoordinatorId));
        if (!coordinator.Active) return Decision.Reject(Rejection.CoordinatorInactive(coordinator.Name));
        if (referral.Assignment?.CoordinatorId == coordinator.Id) return Decision.Reject(Rejection.AlreadyAssigned(referral, coordinator.Name));
        // The TKSK of the referral's own kecamatan is the rule; another one is an exception someone must explain.
        var outOfKecamatan = coordinator.KecamatanCode != referral.Place.KecamatanCode;
        if (outOfKecamatan && string.IsNullOrWhiteSpace(command.Reason))
            return Decision.Reject(Rejection.ReasonRequiredOutsideKecamatan(
                coordinator.Name, Kecamatan(coordinator.KecamatanName, coordinator.KecamatanCode), Kecamatan(referral.Place.KecamatanName, referral.Place.KecamatanCode)));
        return Decision.Accept(new CoordinatorAssigned(
            coordinator.Id, coordinator.Name, coordinator.Phone, coordinator.KecamatanCode, command.Reason, referral.Assignment?.CoordinatorId, at.Now, OutOfKecamatan: outOfKecamatan));
    }

    private static string Kecamatan(string name, string code) => name.Length > 0 ? $"{name} ({code})" : code;

    public static Task<ReferralCommandOutcome> Handle(
        AssignCoordinator command, Coordinator? coordinator, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, coordinator, at));
}
