using System.Text.RegularExpressions;

namespace TKSK.Cases.Coordinators;

/// <summary>Indonesian phone numbers as people type them: 0812…, 62812…, +62 812-…</summary>
public static partial class PhoneNumbers
{
    [GeneratedRegex(@"^(\+62|62|0)[1-9][0-9]{6,12}$")]
    private static partial Regex Plausible();

    public static bool IsPlausible(string? phone) => phone is not null && Plausible().IsMatch(Compact(phone));

    /// <summary>The international form +62…, so that the same number is always stored the same way.</summary>
    public static string Normalise(string phone)
    {
        var compact = Compact(phone);
        return compact.StartsWith('+') ? compact : compact.StartsWith("62") ? "+" + compact : "+62" + compact[1..];
    }

    private static string Compact(string phone) => new(phone.Where(ch => !char.IsWhiteSpace(ch) && ch != '-' && ch != '(' && ch != ')').ToArray());
}
