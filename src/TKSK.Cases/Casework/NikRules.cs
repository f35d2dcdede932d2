using FluentValidation;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Casework;

/// <summary>The NIK as a request field: plausible (<see cref="Referrals.Nik.IsPlausible"/>), or a message saying what a NIK is.</summary>
public static class NikRules
{
    public static IRuleBuilderOptions<T, string?> Nik<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(nik => nik is null || Referrals.Nik.IsPlausible(nik)).WithMessage(_ => Text.T(
            "NIK harus 16 angka dengan tanggal lahir yang mungkin (digit 7–12: DDMMYY, perempuan +40 pada tanggal).",
            "NIK must be 16 digits with a plausible birth date (digits 7–12: DDMMYY, women add 40 to the day)."));
}
