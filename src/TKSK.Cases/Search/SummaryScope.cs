using Marten;
using TKSK.Cases.Access;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Search;

public static class SummaryScope
{
    /// <summary>
    /// Only the summaries <paramref name="actor"/> may see, as <see cref="Scope.Covers"/> decides for one
    /// referral, written as a query: their region (a code prefix at any level), a TKSK also the cases assigned
    /// to them, an agency only its granted categories, the province desk also the reports from outside the served
    /// area. Every query on <see cref="ReferralSummary"/> starts here.
    /// </summary>
    public static IQueryable<ReferralSummary> InScopeOf(this IQueryable<ReferralSummary> query, Actor actor)
    {
        var region = actor.Region;
        if (actor.Role == Role.Agency && actor.Categories is { Count: > 0 } granted)
        {
            var categories = granted.ToArray();
            query = query.Where(x => x.Category.IsOneOf(categories));
        }
        if (region is null) return query;
        if (Scope.IsProvinceDesk(actor)) return query.Where(x => x.ProvinceCode == region || x.OutOfArea);
        var me = actor.Role == Role.Tksk ? actor.CoordinatorId : null;
        return (RegionCatalog.LevelOf(region), me) switch
        {
            (RegionLevel.Province, null) => query.Where(x => x.ProvinceCode == region),
            (RegionLevel.Province, { } id) => query.Where(x => x.ProvinceCode == region || x.CoordinatorId == id),
            (RegionLevel.Kabupaten, null) => query.Where(x => x.KabupatenCode == region),
            (RegionLevel.Kabupaten, { } id) => query.Where(x => x.KabupatenCode == region || x.CoordinatorId == id),
            (_, null) => query.Where(x => x.KecamatanCode == region),
            (_, { } id) => query.Where(x => x.KecamatanCode == region || x.CoordinatorId == id),
        };
    }
}
