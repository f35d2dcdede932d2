using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Intake;

public static class ReceiveReferralEndpoint
{
    /// <summary>Log a report: starts the referral's event stream and answers with its case view and number.</summary>
    /// <remarks>
    /// For `jsc_operator`, `province_admin` and agency keys with scope `intake`; an agency may report only places and categories within its
    /// key's grant (else 403). Answers 201 with `Location`, `ETag` and the case view: the case number (`JSC-YYYY-NNNNNN`, counted per WIB
    /// year; gaps are possible), `possibleDuplicates` (open referrals with the same NIK, or the same desa and category within 30 days) and
    /// the desk-assessment deadline. A place outside the served province is accepted and marked `outOfArea: true`; an anonymous reporter's
    /// name and phone are not stored, and an agency key gets the answer masked, as on every read. Send an `Idempotency-Key` so that a retry
    /// after a lost answer creates nothing twice; invalid fields answer 400 with `errors` keyed by JSON path (`subject.nik`).
    /// </remarks>
    [WolverinePost("/api/v1/referrals", OperationId = "ReceiveReferral"), Tags("Referrals")]
    [Sends<ReceiveReferral>]
    [ProducesResponseType<CaseView>(201), ProducesResponseType<ProblemDetails>(403, "application/problem+json")]
    public static async Task<IResult> Post(ReceiveReferralRequest request, IMessageBus bus, TimeProvider clock, HttpContext http)
    {
        var report = request.ToCommand(Guid.CreateVersion7(clock.GetUtcNow())) with { Actor = http.Caller() };
        var outcome = (await bus.InvokeAsync<IntakeOutcomes>(new ReceiveReferrals([report]), CommandEdge.Checked, http.RequestAborted)).Items[0];
        return outcome switch
        {
            { Result: CommandResult.Done, View: { } started } => CaseView.Created(http, started),
            { Result: CommandResult.Forbidden } => ProblemResults.Forbidden(OutsideGrant),
            { Rejection: { } rejection } => Results.Problem(ReferralProblems.For(rejection, null)),
            _ => throw new InvalidOperationException($"Intake ended as {outcome.Result}."),
        };
    }

    // An agency reports only within its grant (region, categories): what it could not read back.
    public static string OutsideGrant => Text.T("Wilayah atau kategori ini di luar izin Anda.", "This region or category is outside your grant.");
}
