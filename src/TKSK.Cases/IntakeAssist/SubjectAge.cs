using System.Text.RegularExpressions;

namespace TKSK.Cases.IntakeAssist;

public enum AgeGroup { Unknown, Toddler, Child, Adult, Elderly }

/// <summary>
/// Who the post is about, by age: the first age written ("umur 7 tahun", "(80an)", "19th", "(13,
/// 10, 7)") or else the first word for a person of an age (balita, anak, SMP, mbah, suami). The
/// first counts because a post names its subject first; "anak2e merantau" later in an old woman's
/// post is not the subject. A bare "2 tahun" is an age only after a word for a person ("bocah 7
/// tahun", "Pria 41 tahun"): after anything else it is a duration ("KDRT 6 tahun", "dirantai 2 tahun").
/// </summary>
public static partial class SubjectAge
{
    public static AgeGroup Of(string text, IReadOnlyList<PostWord> words)
    {
        var byWord = words.Select((w, i) => (Group: IsParentsOfSomeone(words, i) ? AgeGroup.Unknown : GroupOfWord(w.Norm), At: w.Start))
            .FirstOrDefault(x => x.Group != AgeGroup.Unknown);
        foreach (Match byAge in ExplicitAge().Matches(text))
        {
            if (byWord.Group != AgeGroup.Unknown && byAge.Index > byWord.At + 40) break;
            if (byAge.Groups["bare"].Success && !AfterPersonWord(text, byAge.Index)) continue;
            var years = int.Parse(byAge.Groups["n"].Value);
            return years switch { <= 5 => AgeGroup.Toddler, < 18 => AgeGroup.Child, >= 60 => AgeGroup.Elderly, _ => AgeGroup.Adult };
        }
        return byWord.Group;
    }

    // "orang tua", "ibunya", "bapaknya", "ortunya": someone's parents, who look after the subject but are not it.
    private static bool IsParentsOfSomeone(IReadOnlyList<PostWord> words, int i) =>
        (words[i].Norm is "orang" or "org" && i + 1 < words.Count && words[i + 1].Norm.StartsWith("tua", StringComparison.Ordinal))
        || words[i].Norm is "ibunya" or "bapaknya" or "ayahnya" or "ortunya" or "emaknya" or "mamanya" or "mboke" or "bapake" or "ibune" or "bapane" or "ortu";

    private static bool AfterPersonWord(string text, int at) => PersonBefore().IsMatch(text.AsSpan(Math.Max(0, at - 40), at - Math.Max(0, at - 40)));

    private static AgeGroup GroupOfWord(string norm)
    {
        foreach (var stem in CueLexicon.Stems(norm))
        {
            var group = stem switch
            {
                "balita" or "bayi" or "batita" or "baduta" or "orok" or "paud" => AgeGroup.Toddler,
                "anak" or "bocah" or "siswi" or "siswa" or "pelajar" or "bocil" or "murid" or "remaja" or "sd" or "smp" or "sma" or "smk" or "mts"
                    or "tk" or "santri" or "ponakan" or "keponakan" or "cucu" or "abg" or "bocah2" => AgeGroup.Child,
                "mbah" or "nenek" or "kakek" or "lansia" or "jompo" or "manula" or "simbah" or "embah" or "eyang" or "kakung" or "buyut" or "veteran" => AgeGroup.Elderly,
                "bu" or "ibu" or "ebu" or "pak" or "bapak" or "bp" or "mas" or "mbak" or "pria" or "wanita" or "perempuan" or "oreng" or "orang" or "pemuda"
                    or "janda" or "duda" or "suami" or "istri" or "bojo" or "bojone" or "odgj" or "lelaki" or "laki" or "mahasiswa" or "mahasiswi" or "cak" or "lek"
                    or "paklek" or "bulik" or "pemulung" or "pengemis" or "psk" or "waria" or "pekerja" or "buruh" or "tkw" or "tki" or "pmi" or "napi" or "kuli" => AgeGroup.Adult,
                _ => AgeGroup.Unknown,
            };
            if (group != AgeGroup.Unknown) return group;
        }
        return AgeGroup.Unknown;
    }

    // "umur 24", "usia 11 tahun", "(17)", "(80an)", "(19th)", "(13, 10, 7)", "76 th", "±85 tahoen" — not "sudah 2 tahun" (a duration).
    [GeneratedRegex(@"(?:(?:umur|usia|berusia|oesia|umure|umurnya|usianya|umur\w*)\s*[±+-]?\s*(?<n>\d{1,3}))|(?:\(\s*[±]?(?<n>\d{1,3})\s*(?:an|th|thn|tahun|taon|tahunan)?\s*[),&/])|(?<bare>(?<![\w.,])(?<!(?:sudah|udah|sdh|udh|selama|sejak|hampir|lebih|kurang|dah|ke|la|lah|wis|wes|sampe|sampai|dalam|setelah|lalu|tiap)\s)[±]?(?<n>\d{1,3})\s*(?:th|thn|tahun|taun|taon|tahoen)\b(?!\s*(?:lalu|terakhir|ini|yang lalu|yg lalu|lebih|kepungkur)))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitAge();

    // A word for a person just before a bare age: "anak 7 tahun", "Pria 41 tahun", "nenek 90 th", "Klien laki-laki 36 th".
    // (The word between may only be a name: "Mbah Sainem 90 th", not "korban KDRT 6 tahun".)
    [GeneratedRegex(@"\b(?i:anak|bocah|balita|bayi|siswi|siswa|pelajar|remaja|gadis|cewek|cowok|pemuda|pemudi|pria|wanita|perempuan|laki|lelaki|ibu|bapak|pak|bu|mas|mbak|nenek|kakek|mbah|eyang|lansia|janda|duda|klien|warga|adik|kakak|ponakan|keponakan|cucu|putra|putri|suami|istri|orang|seorang|pasien|santri|TKW|PMI)(?i:nya|ku|e|ne|2)?\b[\s,(]*(?:[A-Z][a-z]+[\s,(]*)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PersonBefore();
}
