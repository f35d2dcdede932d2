using FluentValidation;
using Marten;
using TKSK.Cases.Access;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;
using TKSK.Cases.Identity;

namespace TKSK.Cases.Sharing;

/// <summary>
/// A basis for showing one agency this referral's personal data (UU PDP): without one, agencies
/// see NIK, names and phones masked and no health or family details.
/// </summary>
/// <param name="Agency">The agency's name (e.g. "RSJ Menur Surabaya"), if agencyId is not given: it must name an agency that exists.</param>
/// <param name="Basis">subject_consent, guardian_consent, vital_interest or legal_obligation.</param>
/// <param name="GivenBy">Who gave it: the subject, the guardian (name and relation), or the official deciding on a vital interest or legal obligation.</param>
/// <param name="GivenAt">When it was given (not in the future).</param>
/// <param name="AgencyId">The agency (GET /api/v1/agencies): the basis holds for that agency's keys only.</param>
public sealed record RecordSharingConsentRequest(string? Agency, SharingBasis? Basis, string? GivenBy, DateTimeOffset? GivenAt, Guid? AgencyId = null);

/// <param name="Reason">Why it ends, e.g. "Dicabut oleh keluarga".</param>
public sealed record RevokeSharingConsentRequest(string? Reason);

public sealed class RecordSharingConsentValidator : AbstractValidator<RecordSharingConsentRequest>
{
    public RecordSharingConsentValidator(TimeProvider clock)
    {
        RuleFor(x => x.Agency).Summary(2, 200).When(x => x.AgencyId is null);
        RuleFor(x => x.Basis).Required().Code();
        RuleFor(x => x.GivenBy).Summary(2, 200);
        RuleFor(x => x.GivenAt).Required()
            .Must(at => at <= clock.GetUtcNow().AddMinutes(5)).When(x => x.GivenAt is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.T("Waktu persetujuan tidak boleh di masa depan.", "The time it was given cannot be in the future."));
    }
}

public sealed class RevokeSharingConsentValidator : AbstractValidator<RevokeSharingConsentRequest>
{
    public RevokeSharingConsentValidator() => RuleFor(x => x.Reason).Reason();
}

// Documented by whoever obtained it: the desk, the TKSK in the field (their own cases), the supervisor.
[Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
public sealed record RecordSharingConsent(Guid ReferralId, Guid AgencyId, string Agency, SharingBasis Basis, string GivenBy, DateTimeOffset GivenAt)
    : ReferralCommand<RecordSharingConsentRequest>(ReferralId)
{
    public override string Action => "sharing-consents";
    public override bool AnyStatus => true;
}

[Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
public sealed record RevokeSharingConsent(Guid ReferralId, Guid ConsentId, string Reason) : ReferralCommand<RevokeSharingConsentRequest>(ReferralId)
{
    public override string Action => "sharing-consents";
    public override bool AnyStatus => true;
}

public static class SharingConsentEndpoints
{
    /// <summary>Record a basis for sharing this referral's personal data with an agency.</summary>
    /// <remarks>
    /// For `jsc_operator`, `supervisor`, `province_admin` and the TKSK the referral is assigned to (another TKSK gets 403), in any status;
    /// a referral that does not exist or lies outside the caller's scope answers 404. Name the agency by `agencyId` (from `GET
    /// /api/v1/agencies`) or by its name in `agency` (compared without case), else 400 naming that field; `givenAt` is ISO 8601, not in the
    /// future. From then on that agency's API keys see this referral unmasked on every read path (case view, `asOf`, feed, webhooks), each
    /// such read recorded in the access log. Answers 200 with the updated case view (the new basis, with its id, in `sharingConsents`) and
    /// its new `ETag`; with `If-Match` (the `ETag` last read) a case changed since answers 412 `stale-version` and nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/sharing-consents", OperationId = "RecordSharingConsent"), Tags("Personal data")]
    [Sends<RecordSharingConsent>]
    public static async Task<IResult> Record(string id, RecordSharingConsentRequest request, IMessageBus bus, IQuerySession session, HttpContext http)
    {
        // The basis is for an agency as its keys know it: by id, or by its (unique) name.
        var agency = request.AgencyId is { } agencyId ? await session.LoadAsync<Agency>(agencyId, http.RequestAborted)
            : await Agencies.FindAsync(session, request.Agency!, http.RequestAborted);
        if (agency is null)
            return ProblemResults.Invalid(request.AgencyId is null ? "agency" : "agencyId", Text.T(
                "Agensi ini tidak dikenal: pilih dari GET /api/v1/agencies.", "Unknown agency: choose one from GET /api/v1/agencies."));
        return await bus.SendReferralCommandAsync(http, id, referralId =>
            new RecordSharingConsent(referralId, agency.Id, agency.Name, request.Basis!.Value, request.GivenBy!, request.GivenAt!.Value));
    }

    /// <summary>Revoke a recorded basis: from at.Now on that agency sees the masked view again.</summary>
    /// <remarks>
    /// For `jsc_operator`, `supervisor`, `province_admin` and the TKSK the referral is assigned to (another TKSK gets 403), in any status;
    /// a referral that does not exist or lies outside the caller's scope answers 404. `consentId` must name an active basis of this
    /// referral, else 404 `consent-not-found`; a `reason` is required. The agency sees the masked case again at once, in views of the past
    /// (`asOf`) and in the feed too. Answers 200 with the updated case view and its new `ETag`; with `If-Match` (the `ETag` last read) a
    /// case changed since answers 412 `stale-version` and nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/sharing-consents/{consentId}/revocation", OperationId = "RevokeSharingConsent"), Tags("Personal data")]
    [Sends<RevokeSharingConsent>]
    public static Task<IResult> Revoke(string id, Guid consentId, RevokeSharingConsentRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new RevokeSharingConsent(referralId, consentId, request.Reason!));
}

public static class SharingConsentHandler
{
    public static Decision Decide(RecordSharingConsent command, DecisionContext at) => Decision.Accept(
        new SharingConsentRecorded(at.NewId(), command.Agency.Trim(), command.Basis, command.GivenBy.Trim(), command.GivenAt, at.Now, command.AgencyId));

    public static Decision Decide(Referral referral, RevokeSharingConsent command, DecisionContext at) =>
        referral.SharingConsents.FirstOrDefault(c => c.Id == command.ConsentId) is { Active: true }
            ? Decision.Accept(new SharingConsentRevoked(command.ConsentId, command.Reason.Trim(), at.Now))
            : Decision.Reject(Rejection.ConsentNotFound(command.ConsentId));

    public static Task<ReferralCommandOutcome> Handle(RecordSharingConsent command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (_, at) => Decide(command, at));

    public static Task<ReferralCommandOutcome> Handle(RevokeSharingConsent command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, at));
}
