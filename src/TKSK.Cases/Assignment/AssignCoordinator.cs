using System.Text.Json.Serialization;
using FluentValidation;
using Wolverine;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Referrals;
using Wolverine.Http;

namespace TKSK.Cases.Assignment;

/// <summary>Assign (or reassign) the referral to a TKSK coordinator.</summary>
public sealed record AssignCoordinator(Guid? CoordinatorId, string? Reason) : IReferralCommand
{
    public string Action => ReferralActions.Assignment;

    /// <summary>The coordinator named by <see cref="CoordinatorId"/>, looked up by the handler before deciding.</summary>
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
    public static Task<IResult> Post(string id, AssignCoordinator command, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, command, http, ct);
}
