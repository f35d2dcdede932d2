using TKSK.Cases.Regions;

namespace TKSK.Cases.IntakeAssist;

/// <summary>One reading of where the post places the person: a chain of regions, each -1 when not named.</summary>
public sealed record PlaceReading(int Desa, int Kecamatan, int Kabupaten, int Province, double Score, IReadOnlyList<PlaceMention> Evidence)
{
    public int At(RegionLevel level) => level switch
    {
        RegionLevel.Desa => Desa, RegionLevel.Kecamatan => Kecamatan, RegionLevel.Kabupaten => Kabupaten, _ => Province,
    };

    /// <summary>Two readings disagree when they name different regions at a level both name.</summary>
    public bool Conflicts(PlaceReading other) =>
        Levels.Any(l => At(l) >= 0 && other.At(l) >= 0 && At(l) != other.At(l));

    /// <summary>Disagrees above the desa: another kecamatan or kabupaten (two desa of one kecamatan go to the same TKSK).</summary>
    public bool ConflictsAboveDesa(PlaceReading other) =>
        Levels.Any(l => l != RegionLevel.Desa && At(l) >= 0 && other.At(l) >= 0 && At(l) != other.At(l));

    /// <summary>
    /// The kabupaten and the kota of one name read from the same words ("di Bandung", "Malang"): which of the two is a
    /// question the alternatives answer, not a doubt that the post names a place at all.
    /// </summary>
    public bool IsTwinOf(PlaceReading other) =>
        Desa < 0 && Kecamatan < 0 && other.Desa < 0 && other.Kecamatan < 0 && Kabupaten >= 0 && other.Kabupaten >= 0
        && Evidence.Count == 1 && other.Evidence.Count == 1
        && Evidence[0].FirstWord == other.Evidence[0].FirstWord && Evidence[0].LastWord == other.Evidence[0].LastWord;

    public static readonly RegionLevel[] Levels = [RegionLevel.Kecamatan, RegionLevel.Desa, RegionLevel.Kabupaten, RegionLevel.Province];
}

/// <summary>
/// Weighs every chain of regions the mentions allow. A chain counts each level once, by its best
/// mention that no other level used; levels that agree (Kandat and Kab. Kediri around Ds. Ngreco)
/// earn a bonus, which is how a desa name shared by 17 kecamatan or two places in one post are
/// settled: the place told in full beats the town someone comes from. A name alone counts less
/// the more regions share it.
/// </summary>
public static class PlaceReadings
{
    private const int AmbiguousAlone = 8;

    public static List<PlaceReading> Weigh(IReadOnlyList<PlaceMention> mentions, PlaceIndex index, Func<string, bool> served)
    {
        var support = new Dictionary<int, List<(PlaceMention Mention, double Value)>>();
        foreach (var mention in mentions)
            foreach (var region in index.RegionsOf(mention.Name))
            {
                var value = mention.Weight * Fit(mention, region, index, served);
                if (value <= 0.01) continue;
                if (!support.TryGetValue(region, out var list)) support[region] = list = [];
                list.Add((mention, value));
            }

        var readings = new Dictionary<(int, int, int, int), PlaceReading>();
        foreach (var (region, found) in support)
        {
            var level = index.LevelOf(region);
            var chain = (Desa: index.AncestorAt(region, RegionLevel.Desa), Kec: index.AncestorAt(region, RegionLevel.Kecamatan),
                Kab: index.AncestorAt(region, RegionLevel.Kabupaten), Prov: index.AncestorAt(region, RegionLevel.Province));
            // A desa or kecamatan name shared by many regions, with nothing above it named, is no reading of its own.
            if (level >= RegionLevel.Kecamatan && index.RegionsOf(found[0].Mention.Name).Count > AmbiguousAlone
                && !(chain.Kec != region && support.ContainsKey(chain.Kec)) && !support.ContainsKey(chain.Kab)) continue;
            if (readings.ContainsKey(chain)) continue;
            readings[chain] = Score(chain.Desa, chain.Kec, chain.Kab, chain.Prov, support, index, served);
        }
        return readings.Values.OrderByDescending(r => r.Score).ToList();
    }

