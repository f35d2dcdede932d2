namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// Names everyone uses that are not the official ones (Solo is Kota Surakarta), as compact keys.
/// Official names, their old spellings and their spacing variants need no entry here.
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
    ];
}
