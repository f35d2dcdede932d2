using FluentValidation;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.FollowUps;

/// <summary>
/// A follow-up visit after a vulnerable case was closed (bimbingan lanjut): pasung victims often
/// return to shackles after treatment. relapse or re_pasung opens the case again as a new episode.
/// </summary>
/// <param name="SubjectStatus">stable, relapse, re_pasung, deceased or moved.</param>
/// <param name="VisitedAt">When the visit took place (not in the future).</param>
public sealed record RecordFollowUpRequest(SubjectStatus? SubjectStatus, DateTimeOffset? VisitedAt, string? Notes);

public sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUpRequest>
{
    public RecordFollowUpValidator(TimeProvider clock)
    {
        RuleFor(x => x.SubjectStatus).Required().Code();
        RuleFor(x => x.VisitedAt).Required()
            .Must(at => at <= clock.GetUtcNow().AddMinutes(5)).When(x => x.VisitedAt is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.T("Waktu kunjungan tidak boleh di masa depan.", "The visit time cannot be in the future."));
        RuleFor(x => x.Notes).OptionalText();
    }
}

[Allowed(Role.Tksk)]
public sealed record RecordFollowUp(Guid ReferralId, Guid FollowUpId, SubjectStatus SubjectStatus, DateTimeOffset VisitedAt, string? Notes)
    : ReferralCommand<RecordFollowUpRequest>(ReferralId)
{
    public override string Action => "follow-ups";
    public override bool AnyStatus => true;
    public override OfflineKind OfflineKind => OfflineKind.Fact;
}

public static class RecordFollowUpEndpoint
{
    /// <summary>Record a scheduled follow-up visit; relapse or re_pasung reopens the case as a new episode, routed to the kecamatan's TKSK again.</summary>
    /// <remarks>
    /// Only the TKSK the referral is assigned to, or a `province_admin` (another TKSK gets 403; a referral that does not exist or lies
    /// outside the caller's scope answers 404), in any status. `followUpId` must be one of the case view's `followUps` not yet recorded,
    /// else 404 `follow-up-not-due`; `visitedAt` is ISO 8601, not in the future. On a `closed` referral, `relapse` or `re_pasung` opens a
    /// new episode: it returns to `assessed`, its assignment is cleared and it is routed again, to be accepted anew. The subject status is
    /// health data: agency keys without a basis for sharing do not see it, and their feed leaves this event out. Answers 200 with the
    /// updated case view and its new `ETag`; with `If-Match` (the `ETag` last read) a case changed since answers 412 `stale-version` and
    /// nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/follow-ups/{followUpId}", OperationId = "RecordFollowUp"), Tags("Follow-ups")]
    [Sends<RecordFollowUp>]
    public static Task<IResult> Post(string id, Guid followUpId, RecordFollowUpRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId =>
            new RecordFollowUp(referralId, followUpId, request.SubjectStatus!.Value, request.VisitedAt!.Value, request.Notes));
}

public static class RecordFollowUpHandler
{
    public static Decision Decide(Referral referral, RecordFollowUp command, DecisionContext at)
    {
        if (referral.FollowUps.FirstOrDefault(f => f.Id == command.FollowUpId) is not { RecordedAt: null })
            return Decision.Reject(Rejection.FollowUpNotDue(command.FollowUpId));
        var recorded = new FollowUpRecorded(command.FollowUpId, command.SubjectStatus, command.VisitedAt, command.Notes, at.Now);
        // A relapse reopens a closed case once: later follow-ups of the same episode are recorded, not reopened again.
        var relapsed = command.SubjectStatus is SubjectStatus.Relapse or SubjectStatus.RePasung && referral.Status == ReferralStatus.Closed;
        return relapsed
            ? Decision.Accept(recorded, new EpisodeOpened(referral.Episode + 1,
                command.SubjectStatus == SubjectStatus.RePasung ? "Dipasung kembali (kunjungan tindak lanjut)" : "Kambuh (kunjungan tindak lanjut)", at.Now))
            : Decision.Accept(recorded);
    }

    public static Task<ReferralCommandOutcome> Handle(RecordFollowUp command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, at));
}
