using FluentValidation;
using Marten;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Erasure;

/// <summary>
/// Erase the subject's personal data on a lawful request (UU PDP art. 8, 16): names, NIK, phones,
/// address, coordinates and every free text about the person become unrecoverable — in the case,
/// in every stored event of its stream, in messages and refusals kept about it — while the case
/// keeps its codes, dates and statistics.
/// </summary>
/// <param name="Reason">The legal ground, e.g. "Permintaan subjek (UU PDP pasal 8)".</param>
/// <param name="RequestReference">The request's letter or ticket number, if any.</param>
public sealed record ErasePersonalDataRequest(string? Reason, string? RequestReference);

public sealed class ErasePersonalDataValidator : AbstractValidator<ErasePersonalDataRequest>
{
    public ErasePersonalDataValidator()
    {
        RuleFor(x => x.Reason).Reason();
        RuleFor(x => x.RequestReference).OptionalText(200);
    }
}

// On a lawful request, by the province admin only.
[Allowed]
public sealed record ErasePersonalData(Guid ReferralId, string Reason, string? RequestReference) : ReferralCommand<ErasePersonalDataRequest>(ReferralId)
{
    public override string Action => "erasure";
    public override bool AnyStatus => true;
}

/// <summary>After the erasure is committed: mask the stream's earlier events and purge what else holds them.</summary>
public sealed record MaskErasedReferral(Guid ReferralId);

public static class ErasePersonalDataEndpoint
{
    /// <summary>Erase the subject's personal data (province admin, on a lawful request). Irreversible.</summary>
    /// <remarks>
    /// Province admin only, in any status; a referral that does not exist or lies outside the caller's scope answers 404. Names, NIK,
    /// phones, address, coordinates and every free text of the case become unrecoverable, while its codes, dates and figures stay; the
    /// answer (200, the case view, `personalDataErasedAt` set) already shows them erased. Every later read (case view, `asOf`, history,
    /// feed, webhooks) is masked even before the queued rewrite of the stored events has run, and the feed and webhooks carry
    /// `referral.personal_data_erased.v1`, telling agencies to erase their copies. With `If-Match` (the `ETag` last read), a case changed since
    /// answers 412 `stale-version` and nothing is erased.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/erasure", OperationId = "ErasePersonalData"), Tags("Personal data")]
    [Sends<ErasePersonalData>]
    public static Task<IResult> Post(string id, ErasePersonalDataRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new ErasePersonalData(referralId, request.Reason!, request.RequestReference));
}

public static class ErasePersonalDataHandler
{
    public static Decision Decide(ErasePersonalData command, DecisionContext at) =>
        Decision.Accept(new PersonalDataErased(command.Reason.Trim(), command.RequestReference?.Trim(), at.Now));

    public static async Task<ReferralCommandOutcome> Handle(ErasePersonalData command, ReferralPipeline pipeline, IMessageContext messages)
    {
        var outcome = await pipeline.RunAsync(command, (_, at) => Decide(command, at));
        // In the same transaction (the outbox): the masking cannot be lost once the erasure is recorded.
        if (outcome.Result == CommandResult.Done) await messages.PublishAsync(new MaskErasedReferral(command.ReferralId));
        return outcome;
    }

    public static async Task Handle(MaskErasedReferral message, IDocumentStore store, ILogger<MaskErasedReferral> logger, CancellationToken ct)
    {
        await store.Advanced.ApplyEventDataMasking(m => m.IncludeStream(message.ReferralId), ct);
        var purged = await ErasureTraces.PurgeAsync(store, message.ReferralId, ct);
        logger.LogInformation("Referral {ReferralId}: personal data erased from its events and {Purged} stored messages and refusals", message.ReferralId, purged);
    }
}
