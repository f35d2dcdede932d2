using System.Collections.Frozen;

namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// A phrase that points to an answer (a category, pasung, an urgency), with how strongly.
/// Written in normalised words: "a b|c d" is either phrase, "…" up to three words between two
/// parts, "pasung*" any word starting so (dipasung is listed apart: Indonesian prefixes come first).
/// A listed word also matches with a possessive or definite ending ("kaki" in "kakinya", "sikil" in
/// "sikile", "anak" in "anakku"), which posts add to almost any noun.
/// </summary>
public sealed record Cue(string Phrase, string Target, double Weight)
{
    /// <summary>Parts (between "…"), each a choice of phrases, each phrase its words.</summary>
    internal string[][][] Parts { get; } = Phrase.Split('…', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(part => part.Split('|', StringSplitOptions.TrimEntries).Select(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray())
        .ToArray();

    /// <summary>Per part, its one-word choices as a set (looked up, not compared one by one).</summary>
    internal FrozenSet<string>[] Singles => _singles ??= Parts.Select(p => p.Where(a => a.Length == 1 && !a[0].EndsWith('*')).Select(a => a[0]).ToFrozenSet(StringComparer.Ordinal)).ToArray();

    /// <summary>Per part, its choices of more than one word (or a prefix), tried one by one before the set.</summary>
    internal string[][][] Longer => _longer ??= Parts.Select(p => p.Where(a => a.Length > 1 || a[0].EndsWith('*')).ToArray()).ToArray();

    private FrozenSet<string>[]? _singles;
    private string[][][]? _longer;
}

/// <summary>
/// Where a cue stands in the post, and whether the words around it deny it, put it in the past (or
/// end it), or only imagine it ("mau dirantai", "takutnya nanti dipasung lagi", "semoga tidak ada").
/// </summary>
public readonly record struct CueHit(Cue Cue, int FirstWord, int LastWord, bool Negated, bool Past, bool Imagined = false);

public static class CueLexicon
{
    public static readonly IReadOnlyList<Cue> All = [.. CategoryCues.All, .. PasungCues.All, .. UrgencyCues.All];

    // The cues that can start at a word, by that word: a post of 1,500 words is then read in about a millisecond.
    private static readonly FrozenDictionary<string, Cue[]> ByFirstWord = All
        .SelectMany(c => c.Parts[0].Select(phrase => (Word: phrase[0], Cue: c)))
        .Where(x => !x.Word.EndsWith('*'))
        .GroupBy(x => x.Word, x => x.Cue)
        .ToFrozenDictionary(g => g.Key, g => g.Distinct().ToArray(), StringComparer.Ordinal);

    private static readonly Cue[] StartingWithPrefix = All.Where(c => c.Parts[0].Any(phrase => phrase[0].EndsWith('*'))).ToArray();

    /// <summary>Every literal word of every cue: words a place name should not be mistaken for.</summary>
    public static IEnumerable<string> Words => All.SelectMany(c => c.Parts).SelectMany(p => p).SelectMany(a => a)
        .Where(w => !w.EndsWith('*') && w.Length > 2).Distinct();

    // Endings a noun takes in posts: Indonesian -nya, -ku, -mu; Javanese -e, -ne; Madurese -na.
    private static readonly string[] PossessiveEndings = ["nya", "ne", "ku", "mu", "na", "e"];
    private const int ShortestStem = 4;

    /// <summary>The word and, when it ends so, the word without its possessive ending (never shorter than four letters).</summary>
    public static IEnumerable<string> Stems(string word)
    {
        yield return word;
        if (Stem(word) is { } stem) yield return stem;
    }

    // "gak sampai mukul", "bukan pengemis": a cue right after these is denied.
    private static readonly FrozenSet<string> Negators = new[]
    {
        "tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "engga", "ndak", "nda", "bukan", "tak", "ta", "ora", "dudu", "belum", "blm", "durung",
        "jangan", "tanpa", "gaada", "gada", "taada",
    }.ToFrozenSet();

    // "…dipasung itu TIDAK BENAR", "…dirantai? hoaks": what follows a cue that denies it.
    private static readonly FrozenSet<string> DenialsAfter = new[] { "hoax", "hoaks", "hoaxs", "bohong", "fitnah", "keliru" }.ToFrozenSet();

    // "dulu pernah dipasung": a cue right after these happened before; "masih" keeps it now.
    private static readonly FrozenSet<string> PastMarkers = new[]
    {
        "dulu", "dulunya", "pernah", "sempat", "sempet", "bekas", "mantan", "eks", "riwayat", "biyen", "mbiyen", "baheula",
    }.ToFrozenSet();

    // "sempat bilang mau nyusul bapak": what was said before is said of now.
    private static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "bilang", "ngomong", "berkata", "mengatakan", "cerita", "bercerita", "ngaku", "mengaku", "kata", "katanya", "nulis", "menulis", "chat", "pesan", "ngancam", "mengancam",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> NowMarkers = new[]
    {
        "masih", "msh", "tetap", "tetep", "sekarang", "skrg", "skrng", "saiki", "sakniki", "sedang", "lagi", "kini", "saat", "tasih", "ghi",
    }.ToFrozenSet();

    // "4 tahun lalu dipasung": a unit of time and "lalu" (but not "sejak 2 minggu lalu", which runs to now).
    private static readonly FrozenSet<string> TimeUnits = new[] { "tahun", "thn", "th", "taun", "taon", "bulan", "bln", "wulan", "minggu", "mgg", "hari", "dino" }.ToFrozenSet();

    // "…tapi sudah dilepas", "sudah bebas": what follows a cue that ended it.
    private static readonly FrozenSet<string> Endings = new[]
    {
        "dilepas", "dilepaskan", "lepas", "dibebaskan", "bebas", "dibuka", "sembuh", "pulih", "selesai", "berakhir", "tertangkap", "diamankan", "ditangkap",
        "dievakuasi", "dicopot", "dibongkar", "diculke", "dieculaghi",
    }.ToFrozenSet();

    // "dilepas dari pasung", "bebas pasung", "pembebasan pasung": said before it, the confinement is what someone left.
    private static readonly FrozenSet<string> ReleasedFrom = new[]
    {
        "dari", "bebas", "lepas", "pembebasan", "pelepasan", "membebaskan", "melepas", "melepaskan", "dibebaskan", "dilepas", "dilepaskan", "eks", "penyintas",
    }.ToFrozenSet();

    // "mau dirantai", "takutnya nanti dipasung", "tetangga menyarankan dipasung", "semoga tidak ada lagi": not something that is.
    private static readonly FrozenSet<string> Imaginers = new[]
    {
        "mau", "akan", "bakal", "ingin", "pengen", "pingin", "kepingin", "rencana", "berencana", "menyarankan", "disarankan", "nyaranin", "saranin", "usul", "mengusulkan",
        "takut", "takutnya", "khawatir", "kuatir", "nanti", "ntar", "ancam", "diancam", "mengancam", "ngancam",
        "hendak", "semoga", "moga", "daripada", "sebaiknya", "mending", "arep", "ape", "kate", "seandainya", "andai", "jangan", "supaya", "agar", "sebelum", "sblm",
    }.ToFrozenSet();

    // "takut kalau dilepas": an ending only supposed. (Before a confinement "kalau" is habit: "kalau ngamuk dirantai".)
    private static readonly FrozenSet<string> Conditionals = new[] { "kalau", "kalo", "klo", "kl", "jika", "apabila", "bila", "mon", "misal", "nek", "yen" }.ToFrozenSet();

    // "gak ada lagi yang dirantai": words that may stand between a denied "ada" and the cue.
    private static readonly FrozenSet<string> Fillers = new[] { "lagi", "yang", "yg", "sing", "se", "orang", "org", "warga", "manusia", "wong", "oreng", "satupun", "seorang" }.ToFrozenSet();

    public static List<CueHit> Find(IReadOnlyList<PostWord> words)
    {
        var hits = new List<CueHit>();
        var starting = new List<Cue>();
        // Each word once without its ending ("kakinya" → "kaki"), or null: what a listed word of four letters or more may match.
        var stems = new string?[words.Count];
        for (var i = 0; i < words.Count; i++) stems[i] = Stem(words[i].Norm);
        for (var start = 0; start < words.Count; start++)
        {
            starting.Clear();
            if (ByFirstWord.TryGetValue(words[start].Norm, out var cues)) starting.AddRange(cues);
            if (stems[start] is { } stem && ByFirstWord.TryGetValue(stem, out var more))
                foreach (var cue in more) if (!starting.Contains(cue)) starting.Add(cue);
            foreach (var cue in StartingWithPrefix) if (!starting.Contains(cue)) starting.Add(cue);
            foreach (var cue in starting)
                if (MatchPart(words, stems, start, cue, 0) is { } last)
                    hits.Add(new CueHit(cue, start, last, IsNegated(words, start, last), IsPast(words, start, last), IsImagined(words, start)));
        }
        return hits;
    }

    private static string? Stem(string word)
    {
        foreach (var ending in PossessiveEndings)
            if (word.Length - ending.Length >= ShortestStem && word.EndsWith(ending, StringComparison.Ordinal)) return word[..^ending.Length];
        return null;
    }

    /// <summary>The last word of the cue when its parts from <paramref name="part"/> on match at <paramref name="at"/>.</summary>
    private static int? MatchPart(IReadOnlyList<PostWord> words, string?[] stems, int at, Cue cue, int part)
    {
        foreach (var phrase in cue.Longer[part])
            if (MatchPhrase(words, stems, at, phrase) is { } end && Then(end) is { } last) return last;
        var singles = cue.Singles[part];
        if (singles.Count > 0 && (singles.Contains(words[at].Norm) || (stems[at] is { } stem && singles.Contains(stem)))) return Then(at);
        return null;

        int? Then(int end)
        {
            if (part == cue.Parts.Length - 1) return end;
            // Up to three words may stand between two parts, within the clause.
            for (var next = end + 1; next <= end + 4 && next < words.Count && words[next].Clause == words[end].Clause; next++)
                if (MatchPart(words, stems, next, cue, part + 1) is { } last) return last;
            return null;
        }
    }

    private static int? MatchPhrase(IReadOnlyList<PostWord> words, string?[] stems, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count) return null;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (i > 0 && words[at + i].Clause != words[at].Clause) return null;
            if (!Matches(words[at + i].Norm, stems[at + i], phrase[i])) return null;
        }
        return at + phrase.Length - 1;
    }

