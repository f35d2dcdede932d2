using System.Text.RegularExpressions;
using TKSK.Cases.Regions;

namespace TKSK.Cases.IntakeAssist.Eval;

/// <summary>
/// What a simple tool would do: the longest kecamatan name of Indonesia found in the post as a
/// whole word (case ignored; East Java first on a tie), its kabupaten above it; nothing else.
/// </summary>
public sealed class Baseline
{
    private readonly List<(Region Kecamatan, Regex Pattern)> _kecamatan;

    public Baseline(RegionCatalog catalog) =>
        _kecamatan = catalog.Provinces.SelectMany(p => catalog.ChildrenOf(p.Code)!).SelectMany(k => catalog.ChildrenOf(k.Code)!)
            .OrderByDescending(k => k.Name.Length).ThenBy(k => k.Code.StartsWith("35.") ? 0 : 1)
            .Select(k => (k, new Regex($@"\b{Regex.Escape(k.Name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
            .ToList();

    /// <summary>The kecamatan found and where (its words are the baseline's evidence), or null.</summary>
    public (Region Kecamatan, Match Where)? Kecamatan(string text)
    {
        foreach (var (kecamatan, pattern) in _kecamatan)
            if (pattern.Match(text) is { Success: true } match) return (kecamatan, match);
        return null;
    }
}