    private static PlaceReading Score(int desa, int kec, int kab, int prov,
        Dictionary<int, List<(PlaceMention Mention, double Value)>> support, PlaceIndex index, Func<string, bool> served)
    {
        var used = new List<PlaceMention>();
        var score = 0.0;
        var levels = 0;
        PlaceMention? alone = null;
        var aloneLevel = RegionLevel.Province;
        // Each level takes its best mention no other level took, the level a mention fits best first: "Kel. Sukun" is
        // the kelurahan Sukun (the marker says so) before it is the kecamatan Sukun it lies in.
        Span<(int Region, double Weight, double Fit)> levelsByFit = stackalloc (int, double, double)[4];
        var count = 0;
        foreach (var (region, weight) in (ReadOnlySpan<(int, double)>)[(kec, 1.3), (desa, 1.0), (kab, 1.0), (prov, 0.3)])
        {
            if (region < 0 || !support.TryGetValue(region, out var found)) continue;
            var fit = 0.0;
            foreach (var f in found) fit = Math.Max(fit, f.Value);
            var at = count++;
            // Insertion in descending order of weight × fit (four at most); ties keep kecamatan, desa, kabupaten, province.
            while (at > 0 && levelsByFit[at - 1].Weight * levelsByFit[at - 1].Fit < weight * fit) { levelsByFit[at] = levelsByFit[at - 1]; at--; }
            levelsByFit[at] = (region, weight, fit);
        }
        for (var l = 0; l < count; l++)
        {
            var (region, weight, _) = levelsByFit[l];
            var found = support[region];
            var best = found.Where(f => !used.Any(u => u.Overlaps(f.Mention))).OrderByDescending(f => f.Value).FirstOrDefault();
            if (best.Mention is null) continue;
            used.Add(best.Mention);
            score += weight * best.Value;
            if (index.LevelOf(region) != RegionLevel.Province) { levels++; alone = best.Mention; aloneLevel = index.LevelOf(region); }
        }
        // "Denpasar Barat", "Samarinda Ulu", "Bekasi Utara": a kecamatan named after its kabupaten names both.
        if (levels == 1 && kec >= 0 && kab >= 0 && support.TryGetValue(kec, out var atKecamatan) && atKecamatan.Any(f => f.Mention == used[0])
            && index.KeyOf(kab) is { Length: >= 4 } kabupatenName
            && index.KeyOf(kec) is var kecamatanName && kecamatanName.Length > kabupatenName.Length
            && kecamatanName.StartsWith(kabupatenName, StringComparison.Ordinal)) levels++;
        if (levels >= 2) score += 0.4 * (levels - 1);
        // A name alone counts less the more regions share it; a kabupaten or kota named alone, the more kabupaten share it
        // (the desa called Bandung somewhere do not make "di Bandung" less the city).
        else if (alone is not null)
            score /= 1 + 0.3 * Math.Log(aloneLevel == RegionLevel.Kabupaten ? index.KabupatenNamed(alone.Name) : index.PlacesNamed(alone.Name));
        if (!served(index.RegionAt(prov).Code)) score *= 0.85;
        return new PlaceReading(desa, kec, kab, prov, score, used.OrderBy(m => m.FirstWord).ToList());
    }

    /// <summary>How well a mention fits a region of its name, from the marker before it and the region's level and kind.</summary>
    private static double Fit(PlaceMention m, int region, PlaceIndex index, Func<string, bool> served)
    {
        // "Kota Sumenep" after "Kec." is the kecamatan of that name; bare, "Kota X" is first the kota X (read with "Kota" as its marker).
        if (m.KotaInName) return index.LevelOf(region) switch
        {
            RegionLevel.Kecamatan => m.Marker == Marker.Kecamatan ? 1.0 : 0.6,
            RegionLevel.Desa => m.Marker == Marker.Desa ? 1.0 : 0.3,
            _ => 0.3,
        };
        var fit = index.LevelOf(region) switch
        {
            RegionLevel.Province => m.Marker switch { Marker.Province => 1.0, Marker.None => 0.5, _ => 0.2 },
            RegionLevel.Kabupaten => KabupatenFit(m, index.IsKota(region), served(index.RegionAt(index.AncestorAt(region, RegionLevel.Province)).Code)),
            RegionLevel.Kecamatan => m.Marker switch
            {
                Marker.Kecamatan => 1.0, Marker.None => NamedLikeItsKabupaten(m, region, index) ? 0.3 : NamedLikeAKabupaten(m, index) ? 0.35 : 0.8, Marker.Desa => 0.35,
                Marker.Kota => NamedLikeItsKabupaten(m, region, index) ? 0.1 : 0.5, Marker.Kabupaten => 0.15, Marker.Institution => 0.25, _ => 0.1,
            },
            _ => m.Marker switch
            {
                Marker.Desa => 1.0, Marker.None => NamedLikeAKabupaten(m, index) ? 0.2 : 0.5, Marker.Kecamatan => 0.35, Marker.Kota => 0.2, Marker.Institution => 0.15, _ => 0.1,
            },
        };
        // A hashtag names a topic; it only confirms a kabupaten or kota named elsewhere.
        return m.Tagged ? fit * (index.LevelOf(region) == RegionLevel.Kabupaten ? 0.6 : 0.25) : fit;
    }

    private static double KabupatenFit(PlaceMention m, bool kota, bool served) => m.Marker switch
    {
        Marker.Kabupaten => kota ? 0.3 : 1.0,
        Marker.Kota => kota ? 1.0 : 0.35,
        // Said bare, "Malang" is more often the kabupaten (2.6 million people) than the kota (0.8 million).
        // Far away, a bare name is mostly the city: "kerja di Bandung", "di Semarang", "di Kupang".
        Marker.None => served ? (kota ? 0.85 : 0.9) : (kota ? 0.9 : 0.85),
        Marker.Institution => 0.5,
        Marker.Kecamatan => 0.25,
        _ => 0.1,
    };

    // "Bandung", "Wonosobo", "Depok" bare are the kabupaten or kota of that name, not a kecamatan or desa called so elsewhere.
    private static bool NamedLikeAKabupaten(PlaceMention m, PlaceIndex index) => index.KabupatenNamed(m.Name) > 0
        && index.RegionsOf(m.Name).Any(r => index.LevelOf(r) == RegionLevel.Kabupaten);

    // "Nganjuk" bare is the kabupaten; the kecamatan Nganjuk needs its "Kec.".
    private static bool NamedLikeItsKabupaten(PlaceMention m, int kecamatan, PlaceIndex index) =>
        index.RegionsOf(m.Name).Contains(index.ParentOf(kecamatan));
}
