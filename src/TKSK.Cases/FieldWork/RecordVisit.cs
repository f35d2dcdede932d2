using FluentValidation;
using Wolverine;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Referrals;
using Wolverine.Http;

namespace TKSK.Cases.FieldWork;

/// <summary>An outreach visit (penjangkauan) by the TKSK.</summary>
/// <param name="VisitedAt">When the visit took place (not in the future).</param>
/// <param name="SubjectFound">Whether the person was found.</param>
public sealed record RecordVisit(DateTimeOffset? VisitedAt, bool? SubjectFound, string? Notes, double? Latitude, double? Longitude)
    : IReferralCommand, IHasCoordinates
{
    public string Action => ReferralActions.Visits;
}

public sealed class RecordVisitValidator : AbstractValidator<RecordVisit>
{
    public RecordVisitValidator(TimeProvider clock)
    {
        RuleFor(x => x.VisitedAt).Required()
            .Must(at => at <= clock.GetUtcNow().AddMinutes(5)).When(x => x.VisitedAt is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.T("Waktu kunjungan tidak boleh di masa depan.", "The visit time cannot be in the future."));
        RuleFor(x => x.SubjectFound).Required();
        RuleFor(x => x.Notes).OptionalText();
        Include(new CoordinatesValidator());
    }
}

public static class RecordVisitEndpoint
{
    /// <summary>Record an outreach visit: when, whether the person was found, notes, optional coordinates.</summary>
    [WolverinePost("/api/v1/referrals/{id}/visits", OperationId = "RecordVisit")]
    public static Task<IResult> Post(string id, RecordVisit command, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, command, http, ct);
}
