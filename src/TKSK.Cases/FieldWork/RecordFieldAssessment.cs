using FluentValidation;
using Marten;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.OpenApi;
using TKSK.Cases.Infrastructure.Json;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.FieldWork;

/// <summary>The TKSK's field assessment (asesmen) of the person and their needs.</summary>
/// <param name="RiskLevel">low, medium, high, critical.</param>
/// <param name="Needs">Each at most once, any of: medical, psychiatric, shelter, food, civil_documents, social_assistance, family_mediation, legal_aid, rehabilitation, education, livelihood.</param>
/// <param name="IdentityVerified">Whether the person's identity was checked against documents.</param>
/// <param name="Nik">The NIK found in the field, if any: it replaces the one reported.</param>
public sealed record RecordFieldAssessmentRequest(RiskLevel? RiskLevel, IReadOnlyList<Need>? Needs, bool? IdentityVerified, string? Nik, string? Findings) : IPublishedWithAction;

public sealed class RecordFieldAssessmentValidator : AbstractValidator<RecordFieldAssessmentRequest>
{
    public RecordFieldAssessmentValidator()
    {
        RuleFor(x => x.RiskLevel).Required().Code();
        RuleFor(x => x.Needs).Required().EachOnce(Enum.GetValues<Need>().Length);
        // Named one by one only within the cap: ten thousand unknown codes are one error, not ten thousand.
        RuleForEach(x => x.Needs).Must(n => Enum.IsDefined(n)).When(x => x.Needs is null || x.Needs.Count <= Enum.GetValues<Need>().Length).WithMessage(_ => Text.T(
            $"Kebutuhan tidak dikenal. Pilihan: {string.Join(", ", SnakeCaseEnums.Codes<Need>())}.",
            $"Unknown need. Allowed: {string.Join(", ", SnakeCaseEnums.Codes<Need>())}."));
        RuleFor(x => x.IdentityVerified).Required();
        RuleFor(x => x.Nik).Nik();
        RuleFor(x => x.Findings).OptionalText();
    }
}

[Allowed(Role.Tksk)]
public sealed record RecordFieldAssessment(Guid ReferralId, RiskLevel RiskLevel, IReadOnlyList<Need> Needs, bool IdentityVerified, string? Nik, string? Findings)
    : ReferralCommand<RecordFieldAssessmentRequest>(ReferralId)
{
    public override string Action => ReferralActions.FieldAssessment;
}

public static class RecordFieldAssessmentEndpoint
{
    /// <summary>Record the field assessment: risk level, needs, identity check, findings. Required before most resolutions.</summary>
    /// <remarks>
    /// Only while the referral is `in_progress` (else 409 `invalid-transition`). Only the TKSK the referral is assigned to, or a
    /// `province_admin`, may send it: another TKSK gets 403, and a referral that does not exist or lies outside the caller's scope answers
    /// 404. Recording it again replaces the earlier assessment, and a `nik` given here replaces the subject's reported NIK. Findings, needs
    /// and risk level are health data: agency keys do not see them without a basis for sharing. Answers 200 with the updated case view and
    /// its new `ETag`; with `If-Match` (the `ETag` last read) a case changed since answers 412 `stale-version` and nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/field-assessment", OperationId = "RecordFieldAssessment")]
    [Sends<RecordFieldAssessment>]
    public static Task<IResult> Post(string id, RecordFieldAssessmentRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new RecordFieldAssessment(
            referralId, request.RiskLevel!.Value, request.Needs!, request.IdentityVerified!.Value, request.Nik, request.Findings));
}

public static class RecordFieldAssessmentHandler
{
    public static Decision Decide(RecordFieldAssessment command, DecisionContext at) => Decision.Accept(new FieldAssessmentRecorded(
        command.RiskLevel, [.. command.Needs.Distinct()], command.IdentityVerified, command.Nik, command.Findings, at.Now));

    public static Task<ReferralCommandOutcome> Handle(RecordFieldAssessment command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (_, at) => Decide(command, at));
}
