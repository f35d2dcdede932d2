using TKSK.Cases.Categories;

namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// The category from its cues: each phrase counts once in full and a little for each repeat
/// (a post that says "pengemis" three times is not three times as much about begging); a denied
/// cue ("gak sampai mukul") counts nothing. Pasung now makes it penyandang_disabilitas, as the
/// domain says.
/// </summary>
public static class CategoryJudge
{
    public static CategorySuggestion? Judge(string text, IReadOnlyList<PostWord> words, IReadOnlyList<CueHit> hits, AgeGroup age, PasungSuggestion pasung)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, List<CueHit>>(StringComparer.Ordinal);
        foreach (var group in hits.Where(h => !h.Negated && (h.Cue.Target.StartsWith('@') || PpksCategories.Exists(h.Cue.Target))).GroupBy(h => h.Cue))
        {
            var (code, sure) = Resolve(group.Key.Target, age);
            if (code is null || sure <= 0) continue;
            var weight = group.Key.Weight * (1 + 0.25 * (group.Count() - 1)) * sure;
            scores[code] = scores.GetValueOrDefault(code) + weight;
            (evidence.TryGetValue(code, out var list) ? list : evidence[code] = []).AddRange(group);
        }
        // Pasung now is penyandang_disabilitas (domain rule), whatever else the post says; its words are the evidence.
        if (pasung.Value) scores[Pasung] = scores.GetValueOrDefault(Pasung) + 3;
        if (scores.Count == 0) return null;

        var ranked = scores.OrderByDescending(s => s.Value).ToList();
        var total = ranked.Sum(s => s.Value);
        double Confidence(double score) => Math.Round((1 - Math.Exp(-score / 2.5)) * score / Math.Max(total, 1e-9) * 1.4 is var c && c > 0.97 ? 0.97 : c, 2);
        var top = ranked[0];
        var spans = evidence.GetValueOrDefault(top.Key, [])
            .OrderByDescending(h => h.Cue.Weight).Take(4).OrderBy(h => h.FirstWord)
            .Select(h => Evidence.Of(text, words[h.FirstWord].Start, words[h.LastWord].End))
            .Concat(top.Key == Pasung ? pasung.Evidence : []).Distinct().ToList();
        return new CategorySuggestion(top.Key, Confidence(top.Value), spans,
            ranked.Skip(1).Take(3).Select(s => new CategoryAlternative(s.Key, Confidence(s.Value))).ToList());
    }

    private const string Pasung = "penyandang_disabilitas";

    /// <summary>The category a cue's target means for this person, and how surely (below 1 when the age is guessed).</summary>
    private static (string? Code, double Sure) Resolve(string target, AgeGroup age)
    {
        var child = age is AgeGroup.Toddler or AgeGroup.Child;
        var unknown = age is AgeGroup.Unknown;
        if (target.StartsWith(CategoryCues.ChildOnly, StringComparison.Ordinal))
            return (target[CategoryCues.ChildOnly.Length..], child ? 1.0 : unknown ? 0.4 : 0);
        return target switch
        {
            CategoryCues.Violence => (child ? "anak_korban_kekerasan" : "korban_tindak_kekerasan", 1.0),
            CategoryCues.Disability or CategoryCues.Mental => (child ? "anak_disabilitas" : "penyandang_disabilitas", 1.0),
            // Neglect said of someone whose age the post does not give, or of an adult, is most often an old person's, but less surely.
            CategoryCues.Neglect => age switch
            {
                AgeGroup.Toddler => ("anak_balita_telantar", 1.0), AgeGroup.Child => ("anak_telantar", 1.0), AgeGroup.Elderly => ("lanjut_usia_telantar", 1.0),
                _ => ("lanjut_usia_telantar", 0.6),
            },
            // Busking and selling at the lights is a street child's, or an adult's begging.
            CategoryCues.Street => age is AgeGroup.Adult or AgeGroup.Elderly ? ("pengemis", 0.8) : ("anak_jalanan", unknown ? 0.8 : 1.0),
            // Acts and words of the law make a category only for a child (an adult offender is no PPKS).
            CategoryCues.Law => ("anak_berhadapan_hukum", child ? 1.0 : unknown ? 0.5 : 0.15),
            "lanjut_usia_telantar" when age is AgeGroup.Toddler => ("anak_balita_telantar", 0.5),
            "lanjut_usia_telantar" when age is AgeGroup.Child => ("anak_telantar", 0.5),
            "anak_jalanan" when age is AgeGroup.Adult or AgeGroup.Elderly => ("anak_jalanan", 0.6),
            // A toddler left is a neglected toddler; a child in sex work is a child needing special protection.
            "anak_telantar" when age is AgeGroup.Toddler => ("anak_balita_telantar", 1.0),
            "tuna_susila" when child => ("anak_perlindungan_khusus", 1.0),
            // A child begging on the street is a street child.
            "pengemis" when child => ("anak_jalanan", 1.0),
            _ => (target, 1.0),
        };
    }
}
