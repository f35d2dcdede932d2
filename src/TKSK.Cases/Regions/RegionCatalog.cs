using System.Collections.Frozen;
using System.Reflection;

namespace TKSK.Cases.Regions;

public sealed record Region(string Code, string Name);

/// <summary>
/// Indonesia's administrative regions (idn-area-data 4.0.1, ODbL; see Data/ATTRIBUTION.md), read
/// once from the files embedded in the assembly. Read-only: codes are dotted Kemendagri codes.
/// </summary>
public sealed class RegionCatalog
{
    private readonly FrozenDictionary<string, Region> _byCode;
    private readonly FrozenDictionary<string, Region[]> _children;

    public IReadOnlyList<Region> Provinces { get; }

    private RegionCatalog(IReadOnlyList<Region> provinces, IEnumerable<(Region Region, string Parent)> rest)
    {
        Provinces = provinces;
        var all = rest.ToList();
        _byCode = provinces.Concat(all.Select(x => x.Region)).ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        _children = all.GroupBy(x => x.Parent, x => x.Region)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public static RegionCatalog LoadEmbedded()
    {
        var provinces = Read("provinces").Select(f => new Region(f[0], f[1])).ToList();
        var rest = Read("regencies").Concat(Read("districts")).Concat(Read("villages"))
            .Select(f => (new Region(f[0], f[2]), f[1]));
        return new RegionCatalog(provinces, rest);
    }

    public Region? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var r) ? r : null;

    /// <summary>The regions directly below <paramref name="code"/>, or null when the code is unknown.</summary>
    public IReadOnlyList<Region>? ChildrenOf(string code) =>
        _byCode.ContainsKey(code) ? _children.GetValueOrDefault(code) ?? [] : null;

    public static RegionLevel LevelOf(string code) => code.Count(ch => ch == '.') switch
    {
        0 => RegionLevel.Province,
        1 => RegionLevel.Kabupaten,
        2 => RegionLevel.Kecamatan,
        _ => RegionLevel.Desa,
    };

    /// <summary>The code of the ancestor at <paramref name="level"/>: 35.78.01.1001 → 35.78 for Kabupaten.</summary>
    public static string AncestorCode(string code, RegionLevel level) =>
        string.Join('.', code.Split('.').Take((int)level + 1));

    private static IEnumerable<string[]> Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Regions.{name}.csv")
            ?? throw new InvalidOperationException($"Embedded region file {name}.csv is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var fields = line.Split(',', 3);
            fields[^1] = Unquote(fields[^1]);
            yield return fields;
        }
    }

    // Only the last field (the name) is ever quoted, e.g. "Ra""as" or "Lubuk Pakam I,II".
    private static string Unquote(string field) =>
        field.Length >= 2 && field[0] == '"' && field[^1] == '"' ? field[1..^1].Replace("\"\"", "\"") : field;
}

public enum RegionLevel { Province = 0, Kabupaten = 1, Kecamatan = 2, Desa = 3 }
