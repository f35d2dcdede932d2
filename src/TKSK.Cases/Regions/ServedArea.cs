namespace TKSK.Cases.Regions;

/// <summary>
/// The province(s) this service serves (configuration ServedArea:Provinces; default 35, Jawa Timur).
/// A report about a place elsewhere is still taken — the hotline cannot choose its callers — but
/// marked out of area, so the desk decides it (usually out_of_scope) and refers it on.
/// </summary>
public sealed class ServedArea(IConfiguration configuration)
{
    public IReadOnlyList<string> Provinces { get; } =
        configuration.GetSection("ServedArea:Provinces").Get<string[]>() is { Length: > 0 } provinces ? provinces : ["35"];

    public bool Covers(string provinceCode) => Provinces.Contains(provinceCode, StringComparer.Ordinal);
}
