using Marten;
using TKSK.Cases.Access;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Regions;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Coordinators;

public static class CoordinatorQueries
{
    /// <summary>Coordinators, optionally only those of one kabupaten/kota or one kecamatan.</summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. Only coordinators within the caller's
    /// region are listed (a TKSK: their kecamatan; a supervisor: their kabupaten/kota), ordered by kecamatan code and name, inactive ones
    /// included (`active: false`, `deactivatedAt`); a filter outside that region gives an empty list. An unknown `kabupaten` or `kecamatan`
    /// code answers 400. Records hold staff names and phone numbers.
    /// </remarks>
    [WolverineGet("/api/v1/coordinators", OperationId = "ListCoordinators"), Tags("Coordinators")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<IReadOnlyList<Coordinator>>(200)]
    public static async Task<IResult> List(
        [Query("Only the TKSK of this kabupaten/kota, e.g. 35.78.")] string? kabupaten,
        [Query("Only the TKSK of this kecamatan, e.g. 35.78.01.")] string? kecamatan, IQuerySession session, RegionCatalog regions, HttpContext http, CancellationToken ct)
    {
        if (kabupaten is not null && !IsAt(regions, kabupaten, RegionLevel.Kabupaten))
            return ProblemResults.Invalid("kabupaten", Text.T($"Kode kabupaten/kota{Echo.Code(kabupaten)} tidak dikenal.", $"Unknown kabupaten/kota code{Echo.Code(kabupaten)}."));
        if (kecamatan is not null && !IsAt(regions, kecamatan, RegionLevel.Kecamatan))
            return ProblemResults.Invalid("kecamatan", Text.T($"Kode kecamatan{Echo.Code(kecamatan)} tidak dikenal.", $"Unknown kecamatan code{Echo.Code(kecamatan)}."));

        IQueryable<Coordinator> query = session.Query<Coordinator>().InRegion(http.Caller().Region);
        if (kabupaten is not null) query = query.Where(c => c.KabupatenCode == kabupaten);
        if (kecamatan is not null) query = query.Where(c => c.KecamatanCode == kecamatan);
        return Results.Ok(await query.OrderBy(c => c.KecamatanCode).ThenBy(c => c.Name).ToListAsync(ct));
    }

    /// <summary>One TKSK coordinator.</summary>
    /// <remarks>
    /// Returns one TKSK coordinator's record: name, phone, kecamatan and kabupaten/kota, `role` (`primary` or `backup`), whether active,
    /// and when and why deactivated. For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. A
    /// coordinator that does not exist or lies outside the caller's region (a TKSK: their kecamatan; a supervisor: their kabupaten/kota)
    /// answers 404.
    /// </remarks>
    [WolverineGet("/api/v1/coordinators/{id}", OperationId = "GetCoordinator"), Tags("Coordinators")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<Coordinator>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> Get(string id, IQuerySession session, HttpContext http, CancellationToken ct) =>
        Guid.TryParse(id, out var guid) && await session.LoadAsync<Coordinator>(guid, ct) is { } coordinator
            && Scope.InRegion(http.Caller().Region, coordinator.KecamatanCode)
            ? Results.Ok(coordinator)
            : ProblemResults.NotFound(Text.T($"Koordinator{Echo.Id(id)} tidak ditemukan.", $"Coordinator{Echo.Id(id)} not found."));

    /// <summary>Only the coordinators within <paramref name="region"/> (a province, kabupaten/kota or kecamatan code; null: all).</summary>
    public static IQueryable<Coordinator> InRegion(this IQueryable<Coordinator> query, string? region) => region is null
        ? query
        : RegionCatalog.LevelOf(region) switch
        {
            RegionLevel.Province => query.Where(c => c.ProvinceCode == region),
            RegionLevel.Kabupaten => query.Where(c => c.KabupatenCode == region),
            _ => query.Where(c => c.KecamatanCode == region),
        };

    private static bool IsAt(RegionCatalog regions, string code, RegionLevel level) =>
        regions.Find(code) is not null && RegionCatalog.LevelOf(code) == level;
}
