using FluentValidation;
using Marten;
using TKSK.Cases.Categories;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.OpenApi;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Assessment;

/// <summary>The JSC desk's assessment of a received referral.</summary>
/// <param name="Category">Confirmed PPKS category code.</param>
/// <param name="Urgency">Confirmed urgency: emergency, high, normal.</param>
/// <param name="Decision">field_response (goes to a TKSK), duplicate, unfounded or out_of_scope (all three end it as rejected).</param>
/// <param name="DuplicateOf">For duplicate: the original referral's id (itself not a duplicate).</param>
public sealed record AssessReferralRequest(string? Category, Urgency? Urgency, DeskDecision? Decision, Guid? DuplicateOf, string? Notes) : IPublishedWithAction;

public sealed class AssessReferralValidator : AbstractValidator<AssessReferralRequest>
{
    public AssessReferralValidator()
    {
        RuleFor(x => x.Category).Required().Must(PpksCategories.Exists).When(x => x.Category is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(x => Text.T($"Kategori PPKS{Echo.Code(x.Category)} tidak dikenal.", $"Unknown PPKS category{Echo.Code(x.Category)}."));
        RuleFor(x => x.Urgency).Required().Code();
        RuleFor(x => x.Decision).Required().Code();
        RuleFor(x => x.DuplicateOf).NotNull().When(x => x.Decision == DeskDecision.Duplicate)
            .WithMessage(_ => Text.T("Wajib diisi untuk keputusan duplicate: id rujukan asal.", "Required for a duplicate: the original referral's id."));
        RuleFor(x => x.DuplicateOf).Null().When(x => x.Decision != DeskDecision.Duplicate)
            .WithMessage(_ => Text.T("Hanya diisi untuk keputusan duplicate.", "Only for the decision duplicate."));
        RuleFor(x => x.Notes).OptionalText();
    }
}

[Allowed(Role.JscOperator)]
public sealed record AssessReferral(Guid ReferralId, string Category, Urgency Urgency, DeskDecision Decision, Guid? DuplicateOf, string? Notes)
    : ReferralCommand<AssessReferralRequest>(ReferralId)
{
    public override string Action => ReferralActions.Assessment;
}

public static class AssessReferralEndpoint
{
    /// <summary>Desk assessment: confirm category and urgency, and decide field_response, duplicate, unfounded or out_of_scope.</summary>
    /// <remarks>
    /// For `jsc_operator` and `province_admin`, only while the referral is `received` (else 409 `invalid-transition`, with `currentStatus`
    /// and `allowedActions`). `field_response` makes it `assessed`, and it is then routed automatically to an active TKSK of its kecamatan
    /// (the primary first; with nobody active it stays `assessed`, flagged `unassigned`); `duplicate`, `unfounded` and `out_of_scope` make
    /// it `rejected`. `duplicateOf` is required for `duplicate` and refused otherwise: it must name another referral within the caller's
    /// scope that is not itself a duplicate, else 400 naming `duplicateOf`. A referral that does not exist or lies outside the caller's
    /// scope answers 404. Answers 200 with the updated case view and its new `ETag`; with `If-Match` (the `ETag` last read) a case changed
    /// since answers 412 `stale-version` and nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/assessment", OperationId = "AssessReferral")]
    [Sends<AssessReferral>]
    public static Task<IResult> Post(string id, AssessReferralRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId =>
            new AssessReferral(referralId, request.Category!, request.Urgency!.Value, request.Decision!.Value, request.DuplicateOf, request.Notes));
}

public static class AssessReferralHandler
{
    /// <summary>The original that a duplicate names, if any — within the sender's scope: outside it, it does not exist for them.</summary>
    public static async Task<Referral?> LoadAsync(AssessReferral command, IQuerySession session, CancellationToken ct) =>
        command.DuplicateOf is { } originalId && await session.LoadAsync<Referral>(originalId, ct) is { } original && command.Actor.Covers(original)
            ? original : null;

    public static Decision Decide(Referral referral, AssessReferral command, Referral? original, DecisionContext at)
    {
        if (command.Decision == DeskDecision.FieldResponse)
            return Decision.Accept(new ReferralAssessed(command.Category, command.Urgency, command.Notes, at.Now));
        if (command.Decision != DeskDecision.Duplicate)
            return Decision.Accept(new ReferralRejected(command.Category, command.Urgency, command.Decision, null, null, command.Notes, at.Now));

        if (original is null) return Decision.Reject(Rejection.OriginalNotFound(command.DuplicateOf!.Value));
        if (original.Id == referral.Id) return Decision.Reject(Rejection.DuplicatesItself());
        if (original.DeskAssessment?.Decision == DeskDecision.Duplicate) return Decision.Reject(Rejection.OriginalIsDuplicate());
        // The original shows its duplicates too, written in the same transaction.
        return new Decision(
            [new ReferralRejected(command.Category, command.Urgency, DeskDecision.Duplicate, original.Id, original.Number, command.Notes, at.Now)],
            null, [(original.Id, new DuplicateLinked(referral.Id, referral.Number, at.Now))]);
    }

    public static Task<ReferralCommandOutcome> Handle(
        AssessReferral command, Referral? original, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, original, at));
}
