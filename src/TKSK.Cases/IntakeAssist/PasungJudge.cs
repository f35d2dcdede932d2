using System.Collections.Frozen;

namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// Pasung now, from confinement cues that are neither denied, over, nor only imagined ("dulu
/// pernah dipasung, sudah dilepas" is a released person; "bapak mau merantainya" a threat; "Jatim
/// bebas pasung" a programme: none is pasung now, and the words that say so are shown). A
/// confinement counts only of a person (not "anjing yang dirantai"), by a family (not "dirantai di
/// panti rehab", "diborgol polisi"), of one person (not "128 ODGJ masih dipasung" in a report), and
/// shutting someone in counts only when the post says they are ill (<see cref="PasungCues.Confined"/>).
/// Without any cue the answer is false at low confidence: an absence, not a finding.
/// </summary>
public static class PasungJudge
{
    public const double Threshold = 2.5;

    // "anjing yang dirantai", "motornya dirantai", "pintu digembok": a thing or an animal, not a person.
    private static readonly FrozenSet<string> NotPersons = new[]
    {
        "anjing", "asu", "kucing", "sapi", "kambing", "kerbau", "kuda", "monyet", "ayam", "bebek", "burung", "hewan", "binatang", "peliharaan", "ternak",
        "motor", "sepeda", "mobil", "becak", "gerobak", "kapal", "perahu",
        // "hatinya terpasung", "kreativitas terpasung birokrasi": figures of speech.
        "hati", "kreativitas", "kreatifitas", "kebebasan", "demokrasi", "pikiran", "ide", "inovasi", "pendidikan", "ekonomi", "kebijakan", "aspirasi",
    }.ToFrozenSet();

    // "dirantai di panti", "diborgol polisi", "ditahan di sel": confinement by an institution, not a family's.
    private static readonly FrozenSet<string> Institutions = new[]
    {
        "panti", "yayasan", "rehab", "pesantren", "ponpes", "penampungan", "polisi", "polsek", "polres", "lapas", "rutan", "penjara", "tahanan", "mess",
        "majikan", "majikannya", "sindikat", "penculik", "diculik", "disekap",
    }.ToFrozenSet();

    // "puluhan ODGJ", "ratusan warga masih dipasung": a count in a report, not a person someone can visit.
    private static readonly FrozenSet<string> Counts = new[] { "puluhan", "ratusan", "ribuan", "belasan", "banyak", "sejumlah", "para" }.ToFrozenSet();

    public static PasungSuggestion Judge(string text, IReadOnlyList<PostWord> words, IReadOnlyList<CueHit> hits)
    {
        var ill = hits.Any(h => h.Cue.Target == CategoryCues.Mental && h.Cue.Weight >= 1.2 && !h.Negated);
        // "Hoaks! Video ODGJ dirantai yang beredar itu…": a post that calls the report a hoax reports no confinement.
        var hoax = words.Select((w, i) => (w, i)).Any(x => x.w.Norm is "hoaks" or "hoax" or "hoaxs" or "hoks"
            && !(x.i > 0 && x.i - 1 < words.Count && words[x.i - 1].Norm is "bukan" or "tidak" or "gak" or "ga" or "dudu"));
        var cues = hits.Where(h => (h.Cue.Target == PasungCues.Target || (h.Cue.Target == PasungCues.Confined && ill)) && OfAPerson(words, h)).ToList();
        var now = cues.Where(h => !hoax && !h.Negated && !h.Past && !h.Imagined && ByFamily(words, h) && !Counted(words, h)).ToList();
        var score = now.Sum(h => h.Cue.Weight);
        Evidence Span(CueHit h) => Evidence.Of(text, words[h.FirstWord].Start, words[h.LastWord].End);
        if (score >= Threshold)
            return new PasungSuggestion(true, Math.Round(Math.Min(0.97, 1 - Math.Exp(-score / 2)), 2),
                now.OrderByDescending(h => h.Cue.Weight).Take(3).OrderBy(h => h.FirstWord).Select(Span).Distinct().ToList());
        var over = cues.Except(now).ToList();
        return over.Count > 0
            ? new PasungSuggestion(false, 0.8, over.Take(3).Select(Span).Distinct().ToList())
            : new PasungSuggestion(false, score > 0 ? 0.3 : 0.4, []);
    }

    private static bool OfAPerson(IReadOnlyList<PostWord> words, CueHit h)
    {
        for (var i = h.FirstWord - 1; i >= 0 && i >= h.FirstWord - 3 && words[i].Clause == words[h.FirstWord].Clause; i--)
            if (CueLexicon.Stems(words[i].Norm).Any(NotPersons.Contains)) return false;
        return true;
    }

    private static bool ByFamily(IReadOnlyList<PostWord> words, CueHit h)
    {
        // Just before ("diamankan polisi dan diborgol") or after ("dirantai di panti rehab"); further back it is who found them.
        for (var i = Math.Max(0, h.FirstWord - 2); i < words.Count && i <= h.LastWord + 6; i++)
            if (words[i].Clause == words[h.FirstWord].Clause && Institutions.Contains(words[i].Norm)) return false;
        return true;
    }

    private static bool Counted(IReadOnlyList<PostWord> words, CueHit h)
    {
        for (var i = h.FirstWord - 1; i >= 0 && i >= h.FirstWord - 4 && words[i].Clause == words[h.FirstWord].Clause; i--)
            if (Counts.Contains(words[i].Norm) || (int.TryParse(words[i].Norm, out var n) && n >= 10)) return true;
        return false;
    }
}
