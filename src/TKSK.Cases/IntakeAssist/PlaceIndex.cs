using System.Collections.Frozen;
using Quickenshtein;
using TKSK.Cases.Regions;

namespace TKSK.Cases.IntakeAssist;

/// <summary>A name of the index that a few words of the post may be: which one, and how close.</summary>
public readonly record struct NameMatch(int Name, double Similarity);

/// <summary>
/// Every region of Indonesia at every level (38 provinces, 514 kabupaten/kota, 7,285 kecamatan,
/// 83,762 desa), looked up by name, built once from <see cref="RegionCatalog"/>. A name is kept
/// without spaces ("Sumber Wringin" and "Sumberwringin" are one name) in the spelling of
/// <see cref="Spelling"/>. Misspellings are found through one-letter deletions of every name (a
/// sorted table of hashes, a few MB), then checked with a real edit distance (Quickenshtein);
/// what a name may differ by grows with its length.
/// </summary>
public sealed class PlaceIndex
{
    private readonly Region[] _regions;
    private readonly RegionLevel[] _levels;
    private readonly int[] _parents;
    private readonly bool[] _isKota;
    private readonly string[] _names;
    private readonly int[][] _regionsOfName;
    private readonly FrozenDictionary<string, int> _nameIds;
    private readonly ulong[] _deletions;
    // Per name: how many kabupaten bear it, and how many places (a kecamatan with the kelurahan of its name inside it is one).
    private readonly byte[] _kabupatenNamed;
    private readonly int[] _placesNamed;
    // The name each kabupaten and kecamatan is first found by (null below).
    private readonly string?[] _keys;
    private readonly int[] _bucketStarts;

    // The deletion table is read through buckets of the hash's top bits: one step instead of a binary search of 20.
    private const int BucketBits = 20;

