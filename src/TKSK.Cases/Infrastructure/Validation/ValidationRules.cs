using FluentValidation;
using TKSK.Cases.Infrastructure.Json;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Infrastructure.Validation;

/// <summary>Rules shared by the validators, each with its message in both languages.</summary>
public static class Rules
{
    // Indonesia's extent, with a little margin for its outer islands.
    public const double MinLatitude = -11.5, MaxLatitude = 6.5, MinLongitude = 94.5, MaxLongitude = 141.5;

    /// <summary>The earliest moment a case may name: nothing older reaches a hotline founded in 2024 (and year 0001 is a client's default, not a date).</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The latest due date a plan may name.</summary>
    public static readonly DateOnly LatestDueDate = new(2100, 12, 31);

    public static IRuleBuilderOptions<T, DateTimeOffset?> NotBefore2000<T>(this IRuleBuilder<T, DateTimeOffset?> rule) =>
        rule.Must(at => at is null || at >= Earliest)
            .WithMessage(_ => Text.T("Tidak boleh sebelum tahun 2000.", "Cannot be before the year 2000."));

    /// <summary>A list of codes: each at most once, so never longer than the codes there are.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> EachOnce<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, int codes) =>
        rule.Must(list => list is null || (list.Count <= codes && list.Distinct().Count() == list.Count))
            .WithMessage(_ => Text.T($"Setiap kode paling banyak satu kali (paling banyak {codes} kode).", $"Each code at most once (at most {codes} codes)."));

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