    private static bool Matches(string word, string? stem, string listed)
    {
        if (listed.EndsWith('*')) return word.StartsWith(listed.AsSpan(0, listed.Length - 1), StringComparison.Ordinal);
        // A possessive ending on a listed word of four letters or more: "kakinya", "bojone", "anakku".
        return word == listed || stem == listed;
    }

    private static bool IsNegated(IReadOnlyList<PostWord> words, int start, int last)
    {
        for (var i = start - 1; i >= 0 && i >= start - 3 && words[i].Clause == words[start].Clause; i--)
            if (Negators.Contains(words[i].Norm)) return true;
        // "gak ada lagi yang dirantai", "tidak ada warga yg dipasung": a negated "ada" further back, only fillers between.
        for (var i = start - 1; i >= 1 && i >= start - 5 && words[i].Clause == words[start].Clause; i--)
        {
            if (words[i].Norm is "ada" or "onok" or "ono" or "enten" or "bada") return Negators.Contains(words[i - 1].Norm);
            if (!Fillers.Contains(words[i].Norm)) break;
        }
        // "…dipasung itu TIDAK BENAR", "…itu hoaks".
        for (var i = last + 1; i < words.Count && i <= last + 4 && words[i].Clause == words[last].Clause; i++)
        {
            if (DenialsAfter.Contains(words[i].Norm)) return true;
            if (Negators.Contains(words[i].Norm) && i + 1 < words.Count && words[i + 1].Norm is "benar" or "bener" or "betul" or "terbukti") return true;
        }
        return false;
    }

