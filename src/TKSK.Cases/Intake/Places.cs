using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Intake;

public static class Places
{
    /// <summary>The referral's place with every level's code and name, from a validated location.</summary>
    public static Place Resolve(LocationInput location, RegionCatalog regions)
    {
        var kecamatan = location.KecamatanCode ?? RegionCatalog.AncestorCode(location.DesaCode!, RegionLevel.Kecamatan);
        var kabupaten = RegionCatalog.AncestorCode(kecamatan, RegionLevel.Kabupaten);
        var province = RegionCatalog.AncestorCode(kecamatan, RegionLevel.Province);
        return new Place(
            province, regions.Find(province)!.Name, kabupaten, regions.Find(kabupaten)!.Name, kecamatan, regions.Find(kecamatan)!.Name,
            location.DesaCode, location.DesaCode is null ? null : regions.Find(location.DesaCode)!.Name,
            string.IsNullOrWhiteSpace(location.Address) ? null : location.Address.Trim(), location.Latitude, location.Longitude);
    }
}
