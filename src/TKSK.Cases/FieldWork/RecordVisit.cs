using FluentValidation;
using Marten;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.OpenApi;
using TKSK.Cases.Infrastructure.Validation;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.FieldWork;

/// <summary>An outreach visit (penjangkauan) by the TKSK.</summary>
/// <param name="VisitedAt">When the visit took place (not in the future).</param>
/// <param name="SubjectFound">Whether the person was found.</param>
public sealed record RecordVisitRequest(DateTimeOffset? VisitedAt, bool? SubjectFound, string? Notes, double? Latitude, double? Longitude)
    : IHasCoordinates, IPublishedWithAction;

public sealed class RecordVisitValidator : AbstractValidator<RecordVisitRequest>
{
    public RecordVisitValidator(TimeProvider clock)
    {
        RuleFor(x => x.VisitedAt).Required()
            .Must(at => at <= clock.GetUtcNow().AddMinutes(5)).When(x => x.VisitedAt is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.T("Waktu kunjungan tidak boleh di masa depan.", "The visit time cannot be in the future."))
            .NotBefore2000();
        RuleFor(x => x.SubjectFound).Required();
        RuleFor(x => x.Notes).OptionalText();
        Include(new CoordinatesValidator());
    }
}

[Allowed(Role.Tksk)]
public sealed record RecordVisit(Guid ReferralId, DateTimeOffset VisitedAt, bool SubjectFound, string? Notes, double? Latitude, double? Longitude)
    : ReferralCommand<RecordVisitRequest>(ReferralId)
{
    public override string Action => ReferralActions.Visits;
    // The visit happened: told late, it is still kept.
    public override OfflineKind OfflineKind => OfflineKind.Fact;
}

public static class RecordVisitEndpoint
{
    /// <summary>Record an outreach visit: when, whether the person was found, notes, optional coordinates.</summary>
    /// <remarks>
    /// Only while the referral is `in_progress` (else 409 `invalid-transition`). Only the TKSK the referral is assigned to, or a
    /// `province_admin`, may send it: another TKSK gets 403, and a referral that does not exist or lies outside the caller's scope answers
    /// 404. `visitedAt` is ISO 8601 and may not lie in the future or before 2000; `latitude` and `longitude` are optional. The first visit
    /// recorded meets the first-visit deadline; agency keys without a basis for sharing see only its time and whether the person was found.
    /// Answers 200 with the updated case view and its new `ETag`; with `If-Match` (the `ETag` last read) a case changed since answers 412
    /// `stale-version` and nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/visits", OperationId = "RecordVisit")]
    [Sends<RecordVisit>]
    public static Task<IResult> Post(string id, RecordVisitRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId =>
            new RecordVisit(referralId, request.VisitedAt!.Value, request.SubjectFound!.Value, request.Notes, request.Latitude, request.Longitude));
}

public static class RecordVisitHandler
{
    public static Decision Decide(RecordVisit command, DecisionContext at) => Decision.Accept(new OutreachVisitRecorded(
        at.NewId(), command.VisitedAt, command.SubjectFound, command.Notes, command.Latitude, command.Longitude, at.Now));

    public static Task<ReferralCommandOutcome> Handle(RecordVisit command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (_, at) => Decide(command, at));
}
