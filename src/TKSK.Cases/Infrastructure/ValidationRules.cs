using FluentValidation;

namespace TKSK.Cases.Infrastructure;

/// <summary>Rules shared by the validators, each with its message in both languages.</summary>
public static class Rules
{
    // Indonesia's extent, with a little margin for its outer islands.
    public const double MinLatitude = -11.5, MaxLatitude = 6.5, MinLongitude = 94.5, MaxLongitude = 141.5;

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.NotNull().WithMessage(_ => Text.T("Wajib diisi.", "Required."));

    public static IRuleBuilderOptions<T, TEnum?> Code<T, TEnum>(this IRuleBuilder<T, TEnum?> rule) where TEnum : struct, Enum =>
        rule.Must(v => v is null || Enum.IsDefined(v.Value)).WithMessage(_ => Text.T(
            $"Kode tidak dikenal. Pilihan: {string.Join(", ", SnakeCaseEnums.Codes<TEnum>())}.",
            $"Unknown code. Allowed: {string.Join(", ", SnakeCaseEnums.Codes<TEnum>())}."));

    public static IRuleBuilderOptions<T, string?> Summary<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.NotEmpty().WithMessage(_ => Text.T($"Wajib diisi, {min}–{max:N0} karakter.", $"Required, {min}–{max:N0} characters."))
            .Must(s => s is null || (s.Trim().Length >= min && s.Trim().Length <= max))
            .WithMessage(_ => Text.T($"Wajib diisi, {min}–{max:N0} karakter.", $"Required, {min}–{max:N0} characters."));

    public static IRuleBuilderOptions<T, string?> Reason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage(_ => Text.T("Alasan wajib diisi.", "A reason is required."))
            .Must(s => s is null || s.Trim().Length <= 2000)
            .WithMessage(_ => Text.T("Alasan paling panjang 2.000 karakter.", "A reason is at most 2,000 characters."));

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int max = 4000) =>
        rule.Must(s => s is null || s.Length <= max)
            .WithMessage(_ => Text.T($"Paling panjang {max:N0} karakter.", $"At most {max:N0} characters."));
}
