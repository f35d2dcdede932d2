using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Coordinators;

/// <summary>A TKSK leaves (transfer, leave, resignation): their open cases go to the successor, or are routed again.</summary>
/// <param name="SuccessorId">The TKSK who takes over every open case; absent: each case is routed to the kecamatan's TKSK.</param>
public sealed record DeactivateCoordinatorRequest(string? Reason, Guid? SuccessorId);

public sealed class DeactivateCoordinatorValidator : AbstractValidator<DeactivateCoordinatorRequest>
{
    public DeactivateCoordinatorValidator() => RuleFor(x => x.Reason).Reason();
}

/// <summary>Hand over every open case of a TKSK who left: sent with the deactivation, in its transaction.</summary>
public sealed record HandOverCaseload(Guid CoordinatorId, Guid? SuccessorId);

public sealed record Deactivated(Coordinator Coordinator, int OpenCasesHandedOver);

public static class DeactivationEndpoints
{
    /// <summary>Deactivate a TKSK: tokens naming them are refused from now on, and their open cases are handed over.</summary>
    /// <remarks>
    /// For `supervisor` (their own kabupaten/kota's TKSK) and `province_admin`; a coordinator unknown or outside the caller's region
    /// answers 404, one already inactive 409 (`urn:tksk-cases:problem:coordinator-inactive`). A `reason` is required; `successorId`, if
    /// given, must be another active coordinator within the caller's region, else 400 naming it. `openCasesHandedOver` counts the cases `assigned` to them or
    /// `in_progress` at that moment: they are handed over in the background after the answer, each to the successor or routed again to the
    /// kecamatan's TKSK, and one nobody can take is flagged `orphaned`.
    /// </remarks>
    [WolverinePost("/api/v1/coordinators/{id}/deactivation", OperationId = "DeactivateCoordinator"), Tags("Coordinators")]
    [Allowed(Role.Supervisor)]
    [ProducesResponseType<Deactivated>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json"), ProducesResponseType<ProblemDetails>(409, "application/problem+json")]
    public static async Task<IResult> Deactivate(string id, DeactivateCoordinatorRequest request, IDocumentSession session, IMessageBus bus, HttpContext http, TimeProvider clock)
    {
        var actor = http.Caller();
        if (await Find(id, session, actor) is not { } coordinator) return NotFound(id);
        if (!coordinator.Active) return Conflict(Text.T("Koordinator ini sudah tidak aktif.", "This coordinator is already inactive."));
        // Within the caller's region too: a kabupaten's supervisor cannot hand its cases to another kabupaten's TKSK (the same
        // rule as assigning across kabupaten), and one outside the region is answered as if unknown.
        if (request.SuccessorId is { } successorId
            && (successorId == coordinator.Id || await Find(successorId.ToString(), session, actor) is not { Active: true }))
            return ProblemResults.Invalid("successorId", Text.T("Pengganti harus koordinator lain yang aktif di wilayah Anda.", "The successor must be another active coordinator within your region."));

        var open = await session.Query<Referral>()
            .CountAsync(r => r.Assignment!.CoordinatorId == coordinator.Id && (r.Status == ReferralStatus.Assigned || r.Status == ReferralStatus.InProgress));
        coordinator = coordinator with { Active = false, DeactivatedAt = clock.GetUtcNow(), DeactivationReason = request.Reason!.Trim() };
        session.Stamp(actor);
        session.Store(coordinator);
        await bus.PublishAsync(new HandOverCaseload(coordinator.Id, request.SuccessorId));
        await session.SaveChangesAsync();
        return Results.Ok(new Deactivated(coordinator, open));
    }

    /// <summary>The TKSK is back: routing may choose them again (cases handed over stay where they went).</summary>
    /// <remarks>
    /// For `supervisor` (within their kabupaten/kota) and `province_admin`; a coordinator unknown or outside the caller's region answers
    /// 404. Answers 200 with the coordinator record, also when it was already active (nothing changes then); their tokens are accepted
    /// again.
    /// </remarks>
    [WolverinePost("/api/v1/coordinators/{id}/reactivation", OperationId = "ReactivateCoordinator"), Tags("Coordinators")]
    [Allowed(Role.Supervisor)]
    [ProducesResponseType<Coordinator>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> Reactivate(string id, IDocumentSession session, HttpContext http)
    {
        var actor = http.Caller();
        if (await Find(id, session, actor) is not { } coordinator) return NotFound(id);
        if (!coordinator.Active)
        {
            coordinator = coordinator with { Active = true, DeactivatedAt = null, DeactivationReason = null };
            session.Stamp(actor);
            session.Store(coordinator);
            await session.SaveChangesAsync();
        }
        return Results.Ok(coordinator);
    }

    private static async Task<Coordinator?> Find(string id, IQuerySession session, Actor actor) =>
        Guid.TryParse(id, out var guid) && await session.LoadAsync<Coordinator>(guid) is { } c && Scope.InRegion(actor.Region, c.KecamatanCode) ? c : null;

    private static IResult NotFound(string id) => ProblemResults.NotFound(Text.T($"Koordinator{Echo.Id(id)} tidak ditemukan.", $"Coordinator{Echo.Id(id)} not found."));

    private static IResult Conflict(string detail) =>
        Results.Problem(statusCode: 409, type: ProblemTypes.Of("coordinator-inactive"), title: Text.T("Koordinator tidak aktif", "Coordinator not active"), detail: detail);
}
