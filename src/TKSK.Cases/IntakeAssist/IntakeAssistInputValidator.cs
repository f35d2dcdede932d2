using System.Text.RegularExpressions;
using FluentValidation;
using TKSK.Cases.Categories;
using TKSK.Cases.Infrastructure.Json;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// The suggestions sent with a report are checked as the engine writes them: a suggestion that no engine could have
/// made (an unknown category, "maybe" for pasung) would only skew the acceptance rates.
/// </summary>
public sealed partial class IntakeAssistInputValidator : AbstractValidator<IntakeAssistInput>
{
    public IntakeAssistInputValidator()
    {
        RuleFor(x => x.Fields).Required()
            .Must(f => f is null || (f.Count <= Enum.GetValues<AssistedField>().Length && f.Select(i => i?.Field).Distinct().Count() == f.Count))
            .WithMessage(_ => Text.T("Setiap isian paling banyak satu kali.", "Each field at most once."));
        RuleForEach(x => x.Fields).NotNull().WithMessage(_ => Text.T("Wajib diisi.", "Required.")).ChildRules(f =>
        {
            f.RuleFor(x => x.Field).Required().Code();
            f.RuleFor(x => x.Suggested).NotEmpty().WithMessage(_ => Text.T("Wajib diisi.", "Required."))
                .Must((x, value) => value is null || x.Field is null || Fits(x.Field.Value, value.Trim()))
                .WithMessage(x => Text.T($"Bukan saran yang mungkin untuk {Name(x.Field)}.", $"Not a possible suggestion for {Name(x.Field)}."));
            f.RuleFor(x => x.Evidence).Must(e => e is null || (e.Count <= 20 && e.All(w => w is { Length: > 0 and <= 300 })))
                .WithMessage(_ => Text.T("Paling banyak 20 kutipan, masing-masing 1–300 karakter.", "At most 20 quotes, each 1–300 characters."));
        });
    }

    private static bool Fits(AssistedField field, string value) => field switch
    {
        AssistedField.Kabupaten => RegionCode().IsMatch(value) && value.Count(c => c == '.') == 1,
        AssistedField.Kecamatan => RegionCode().IsMatch(value) && value.Count(c => c == '.') == 2,
        AssistedField.Desa => RegionCode().IsMatch(value) && value.Count(c => c == '.') == 3,
        AssistedField.Category => PpksCategories.Exists(value),
        AssistedField.Pasung => value is "true" or "false",
        AssistedField.Urgency => SnakeCaseEnums.TryParse<Urgency>(value, out _),
        _ => false,
    };

    private static string Name(AssistedField? field) => field is { } f && Enum.IsDefined(f) ? SnakeCaseEnums.Code(f) : "?";

    [GeneratedRegex(@"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")]
    private static partial Regex RegionCode();
}
