namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// A run of words of the post that is the name of one or more regions. <paramref name="Weight"/>
/// is how much it counts as a place at all: how exactly it matched, whether a common word, what
/// came before it ("asli Jombang" is where someone is from, "RSJ Lawang" a hospital).
/// </summary>
public sealed record PlaceMention(int FirstWord, int LastWord, int Name, double Similarity, Marker Marker, int MarkerWord,
    bool Tagged, bool KotaInName, double Weight)
{
    /// <summary>The first word of the evidence: the marker when there is one ("Ds. Plumpungrejo").</summary>
    public int EvidenceStart => MarkerWord >= 0 ? MarkerWord : FirstWord;

    public bool Overlaps(PlaceMention other) => EvidenceStart <= other.LastWord && other.EvidenceStart <= LastWord;
}

public static class PlaceMentions
{
    private const int LongestName = 4;

    // Words before a name that say it is not where the person is now.
    private static readonly Dictionary<string, double> Before = new(StringComparer.Ordinal)
    {
        ["asli"] = 0.45, ["asal"] = 0.55, ["kelahiran"] = 0.45, ["perantau"] = 0.45, ["merantau"] = 0.5, ["rantau"] = 0.5,
        ["dari"] = 0.8, ["ke"] = 0.6, ["kerja"] = 0.6, ["bekerja"] = 0.6, ["tki"] = 0.6, ["tkw"] = 0.6, ["pmi"] = 0.85,
        ["mantan"] = 0.7, ["bukan"] = 0.3, ["pindahan"] = 0.6, ["pindah"] = 0.6, ["dirawat"] = 0.5, ["dibawa"] = 0.6, ["rujuk"] = 0.5,
        // ...and words that say it is: "tinggal di", "lokasi", "alamat", "warga".
        ["tinggal"] = 1.25, ["lokasi"] = 1.3, ["alamat"] = 1.3, ["alamatnya"] = 1.3, ["warga"] = 1.2, ["domisili"] = 1.3, ["ini"] = 1.1, ["nang"] = 1.1, ["neng"] = 1.1,
    };

    public static List<PlaceMention> Find(IReadOnlyList<PostWord> words, PlaceIndex index)
    {
        var mentions = new List<PlaceMention>();
        var lowercasePost = words.All(w => !w.Capitalised) || words.Where(w => w.Norm.Length > 2).All(w => w.Capitalised);
        var coveredUntil = -1;
        for (var first = 0; first < words.Count; first++)
        {
            var word = words[first];
            var marker = PlaceMarkers.Of(word.Norm);
            // A marker word is not a name, except "Kota" beginning one (Kec. Kota Sumenep; Kota Tengah, Gorontalo).
            var kotaInName = marker == Marker.Kota;
            if ((marker != Marker.None && !kotaInName) || IsNumber(word.Norm) || PlaceMarkers.IsNeighbourhoodUnit(word.Norm)) continue;
            var (markerKind, markerWord) = MarkerBefore(words, first);
            var longestExact = -1;
            for (var last = Math.Min(words.Count - 1, first + LongestName - 1); last >= first; last--)
            {
                if (!IsOneName(words, first, last) || (kotaInName && last == first)) continue;
                // Inside "Labuan Bajo" the word "Labuan" is not a name of its own either.
                if (last <= coveredUntil || longestExact >= 0) break;
                var compact = string.Concat(Enumerable.Range(first, last - first + 1).Select(i => words[i].Norm));
                var common = first == last && CommonWords.Contains(compact);
                if (compact.Length < 3 || (common && markerKind == Marker.None)) continue;
                var matches = index.ExactName(compact) is { } exact ? [new NameMatch(exact, 1.0)]
                    // Misspellings are looked for in names of one or two words: longer ones are written with care, or not at all.
                    : common || kotaInName || last - first >= 2 || (first == last && compact.Length < PlaceIndex.MinFuzzyLength)
                      || (last > first && (CommonWords.Contains(words[first].Norm) || CommonWords.Contains(words[last].Norm))) ? [] : index.Find(compact);
                foreach (var match in matches)
                {
                    var weight = Math.Pow(match.Similarity, 3)
                        // "Kota Batu", "Desa Baru", "Kec. Taman": a marker says the common word is a name here.
                        * (common ? (markerKind == Marker.None ? 0.3 : 0.8) : 1.0)
                        * (compact.Length <= 4 && markerKind == Marker.None ? 0.6 : 1.0)
                        * (lowercasePost || words[first].Capitalised || markerKind != Marker.None || word.Tagged ? 1.0 : 0.7)
                        * ContextBefore(words, markerWord >= 0 ? markerWord : first);
                    mentions.Add(new PlaceMention(first, last, match.Name, match.Similarity, markerKind, markerWord, word.Tagged, kotaInName, weight));
                    // "Kota Batu" may be a desa in Lampung, but its "Batu" is still the kota's name.
                    if (match.Similarity == 1.0 && last > first && !kotaInName) longestExact = Math.Max(longestExact, last);
                }
            }
            // Inside "Moncek Tengah" the words "Moncek" and "Tengah" are not names of their own.
            if (longestExact > coveredUntil) coveredUntil = longestExact;
        }
        return mentions;
    }

    /// <summary>The marker just before a name ("Kec." "Ds" "Kota"), if only spaces or a full stop stand between.</summary>
    private static (Marker, int) MarkerBefore(IReadOnlyList<PostWord> words, int first)
    {
        if (first == 0 || !(words[first].Joined || words[first].AfterDot)) return (Marker.None, -1);
        var marker = PlaceMarkers.Of(words[first - 1].Norm);
        if (marker == Marker.Kota && first >= 2 && PlaceMarkers.Of(words[first - 2].Norm) == Marker.Kecamatan) return (Marker.Kecamatan, first - 2);
        return marker == Marker.None ? (Marker.None, -1) : (marker, first - 1);
    }

    private static bool IsOneName(IReadOnlyList<PostWord> words, int first, int last)
    {
        for (var i = first + 1; i <= last; i++)
        {
            var marker = PlaceMarkers.Of(words[i].Norm);
            if (!words[i].Joined || (marker != Marker.None && marker != Marker.Kota) || IsNumber(words[i].Norm)) return false;
            if (words[i].Tagged != words[first].Tagged) return false;
        }
        return true;
    }

    private static double ContextBefore(IReadOnlyList<PostWord> words, int at)
    {
        // "orang Jember", "wong Ngawi", "arek Suroboyo": someone from there.
        if (at > 0 && words[at - 1].Norm is "orang" or "org" or "wong" or "arek" or "oreng" or "logat") return 0.6;
        var factor = 1.0;
        for (var i = at - 1; i >= 0 && i >= at - 3 && words[i].Clause == words[at].Clause; i--)
            if (Before.TryGetValue(words[i].Norm, out var f))
            {
                // "merantau ke Samarinda", "pindah ke Batam": gone there to live, so there now.
                factor = words[i].Norm == "ke" && i > 0 && words[i - 1].Norm is "merantau" or "pindah" or "menetap" or "boyongan" or "ikut" ? 1.0 : f;
                break;
            }
        return factor;
    }

    private static bool IsNumber(string norm) => norm.Length > 0 && char.IsDigit(norm[0]);
}
