using TKSK.Cases.Referrals;

namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// The words of the post a suggestion came from. Start and End are UTF-16 indexes into the text
/// as sent (JavaScript's string indexes), End exclusive; Text is exactly that substring.
/// </summary>
public sealed record Evidence(int Start, int End, string Text)
{
    public static Evidence Of(string text, int start, int end) => new(start, end, text[start..end]);
}

/// <summary>What intake assist suggests for a post: each part null (or false/normal) when the post does not say.</summary>
public sealed record IntakeSuggestions(PlaceSuggestion? Place, CategorySuggestion? Category, PasungSuggestion Pasung, UrgencySuggestion Urgency);

/// <summary>
/// Where the person is. Codes below the level the post names are null (a post naming only "Kota
/// Batu" has no kecamatan). OutOfArea: the place is real but outside the served province(s).
/// </summary>
public sealed record PlaceSuggestion(
    string ProvinceCode, string? KabupatenCode, string? KecamatanCode, string? DesaCode, bool OutOfArea, double Confidence,
    IReadOnlyList<Evidence> Evidence, IReadOnlyList<PlaceAlternative> Alternatives);

/// <summary>Another reading of the place, at most one per kecamatan, never the suggested one.</summary>
public sealed record PlaceAlternative(string? KabupatenCode, string? KecamatanCode, string? DesaCode, double Confidence);

public sealed record CategorySuggestion(string Code, double Confidence, IReadOnlyList<Evidence> Evidence, IReadOnlyList<CategoryAlternative> Alternatives);

public sealed record CategoryAlternative(string Code, double Confidence);

public sealed record PasungSuggestion(bool Value, double Confidence, IReadOnlyList<Evidence> Evidence);

public sealed record UrgencySuggestion(Urgency Value, double Confidence, IReadOnlyList<Evidence> Evidence);
