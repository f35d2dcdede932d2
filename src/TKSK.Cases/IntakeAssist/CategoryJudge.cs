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
            var code = Resolve(group.Key.Target, age);
            // Neglect said of someone whose age the post does not give, or of an adult, is most often an old person's, but less surely.
            var sure = code == group.Key.Target || age is not (AgeGroup.Unknown or AgeGroup.Adult) ? 1.0 : 0.6;
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

    private static string Resolve(string target, AgeGroup age) => target switch
    {
        CategoryCues.Violence => age is AgeGroup.Toddler or AgeGroup.Child ? "anak_korban_kekerasan" : "korban_tindak_kekerasan",
        CategoryCues.Disability => age is AgeGroup.Toddler or AgeGroup.Child ? "anak_disabilitas" : "penyandang_disabilitas",
        CategoryCues.Neglect => age switch
        {
            AgeGroup.Toddler => "anak_balita_telantar", AgeGroup.Child => "anak_telantar", _ => "lanjut_usia_telantar",
        },
        "lanjut_usia_telantar" when age is AgeGroup.Toddler or AgeGroup.Child => "anak_telantar",
        _ => target,
    };
}