    public static PlaceIndex Build(RegionCatalog catalog)
    {
        var regions = new List<Region>(92_000);
        var parents = new List<int>(92_000);
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void Visit(Region region, int parent)
        {
            var id = regions.Count;
            regions.Add(region);
            parents.Add(parent);
            foreach (var key in KeysOf(region)) (GetOrAdd(byName, key)).Add(id);
            foreach (var child in catalog.ChildrenOf(region.Code) ?? []) Visit(child, id);
        }
        foreach (var province in catalog.Provinces) Visit(province, -1);
        var ids = regions.Select((r, i) => (r.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        foreach (var (alias, code) in PlaceAliases.All) GetOrAdd(byName, alias).Add(ids[code]);
        return new PlaceIndex(regions, parents, byName);
    }

    private static List<int> GetOrAdd(Dictionary<string, List<int>> map, string key)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<int>(1);
        return list;
    }

    private PlaceIndex(List<Region> regions, List<int> parents, Dictionary<string, List<int>> byName)
    {
        _regions = [.. regions];
        _parents = [.. parents];
        _levels = _regions.Select(r => RegionCatalog.LevelOf(r.Code)).ToArray();
        _isKota = _regions.Select(r => r.Name.StartsWith("Kota ", StringComparison.Ordinal)).ToArray();
        _names = [.. byName.Keys];
        _regionsOfName = byName.Values.Select(v => v.Distinct().ToArray()).ToArray();
        _nameIds = _names.Select((n, i) => (n, i)).ToFrozenDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        _kabupatenNamed = _regionsOfName.Select(rs => (byte)Math.Min(255, rs.Count(r => _levels[r] <= RegionLevel.Kabupaten))).ToArray();
        _placesNamed = _regionsOfName.Select(rs => rs.Select(r => _levels[r] >= RegionLevel.Kecamatan ? AncestorAt(r, RegionLevel.Kecamatan) : r).Distinct().Count()).ToArray();
        _keys = _regions.Select(r => RegionCatalog.LevelOf(r.Code) <= RegionLevel.Kecamatan ? KeysOf(r).FirstOrDefault() ?? "" : null).ToArray();
        var deletions = new List<ulong>(_names.Length * 10);
        for (var n = 0; n < _names.Length; n++)
        {
            if (_names[n].Length < MinFuzzyLength) continue;
            deletions.Add(Pack(Hash(_names[n], -1), n));
            for (var skip = 0; skip < _names[n].Length; skip++) deletions.Add(Pack(Hash(_names[n], skip), n));
        }
        deletions.Sort();
        _deletions = [.. deletions];
        _bucketStarts = new int[(1 << BucketBits) + 1];
        foreach (var d in _deletions) _bucketStarts[Bucket((uint)(d >> 32)) + 1]++;
        for (var b = 1; b < _bucketStarts.Length; b++) _bucketStarts[b] += _bucketStarts[b - 1];
    }

    /// <summary>Names shorter than this are only ever matched exactly: "Batu" one letter off is "Bata", "Bitu", "Baru"…</summary>
    public const int MinFuzzyLength = 6;

    public int RegionCount => _regions.Length;
    public Region RegionAt(int id) => _regions[id];
    public RegionLevel LevelOf(int id) => _levels[id];
    public int ParentOf(int id) => _parents[id];
    public bool IsKota(int id) => _isKota[id];
    public string NameAt(int name) => _names[name];
    public IReadOnlyList<int> RegionsOf(int name) => _regionsOfName[name];

    /// <summary>The ancestor of a region at a level (itself if it is at that level), or -1 when it lies above.</summary>
    public int AncestorAt(int id, RegionLevel level)
    {
        while (id >= 0 && _levels[id] > level) id = _parents[id];
        return id >= 0 && _levels[id] == level ? id : -1;
    }

    /// <summary>The name a region is first found by, as the index keeps it (a kabupaten without "Kabupaten"/"Kota").</summary>
    public string KeyOf(int id) => _keys[id] ?? KeysOf(_regions[id]).FirstOrDefault() ?? "";

    /// <summary>How many kabupaten or kota (or provinces) bear a name.</summary>
    public int KabupatenNamed(int name) => _kabupatenNamed[name];

    /// <summary>How many places a name may be: a kecamatan and the kelurahan of its name inside it (Pandaan) are one.</summary>
    public int PlacesNamed(int name) => _placesNamed[name];

    public int? ExactName(string compact) => _nameIds.TryGetValue(compact, out var n) ? n : null;

    /// <summary>The names within an edit distance scaled to the length (1 up to 8 letters, 2 beyond), each once.</summary>
    public IReadOnlyList<NameMatch> Find(string compact)
    {
        if (ExactName(compact) is { } exact) return [new NameMatch(exact, 1.0)];
        if (compact.Length < MinFuzzyLength) return [];
        var allowed = compact.Length <= 8 ? 1 : 2;
        var seen = new HashSet<int>();
        var found = new List<NameMatch>();
        for (var skip = -1; skip < compact.Length; skip++)
        {
            var hash = Hash(compact, skip);
            for (var at = _bucketStarts[Bucket(hash)]; at < _bucketStarts[Bucket(hash) + 1]; at++)
            {
                if ((uint)(_deletions[at] >> 32) != hash) continue;
                var name = (int)(uint)_deletions[at];
                if (!seen.Add(name)) continue;
                var candidate = _names[name];
                // A misspelt name keeps its first letter: "Sumberwringin" is not "Kumberwringin".
                if (candidate[0] != compact[0]) continue;
                var distance = Levenshtein.GetDistance(compact, candidate);
                if (distance <= allowed) found.Add(new NameMatch(name, 1.0 - (double)distance / Math.Max(compact.Length, candidate.Length)));
            }
        }
        return found;
    }

    /// <summary>The keys a region is found by: its name without the kind ("Kabupaten", "Kota"), each of its "/"-separated names.</summary>
    private static IEnumerable<string> KeysOf(Region region)
    {
        var name = region.Name;
        foreach (var prefix in KindPrefixes)
            if (RegionCatalog.LevelOf(region.Code) == RegionLevel.Kabupaten && name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name[prefix.Length..];
                break;
            }
        var paren = name.IndexOf('(');
        if (paren > 0) name = name[..paren];
        foreach (var part in name.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (Compact(part) is { Length: > 1 } key) yield return key;
    }

    private static readonly string[] KindPrefixes = ["Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "];

    /// <summary>A name as the index keeps it: each word normalised, the words written together.</summary>
    public static string Compact(string name) =>
        string.Concat(name.Split([' ', '-', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries).Select(Spelling.Normalise));

    private static int Bucket(uint hash) => (int)(hash >> (32 - BucketBits));

    private static ulong Pack(uint hash, int name) => ((ulong)hash << 32) | (uint)name;

    // FNV-1a over the name with one letter left out (none for -1): the deletion neighbourhood of a name, without strings.
    private static uint Hash(string s, int skip)
    {
        var h = 2166136261u;
        for (var i = 0; i < s.Length; i++)
        {
            if (i == skip) continue;
            h = (h ^ s[i]) * 16777619u;
        }
        return h;
    }
}
