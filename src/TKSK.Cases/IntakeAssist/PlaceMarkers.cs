using System.Collections.Frozen;

namespace TKSK.Cases.IntakeAssist;

/// <summary>What the word before a name says the name is.</summary>
public enum Marker { None, Province, Kabupaten, Kota, Kecamatan, Desa, Dusun, Street, Institution }

/// <summary>
/// The words (and their abbreviations, as posts write them) that say which level a name is at.
/// A dusun, a street or a hospital is named in posts but is not a label level: the name after it
/// must not be read as a desa (Dsn. Krajan is a dusun in half the desa of East Java).
/// </summary>
public static class PlaceMarkers
{
    private static readonly FrozenDictionary<string, Marker> Words = new Dictionary<string, Marker>
    {
        ["provinsi"] = Marker.Province, ["propinsi"] = Marker.Province, ["prov"] = Marker.Province, ["prop"] = Marker.Province,
        ["kabupaten"] = Marker.Kabupaten, ["kab"] = Marker.Kabupaten, ["kabupatn"] = Marker.Kabupaten, ["kbupaten"] = Marker.Kabupaten,
        ["kota"] = Marker.Kota, ["kodya"] = Marker.Kota, ["kotamadya"] = Marker.Kota, ["kt"] = Marker.Kota,
        ["kecamatan"] = Marker.Kecamatan, ["kec"] = Marker.Kecamatan, ["kecamatn"] = Marker.Kecamatan, ["kcmtn"] = Marker.Kecamatan, ["kc"] = Marker.Kecamatan,
        ["desa"] = Marker.Desa, ["ds"] = Marker.Desa, ["kelurahan"] = Marker.Desa, ["kel"] = Marker.Desa, ["kelurahaan"] = Marker.Desa, ["dsa"] = Marker.Desa,
        ["dusun"] = Marker.Dusun, ["dsn"] = Marker.Dusun, ["dukuh"] = Marker.Dusun, ["dk"] = Marker.Dusun, ["kampung"] = Marker.Dusun, ["perum"] = Marker.Dusun, ["perumahan"] = Marker.Dusun,
        ["jl"] = Marker.Street, ["jln"] = Marker.Street, ["jalan"] = Marker.Street, ["gang"] = Marker.Street, ["gg"] = Marker.Street,
        // A hospital, a police station or a school is named for its town, and people go *to* it: the case is rarely there.
        ["rs"] = Marker.Institution, ["rsj"] = Marker.Institution, ["rsud"] = Marker.Institution, ["rsu"] = Marker.Institution,
        ["puskesmas"] = Marker.Institution, ["polsek"] = Marker.Institution, ["lapas"] = Marker.Institution, ["rutan"] = Marker.Institution,
        ["pondok"] = Marker.Institution, ["ponpes"] = Marker.Institution, ["universitas"] = Marker.Institution, ["unair"] = Marker.Institution,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static Marker Of(string norm) => Words.GetValueOrDefault(norm, Marker.None);

    /// <summary>RT/RW numbers ("RT 03/RW 01", "rt.3 rw.1"): part of an address, never a name.</summary>
    public static bool IsNeighbourhoodUnit(string norm) => norm is "rt" or "rw";
}
