using FluentValidation;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Infrastructure.Validation;

/// <summary>A place given by GPS, as a phone reports it: both parts or neither.</summary>
public interface IHasCoordinates
{
    double? Latitude { get; }
    double? Longitude { get; }
}

/// <summary>Coordinates must come as a pair and lie inside Indonesia (used through Include).</summary>
public sealed class CoordinatesValidator : AbstractValidator<IHasCoordinates>
{
    public CoordinatesValidator()
    {
        RuleFor(x => x.Latitude).NotNull().When(x => x.Longitude is not null)
            .WithMessage(_ => Text.T("Isi lintang dan bujur bersama-sama.", "Give latitude and longitude together."));
        RuleFor(x => x.Longitude).NotNull().When(x => x.Latitude is not null)
            .WithMessage(_ => Text.T("Isi lintang dan bujur bersama-sama.", "Give latitude and longitude together."));
        RuleFor(x => x.Latitude).InclusiveBetween(Rules.MinLatitude, Rules.MaxLatitude)
            .WithMessage(_ => Text.T("Lintang berada di luar wilayah Indonesia.", "Latitude is outside Indonesia."));
        RuleFor(x => x.Longitude).InclusiveBetween(Rules.MinLongitude, Rules.MaxLongitude)
            .WithMessage(_ => Text.T("Bujur berada di luar wilayah Indonesia.", "Longitude is outside Indonesia."));
    }
}
