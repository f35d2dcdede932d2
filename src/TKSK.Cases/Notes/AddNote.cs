using FluentValidation;
using Marten;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.OpenApi;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Notes;

/// <summary>A free-text note on the case; allowed in every status.</summary>
public sealed record AddNoteRequest(string? Text) : IPublishedWithAction;

public sealed class AddNoteValidator : AbstractValidator<AddNoteRequest>
{
    public AddNoteValidator() => RuleFor(x => x.Text).Summary(1, 4000);
}

// Anyone working the case writes notes; a TKSK on any case of their kecamatan, not only their own.
[Allowed(Role.JscOperator, Role.Tksk, Role.Automation, AnyCaseInScope = true)]
public sealed record AddNote(Guid ReferralId, string Text) : ReferralCommand<AddNoteRequest>(ReferralId)
{
    public override string Action => ReferralActions.Notes;
    public override OfflineKind OfflineKind => OfflineKind.Fact;
}

public static class AddNoteEndpoint
{
    /// <summary>Add a note to a referral.</summary>
    /// <remarks>
    /// Adds a free-text note (`text`, 1–4,000 characters) to the referral, in every status. For `jsc_operator`, `tksk` and
    /// `province_admin`: a TKSK on any case in their scope (their kecamatan and the cases assigned to them), not only their own;
    /// supervisors and agency keys get 403, and a referral that does not exist or lies outside the caller's scope answers 404. Notes are
    /// personal data: agency keys do not see them without a basis for sharing. Answers 200 with the updated case view and its new `ETag`;
    /// with `If-Match` (the `ETag` last read) a case changed since answers 412 `stale-version` and nothing is written. Without `If-Match`,
    /// notes sent at the same moment are all stored.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/notes", OperationId = "AddNote")]
    [Sends<AddNote>]
    public static Task<IResult> Post(string id, AddNoteRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new AddNote(referralId, request.Text!));
}

public static class AddNoteHandler
{
    public static Decision Decide(AddNote command, DecisionContext at) =>
        Decision.Accept(new NoteAdded(at.NewId(), command.Text.Trim(), at.Now));

    public static Task<ReferralCommandOutcome> Handle(AddNote command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (_, at) => Decide(command, at));
}
