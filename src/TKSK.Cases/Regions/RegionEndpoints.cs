using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Regions;

/// <summary>Read-only region lists, each level below a parent code. An unknown parent is a 404.</summary>
public static class RegionEndpoints
{
    /// <summary>The provinces of Indonesia, by Kemendagri code.</summary>
    /// <remarks>
    /// Lists Indonesia's provinces, each a Kemendagri `code` (e.g. `35`, Jawa Timur) and `name`: the top of the region codes that intake,
    /// filters and dashboards take. Public: no sign-in needed.
    /// </remarks>
    [WolverineGet("/api/v1/regions/provinces", OperationId = "ListProvinces"), Tags("Reference data")]
    [Allowed(Anonymous = true)]
    public static IReadOnlyList<Region> Provinces(RegionCatalog catalog) => catalog.Provinces;

    /// <summary>The kabupaten and kota of a province (e.g. 35, Jawa Timur).</summary>
    /// <remarks>
    /// Public: no sign-in needed. Each item is a `code` (e.g. `35.78`) and `name`, ordered by code; a code that is unknown or not a
    /// province code answers 404.
    /// </remarks>
    [WolverineGet("/api/v1/regions/provinces/{code}/kabupaten", OperationId = "ListKabupaten"), Tags("Reference data")]
    [Allowed(Anonymous = true)]
    [ProducesResponseType<IReadOnlyList<Region>>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static IResult Kabupaten(string code, RegionCatalog catalog) => Children(catalog, code, RegionLevel.Province);

    /// <summary>The kecamatan of a kabupaten/kota (e.g. 35.78, Kota Surabaya).</summary>
    /// <remarks>
    /// Public: no sign-in needed. Each item is a `code` (e.g. `35.78.01`) and `name`, ordered by code; a code that is unknown or not a
    /// kabupaten/kota code answers 404.
    /// </remarks>
    [WolverineGet("/api/v1/regions/kabupaten/{code}/kecamatan", OperationId = "ListKecamatan"), Tags("Reference data")]
    [Allowed(Anonymous = true)]
    [ProducesResponseType<IReadOnlyList<Region>>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static IResult Kecamatan(string code, RegionCatalog catalog) => Children(catalog, code, RegionLevel.Kabupaten);

    /// <summary>The desa and kelurahan of a kecamatan (e.g. 35.78.01).</summary>
    /// <remarks>
    /// Public: no sign-in needed. Each item is a `code` (e.g. `35.78.01.1001`, what intake takes as `location.desaCode`) and `name`,
    /// ordered by code; a code that is unknown or not a kecamatan code answers 404.
    /// </remarks>
    [WolverineGet("/api/v1/regions/kecamatan/{code}/desa", OperationId = "ListDesa"), Tags("Reference data")]
    [Allowed(Anonymous = true)]
    [ProducesResponseType<IReadOnlyList<Region>>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static IResult Desa(string code, RegionCatalog catalog) => Children(catalog, code, RegionLevel.Kecamatan);

    private static IResult Children(RegionCatalog catalog, string code, RegionLevel level)
    {
        var children = RegionCatalog.LevelOf(code) == level ? catalog.ChildrenOf(code) : null;
        return children is null
            ? ProblemResults.NotFound(Text.T($"Kode wilayah{Echo.Code(code)} tidak dikenal pada tingkat ini.", $"Unknown region code{Echo.Code(code)} at this level."))
            : Results.Ok(children);
    }
}
