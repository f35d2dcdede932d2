using TKSK.Cases.Infrastructure.Json;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.IntakeAssist;

/// <summary>A field of the intake form that intake assist can fill.</summary>
public enum AssistedField { Kabupaten, Kecamatan, Desa, Category, Pasung, Urgency }

/// <summary>What intake assist suggested for the report being logged, as the console showed it to the operator.</summary>
/// <param name="Fields">One entry per field that was filled from a suggestion; fields without a suggestion are left out.</param>
public sealed record IntakeAssistInput(IReadOnlyList<SuggestedFieldInput>? Fields);

/// <param name="Field">kabupaten, kecamatan, desa (region codes), category (PPKS code), pasung (true or false), urgency (emergency, high, normal).</param>
/// <param name="Suggested">The suggested value, as the report's own field writes it.</param>
/// <param name="Evidence">The words of the post it came from (at most 20, each up to 300 characters).</param>
public sealed record SuggestedFieldInput(AssistedField? Field, string? Suggested, IReadOnlyList<string>? Evidence);

/// <summary>One field: what was suggested, what the operator saved, and whether that is the suggestion.</summary>
public sealed record ReviewedSuggestion(AssistedField Field, string Suggested, string? Confirmed, bool Accepted, IReadOnlyList<string> Evidence);

/// <summary>
/// Appended with the intake when the operator used intake assist: what was suggested and what was confirmed, per
/// field, so the acceptance rate per field can be counted (the trend dashboard's intakeAssist). The evidence is words
/// of the post, personal data like the report text: erased with it, and never sent to agencies (not in the feed).
/// </summary>
public sealed record IntakeSuggestionsReviewed(IReadOnlyList<ReviewedSuggestion> Fields, DateTimeOffset ReviewedAt) : IReferralEvent, IHoldsPersonalData
{
    IReferralEvent IHoldsPersonalData.Erased() => this with { Fields = [.. Fields.Select(f => f with { Evidence = [] })] };
    DateTimeOffset IReferralEvent.OccurredAt => ReviewedAt;
}

/// <summary>The rule, pure: compare each suggestion with what the report that was saved says.</summary>
public static class SuggestionReview
{
    public static IntakeSuggestionsReviewed? Of(IntakeAssistInput? assist, ReferralReceived saved)
    {
        if (assist?.Fields is not { Count: > 0 } fields) return null;
        return new([.. fields.Select(f =>
        {
            var confirmed = Confirmed(f.Field!.Value, saved);
            return new ReviewedSuggestion(f.Field.Value, f.Suggested!.Trim(), confirmed, Same(f.Suggested, confirmed), f.Evidence ?? []);
        })], saved.ReceivedAt);
    }

    public static string? Confirmed(AssistedField field, ReferralReceived saved) => field switch
    {
        AssistedField.Kabupaten => saved.Place.KabupatenCode,
        AssistedField.Kecamatan => saved.Place.KecamatanCode,
        AssistedField.Desa => saved.Place.DesaCode,
        AssistedField.Category => saved.Category,
        AssistedField.Pasung => saved.Pasung ? "true" : "false",
        AssistedField.Urgency => SnakeCaseEnums.Code(saved.Urgency),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static bool Same(string suggested, string? confirmed) => string.Equals(suggested.Trim(), confirmed, StringComparison.OrdinalIgnoreCase);
}
