using FluentValidation;
using Wolverine;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Referrals;
using Wolverine.Http;

namespace TKSK.Cases.Notes;

/// <summary>A free-text note on the case; allowed in every status.</summary>
public sealed record AddNote(string? Text) : IReferralCommand
{
    public string Action => ReferralActions.Notes;
}

public sealed class AddNoteValidator : AbstractValidator<AddNote>
{
    public AddNoteValidator() => RuleFor(x => x.Text).Summary(1, 4000);
}

public static class AddNoteEndpoint
{
    [WolverinePost("/api/v1/referrals/{id}/notes", OperationId = "AddNote")]
    public static Task<IResult> Post(string id, AddNote command, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, command, http, ct);
}
