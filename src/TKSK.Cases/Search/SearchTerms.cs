using System.Globalization;
using System.Text;

namespace TKSK.Cases.Search;

/// <summary>
/// Indonesian names are written many ways: the old (Van Ophuijsen / Soewandi) spellings live on in
/// names — Soetrisno for Sutrisno, Djoko for Joko, Tjahjo for Cahyo, Soerabaja for Surabaya — beside typing variants. Both the
/// stored text and the query are folded the same way (lower case, no diacritics, old spellings to the
/// current ones), and PostgreSQL trigram similarity (pg_trgm) absorbs what folding does not (Sutrisna,
/// Sutrisnoo). No stemming: Indonesian words are not English words.
/// </summary>
public static class SearchTerms
{
    private static readonly (string Old, string Now)[] Spellings = [("oe", "u"), ("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"), ("j", "y")];

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var plain = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
                plain.Append(char.IsLetterOrDigit(ch) || ch == '-' ? char.ToLowerInvariant(ch) : ' ');
        var folded = plain.ToString();
        foreach (var (old, now) in Spellings) folded = folded.Replace(old, now, StringComparison.Ordinal);
        return string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The words of a query, folded; each must be found (as a word or a similar one).</summary>
    public static IReadOnlyList<string> Words(string query) =>
        Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8).ToList();
}
