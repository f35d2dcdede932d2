using System.Text.Json.Serialization;
using FluentValidation;
using Marten;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Referrals;
using Wolverine.Http;

namespace TKSK.Cases.Assignment;

/// <summary>Assign (or reassign) the referral to a TKSK coordinator.</summary>
public sealed record AssignCoordinator(Guid? CoordinatorId, string? Reason) : IReferralCommand
{
    public string Action => ReferralActions.Assignment;

    /// <summary>The coordinator named by <see cref="CoordinatorId"/>, looked up before deciding.</summary>
    [JsonIgnore] public CoordinatorRef? Coordinator { get; init; }
}

public sealed record CoordinatorRef(Guid Id, string Name, string Phone, string KecamatanCode);

public sealed class AssignCoordinatorValidator : AbstractValidator<AssignCoordinator>
{
    public AssignCoordinatorValidator()
    {
        RuleFor(x => x.CoordinatorId).Required();
        RuleFor(x => x.Reason).OptionalText(2000);
    }
}

public static class AssignCoordinatorEndpoint
{
    /// <summary>Assign the referral to an active TKSK coordinator; while assigned or in progress this reassigns it.</summary>
    [WolverinePost("/api/v1/referrals/{id}/assignment", OperationId = "AssignCoordinator")]
    public static async Task<IResult> Post(
        string id, AssignCoordinator command, IDocumentSession session, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var coordinator = await session.LoadAsync<Coordinator>(command.CoordinatorId!.Value, ct);
        if (coordinator is null)
            return ProblemResults.NotFound(Text.T($"Koordinator {command.CoordinatorId} tidak ditemukan.", $"Coordinator {command.CoordinatorId} not found."));
        if (!coordinator.Active)
            return ProblemResults.Invalid("coordinatorId", Text.T($"Koordinator {coordinator.Name} tidak aktif.", $"Coordinator {coordinator.Name} is not active."));
        command = command with { Coordinator = new CoordinatorRef(coordinator.Id, coordinator.Name, coordinator.Phone, coordinator.KecamatanCode) };
        return await session.ExecuteAsync(id, command, http, clock, ct);
    }
}
