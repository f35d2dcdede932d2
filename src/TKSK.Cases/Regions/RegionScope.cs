using TKSK.Cases.Regions;
using TKSK.Cases.Access;

namespace TKSK.Cases.Regions;

/// <summary>
/// The region a read (a list, a dashboard, an export, a recap) covers, from what the caller asked and what
/// their <see cref="Scope"/> allows. Asking for nothing, or for a region that contains the caller's own,
/// answers for the caller's region; asking for a region inside it answers for that one; asking for a region
/// that does not overlap it is refused (403: the caller knows the region exists; nothing of it is shown).
/// </summary>
public static class RegionScope
{
    /// <summary>The region to answer for (null: the whole served area), or null with <paramref name="forbidden"/> set.</summary>
    public static string? Resolve(Actor actor, string? requested, out bool forbidden)
    {
        forbidden = false;
        if (requested is null) return actor.Region;
        if (Scope.InRegion(actor.Region, requested)) return requested;
        if (actor.Region is not null && Scope.InRegion(requested, actor.Region)) return actor.Region;
        forbidden = true;
        return null;
    }

    /// <summary>The narrower of two nested regions (the caller's and a filter's), or false when they do not overlap.</summary>
    public static bool TryNarrow(string? scope, string? filter, out string? narrowest)
    {
        narrowest = scope;
        if (filter is null) return true;
        if (Scope.InRegion(scope, filter)) { narrowest = filter; return true; }
        return scope is not null && Scope.InRegion(filter, scope);
    }

    public static RegionLevel? LevelOf(string? region) => region is null ? null : RegionCatalog.LevelOf(region);
}