    private static bool IsPast(IReadOnlyList<PostWord> words, int start, int last)
    {
        var past = false;
        // "Dulu waktu kecil saya lihat tetangga dipasung": the time said at the start of the clause holds to its end.
        for (var i = start - 1; i >= 0 && i >= start - 6 && words[i].Clause == words[start].Clause; i--)
        {
            var w = words[i].Norm;
            if (NowMarkers.Contains(w)) return false;
            if (SpeechVerbs.Contains(w)) break;
            if (PastMarkers.Contains(w)) past = true;
            // "yg 4 tahun lalu dipasung" (but "sejak 2 minggu lalu" runs to now).
            if (w is "lalu" or "lalu2" or "kepungkur" && i > 0 && TimeUnits.Contains(words[i - 1].Norm)
                && !(i > 2 && words[i - 3].Norm is "sejak" or "mulai" or "wiwit")) past = true;
        }
        // "dilepas dari pasung", "bebas pasung", "pembebasan pasung": the confinement left behind.
        for (var i = start - 1; i >= 0 && i >= start - 2 && words[i].Clause == words[start].Clause; i--)
            if (ReleasedFrom.Contains(words[i].Norm) && (words[i].Norm != "dari" || i == start - 1)) return true;
        // "dipasung ulang", "dirantai lagi": done again, now, whatever was before.
        if (words[last].Norm is "ulang" or "lagi" or "kembali" or "maneh" || (last + 1 < words.Count && words[last + 1].Norm is "ulang" or "lagi" or "kembali" or "maneh")) return false;
        for (var i = last + 1; i < words.Count && i <= last + 8 && words[i].Clause <= words[last].Clause + 1; i++)
        {
            if (words[i].Norm is "masih" or "msh" or "tetap" or "tetep" or "tasih") return false;
            // "takut kalau dilepas", "ga dilepas2", "belum dibebaskan": an ending that has not happened.
            if (Endings.Contains(words[i].Norm) && !IsDeniedOrImagined(words, i)) return true;
        }
        return past;
    }

    private static bool IsDeniedOrImagined(IReadOnlyList<PostWord> words, int at)
    {
        for (var i = at - 1; i >= 0 && i >= at - 2 && words[i].Clause == words[at].Clause; i--)
            if (Negators.Contains(words[i].Norm) || Imaginers.Contains(words[i].Norm) || Conditionals.Contains(words[i].Norm)) return true;
        return false;
    }

    private static bool IsImagined(IReadOnlyList<PostWord> words, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 6 && words[i].Clause == words[start].Clause; i--)
        {
            if (NowMarkers.Contains(words[i].Norm) && words[i].Norm is not "lagi") return false;
            if (Imaginers.Contains(words[i].Norm)) return true;
        }
        return false;
    }
}
