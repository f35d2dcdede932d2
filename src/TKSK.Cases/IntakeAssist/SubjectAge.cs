using System.Text.RegularExpressions;

namespace TKSK.Cases.IntakeAssist;

public enum AgeGroup { Unknown, Toddler, Child, Adult, Elderly }

/// <summary>
/// Who the post is about, by age: the first age written ("umur 7 tahun", "(80an)", "19th") or
/// else the first word for a person of an age (balita, anak, mbah). The first counts because a
/// post names its subject first; "anak2e merantau" later in an old woman's post is not the subject.
/// </summary>
public static partial class SubjectAge
{
    public static AgeGroup Of(string text, IReadOnlyList<PostWord> words)
    {
        var byAge = ExplicitAge().Match(text);
        var byWord = words.Select((w, i) => (Group: GroupOfWord(w.Norm), At: w.Start)).FirstOrDefault(x => x.Group != AgeGroup.Unknown);
        if (byAge.Success && (byWord.Group == AgeGroup.Unknown || byAge.Index <= byWord.At + 40))
        {
            var years = int.Parse(byAge.Groups["n"].Value);
            return years switch { <= 5 => AgeGroup.Toddler, < 18 => AgeGroup.Child, >= 60 => AgeGroup.Elderly, _ => AgeGroup.Adult };
        }
        return byWord.Group;
    }

    private static AgeGroup GroupOfWord(string norm) => norm switch
    {
        "balita" or "bayi" or "batita" => AgeGroup.Toddler,
        "anak" or "bocah" or "siswi" or "siswa" or "pelajar" or "bocil" or "murid" or "remaja" => AgeGroup.Child,
        "mbah" or "nenek" or "kakek" or "lansia" or "jompo" or "manula" or "simbah" or "embah" or "eyang" => AgeGroup.Elderly,
        "bu" or "ibu" or "ebu" or "pak" or "bapak" or "bp" or "mas" or "mbak" or "pria" or "wanita" or "perempuan" or "oreng" or "orang" or "pemuda" or "janda" or "duda" => AgeGroup.Adult,
        _ => AgeGroup.Unknown,
    };

    // "umur 24", "usia 11 tahun", "(17)", "(80an)", "(19th)", "76 th", "±85 tahoen" — not "sudah 2 tahun" (a duration).
    [GeneratedRegex(@"(?:(?:umur|usia|berusia|oesia|umure|umurnya|usianya)\s*[±+-]?\s*(?<n>\d{1,3}))|(?:\(\s*[±]?(?<n>\d{1,3})\s*(?:an|th|thn|tahun|taon|tahunan)?\s*\))|(?:(?<![\w.,])(?<!(?:sudah|udah|sdh|selama|sejak|hampir|lebih|kurang|dah|ke|la|lah|wis|wes|sampe|sampai|dalam|setelah)\s)[±]?(?<n>\d{1,3})\s*(?:th|thn|tahun|taon|tahoen)\b(?!\s*(?:lalu|terakhir|ini|yang lalu|yg lalu|lebih)))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitAge();
}
