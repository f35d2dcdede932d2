using FluentValidation;
using TKSK.Cases.Categories;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Validation;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Casework;
using TKSK.Cases.IntakeAssist;

namespace TKSK.Cases.Intake;

public sealed class ReceiveReferralValidator : AbstractValidator<ReceiveReferralRequest>
{
    public ReceiveReferralValidator(RegionCatalog regions, TimeProvider clock)
    {
        RuleFor(x => x.Channel).Required().Code();
        RuleFor(x => x.SourceUrl).OptionalText(2000).Must(Rules.IsWebAddress!)
            .When(x => !string.IsNullOrWhiteSpace(x.SourceUrl))
            .WithMessage(_ => Text.T("Tautan harus alamat http atau https yang lengkap.", "The link must be a full http or https address."));
        RuleFor(x => x.ReportedAt).Must(at => at <= clock.GetUtcNow().AddMinutes(5)).When(x => x.ReportedAt is not null)
            .WithMessage(_ => Text.T("Waktu laporan tidak boleh di masa depan.", "The report time cannot be in the future."))
            .NotBefore2000();
        RuleFor(x => x.Reporter).Required();
        RuleFor(x => x.Reporter!).ChildRules(r =>
        {
            r.RuleFor(x => x.Name).OptionalText(200);
            r.RuleFor(x => x.Phone).Must(PhoneNumbers.IsPlausible).When(x => !string.IsNullOrWhiteSpace(x.Phone))
                .WithMessage(_ => Text.T("Nomor telepon tidak valid (contoh: 081234567890).", "Invalid phone number (e.g. 081234567890)."));
            r.RuleFor(x => x.Name).NotEmpty().When(x => x.Anonymous != true && string.IsNullOrWhiteSpace(x.Phone))
                .WithMessage(_ => Text.T("Isi nama atau telepon pelapor, atau tandai pelapor anonim.",
                    "Give the reporter's name or phone, or mark the reporter anonymous."));
        }).When(x => x.Reporter is not null);
        RuleFor(x => x.Subject).Required();
        RuleFor(x => x.Subject!).ChildRules(s =>
        {
            s.RuleFor(x => x.Name).OptionalText(200);
            s.RuleFor(x => x.Nik).Nik();
            s.RuleFor(x => x.Sex).Code();
            s.RuleFor(x => x.ApproximateAge).InclusiveBetween(0, 120)
                .WithMessage(_ => Text.T("Perkiraan usia harus 0–120 tahun.", "Approximate age must be 0–120 years."));
        }).When(x => x.Subject is not null);
        RuleFor(x => x.Location).Required();
        RuleFor(x => x.Location!).SetValidator(new LocationValidator(regions)).When(x => x.Location is not null);
        RuleFor(x => x.Category).Required().Must(PpksCategories.Exists).When(x => x.Category is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(x => Text.T($"Kategori PPKS{Echo.Code(x.Category)} tidak dikenal (lihat /api/v1/categories).",
                $"Unknown PPKS category{Echo.Code(x.Category)} (see /api/v1/categories)."));
        RuleFor(x => x.Summary).Summary(10, 4000);
        RuleFor(x => x.Urgency).Required().Code();
        RuleFor(x => x.Assist!).SetValidator(new IntakeAssistInputValidator()).When(x => x.Assist is not null);
    }
}

public sealed class LocationValidator : AbstractValidator<LocationInput>
{
    public LocationValidator(RegionCatalog regions)
    {
        RuleFor(x => x.DesaCode).Must(code => IsAt(regions, code, RegionLevel.Desa)).When(x => x.DesaCode is not null)
            .WithMessage(x => Text.T($"Kode desa/kelurahan{Echo.Code(x.DesaCode)} tidak dikenal.", $"Unknown desa/kelurahan code{Echo.Code(x.DesaCode)}."));
        RuleFor(x => x.KecamatanCode).NotEmpty().When(x => x.DesaCode is null)
            .WithMessage(_ => Text.T("Isi kode desa, atau kode kecamatan bila desa tidak diketahui.",
                "Give the desa code, or the kecamatan code when the desa is not known."));
        RuleFor(x => x.KecamatanCode).Must(code => IsAt(regions, code, RegionLevel.Kecamatan)).When(x => x.KecamatanCode is not null)
            .WithMessage(x => Text.T($"Kode kecamatan{Echo.Code(x.KecamatanCode)} tidak dikenal.", $"Unknown kecamatan code{Echo.Code(x.KecamatanCode)}."));
        RuleFor(x => x.KecamatanCode)
            .Must((x, code) => RegionCatalog.AncestorCode(x.DesaCode!, RegionLevel.Kecamatan) == code)
            .When(x => x.DesaCode is not null && x.KecamatanCode is not null && IsAt(regions, x.DesaCode, RegionLevel.Desa))
            .WithMessage(_ => Text.T("Desa tidak berada di kecamatan ini.", "The desa is not in this kecamatan."));
        RuleFor(x => x.Address).OptionalText(500);
        Include(new CoordinatesValidator());
    }

    private static bool IsAt(RegionCatalog regions, string? code, RegionLevel level) =>
        regions.Find(code) is not null && RegionCatalog.LevelOf(code!) == level;
}
