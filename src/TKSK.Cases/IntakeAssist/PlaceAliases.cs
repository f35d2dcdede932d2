namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// Names everyone uses that are not the official ones (Solo is Kota Surakarta), as compact keys:
/// the town a kabupaten is known by (Purwokerto, Singaraja, Sampit), short forms (Jaksel, Tangsel,
/// Lotim, TTS) and old names (Ujung Pandang). Official names, their old spellings and their spacing
/// variants need no entry here.
/// </summary>
public static class PlaceAliases
{
    public static readonly IReadOnlyList<(string Alias, string Code)> All =
    [
        ("solo", "33.72"),
        ("jogja", "34.71"), ("jogya", "34.71"), ("yogya", "34.71"), ("jogjakarta", "34.71"),
        ("suroboyo", "35.78"), ("sby", "35.78"),
        ("jakarta", "31"), ("jkt", "31"), ("ibukota", "31"),
        ("jatim", "35"), ("jawatimur", "35"), ("jateng", "33"), ("jabar", "32"), ("diy", "34"),
        ("jakbar", "31.73"), ("jaktim", "31.75"), ("jaksel", "31.74"), ("jakut", "31.72"), ("jakpus", "31.71"),
        ("tangsel", "36.74"), ("jateng", "33"), ("jabar", "32"), ("ntb", "52"), ("ntt", "53"), ("kalbar", "61"), ("kalteng", "62"), ("kalsel", "63"),
        ("kaltim", "64"), ("kaltara", "65"), ("sulut", "71"), ("sulteng", "72"), ("sulsel", "73"), ("sultra", "74"), ("sulbar", "76"), ("sumut", "12"),
        ("sumbar", "13"), ("sumsel", "16"), ("kepri", "21"), ("babel", "19"), ("malut", "82"),
        // the towns kabupaten are known by
        ("purwokerto", "33.02"), ("singaraja", "51.08"), ("tenggarong", "64.02"), ("sampit", "62.02"), ("pangkalanbun", "62.01"),
        ("maumere", "53.07"), ("labuanbajo", "53.15"), ("ruteng", "53.10"), ("atambua", "53.04.12"), ("soe", "53.02.01"), ("kefamenanu", "53.03.05"),
        ("waingapu", "53.11.01"), ("timika", "94.04"), ("wamena", "95.01"), ("biak", "91.06"), ("serui", "91.05"), ("sentani", "91.03"),
        ("cikarang", "32.16"), ("ujungpandang", "73.71"), ("siantar", "12.72"), ("tts", "53.02"), ("ttu", "53.03"),
        ("lotim", "52.03"), ("loteng", "52.02"), ("lobar", "52.01"), ("klu", "52.08"), ("kukar", "64.02"), ("kotim", "62.02"), ("kobar", "62.01"),
    ];
}
