using FluentValidation;
using Marten;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;

namespace TKSK.Cases.Notes;

/// <summary>A free-text note on the case; allowed in every status.</summary>
public sealed record AddNoteRequest(string? Text) : IPublishedWithAction;

public sealed class AddNoteValidator : AbstractValidator<AddNoteRequest>
{
    public AddNoteValidator() => RuleFor(x => x.Text).Summary(1, 4000);
}

public sealed record AddNote(Guid ReferralId, string Text) : ReferralCommand(ReferralId)
{
    public override string Action => ReferralActions.Notes;
    public override object AsRequest() => new AddNoteRequest(Text);
}

public static class AddNoteEndpoint
{
    [WolverinePost("/api/v1/referrals/{id}/notes", OperationId = "AddNote")]
    public static Task<IResult> Post(string id, AddNoteRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new AddNote(referralId, request.Text!));
}

public static class AddNoteHandler
{
    public static Decision Decide(AddNote command, DateTimeOffset now) =>
        Decision.Accept(new NoteAdded(Guid.CreateVersion7(now), command.Text.Trim(), now));

    public static Task<ReferralCommandOutcome> Handle(AddNote command, ReferralWorkflow workflow) =>
        workflow.RunAsync(command, (_, now) => Decide(command, now));
}
