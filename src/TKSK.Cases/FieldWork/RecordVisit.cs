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
    : IReferralCommand
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
        RuleFor(x => x.Latitude).InclusiveBetween(Rules.MinLatitude, Rules.MaxLatitude)
            .WithMessage(_ => Text.T("Lintang berada di luar wilayah Indonesia.", "Latitude is outside Indonesia."));
        RuleFor(x => x.Longitude).InclusiveBetween(Rules.MinLongitude, Rules.MaxLongitude)
            .WithMessage(_ => Text.T("Bujur berada di luar wilayah Indonesia.", "Longitude is outside Indonesia."));
        RuleFor(x => x.Latitude).NotNull().When(x => x.Longitude is not null)
            .WithMessage(_ => Text.T("Isi lintang dan bujur bersama-sama.", "Give latitude and longitude together."));
        RuleFor(x => x.Longitude).NotNull().When(x => x.Latitude is not null)
            .WithMessage(_ => Text.T("Isi lintang dan bujur bersama-sama.", "Give latitude and longitude together."));
    }
}

public static class RecordVisitEndpoint
{
    /// <summary>Record an outreach visit: when, whether the person was found, notes, optional coordinates.</summary>
    [WolverinePost("/api/v1/referrals/{id}/visits", OperationId = "RecordVisit")]
    public static Task<IResult> Post(string id, RecordVisit command, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, command, http, ct);
}
