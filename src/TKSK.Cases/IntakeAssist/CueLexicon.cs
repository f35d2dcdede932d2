using System.Collections.Frozen;

namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// A phrase that points to an answer (a category, pasung, an urgency), with how strongly.
/// Written in normalised words: "a b|c d" is either phrase, "…" up to three words between two
/// parts, "pasung*" any word starting so (dipasung is listed apart: Indonesian prefixes come first).
/// </summary>
public sealed record Cue(string Phrase, string Target, double Weight)
{
    /// <summary>Parts (between "…"), each a choice of phrases, each phrase its words.</summary>
    internal string[][][] Parts { get; } = Phrase.Split('…', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(part => part.Split('|', StringSplitOptions.TrimEntries).Select(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray())
        .ToArray();
}

/// <summary>Where a cue stands in the post, and whether the words around it deny it or put it in the past.</summary>
public readonly record struct CueHit(Cue Cue, int FirstWord, int LastWord, bool Negated, bool Past);

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

    // "gak sampai mukul", "bukan pengemis": a cue right after these is denied.
    private static readonly FrozenSet<string> Negators = new[]
    {
        "tidak", "tdk", "gak", "ga", "nggak", "ngga", "enggak", "ndak", "nda", "bukan", "tak", "ora", "dudu", "belum", "blm", "durung", "jangan", "tanpa",
    }.ToFrozenSet();

    // "dulu pernah dipasung": a cue right after these happened before; "masih" keeps it now.
    private static readonly FrozenSet<string> PastMarkers = new[] { "dulu", "dulunya", "pernah", "sempat", "bekas", "mantan", "eks", "riwayat" }.ToFrozenSet();

    // "…tapi sudah dilepas", "sudah bebas": what follows a cue that ended it.
    private static readonly FrozenSet<string> Endings = new[]
    {
        "dilepas", "dilepaskan", "lepas", "dibebaskan", "bebas", "dibuka", "sembuh", "pulih", "selesai", "berakhir", "tertangkap", "diamankan", "ditangkap",
    }.ToFrozenSet();

    public static List<CueHit> Find(IReadOnlyList<PostWord> words)
    {
        var hits = new List<CueHit>();
        for (var start = 0; start < words.Count; start++)
        {
            var starting = ByFirstWord.GetValueOrDefault(words[start].Norm, []);
            foreach (var cue in starting.Concat(StartingWithPrefix.Where(c => !starting.Contains(c))))
                if (MatchPart(words, start, cue.Parts, 0) is { } last)
                    hits.Add(new CueHit(cue, start, last, IsNegated(words, start), IsPast(words, start, last)));
        }
        return hits;
    }

    /// <summary>The last word of the cue when its parts from <paramref name="part"/> on match at <paramref name="at"/>.</summary>
    private static int? MatchPart(IReadOnlyList<PostWord> words, int at, string[][][] parts, int part)
    {
        foreach (var phrase in parts[part])
        {
            if (MatchPhrase(words, at, phrase) is not { } end) continue;
            if (part == parts.Length - 1) return end;
            // Up to three words may stand between two parts, within the clause.
            for (var next = end + 1; next <= end + 4 && next < words.Count && words[next].Clause == words[end].Clause; next++)
                if (MatchPart(words, next, parts, part + 1) is { } last) return last;
        }
        return null;
    }

    private static int? MatchPhrase(IReadOnlyList<PostWord> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count) return null;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (i > 0 && words[at + i].Clause != words[at].Clause) return null;
            var word = words[at + i].Norm;
            var p = phrase[i];
            if (!(p.EndsWith('*') ? word.StartsWith(p.AsSpan(0, p.Length - 1), StringComparison.Ordinal) : word == p)) return null;
        }
        return at + phrase.Length - 1;
    }

    private static bool IsNegated(IReadOnlyList<PostWord> words, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 3 && words[i].Clause == words[start].Clause; i--)
            if (Negators.Contains(words[i].Norm)) return true;
        return false;
    }

    private static bool IsPast(IReadOnlyList<PostWord> words, int start, int last)
    {
        var past = false;
        for (var i = start - 1; i >= 0 && i >= start - 4 && words[i].Clause == words[start].Clause; i--)
        {
            if (words[i].Norm is "masih" or "msh" or "tetap" or "sekarang" or "skrg") return false;
            if (PastMarkers.Contains(words[i].Norm)) past = true;
        }
        for (var i = last + 1; i < words.Count && i <= last + 8 && words[i].Clause <= words[last].Clause + 1; i++)
        {
            if (words[i].Norm is "masih" or "msh") return false;
            if (Endings.Contains(words[i].Norm)) return true;
        }
        return past;
    }
}
