using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Regions;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Dashboards;

/// <summary>What every dashboard does before answering: find the region it may answer for, and refuse half-built figures.</summary>
public static class DashboardHttp
{
    /// <summary>The province a caller with no region (province admin, operator) sees by default. One place, for ROADMAP 6 (several provinces).</summary>
    public const string ServedProvince = "35";

    public const string RebuildingType = "urn:tksk-cases:problem:read-side-rebuilding";

    /// <summary>The lag, or a 503 problem while the read side is rebuilt (its figures would be half-built).</summary>
    public static async Task<(ProjectionLag Lag, IResult? Problem)> ReadyAsync(IDocumentStore store, HttpContext http, CancellationToken ct)
    {
        var lag = await ProjectionLag.ReadAsync(store, ct);
        if (!lag.Rebuilding) return (lag, null);
        http.Response.Headers.RetryAfter = "30";
        return (lag, Results.Problem(new ProblemDetails
        {
            Type = RebuildingType, Status = 503,
            Title = Text.T("Dasbor sedang dibangun ulang", "The dashboards are being rebuilt"),
            Detail = Text.T($"Angka belum lengkap: {lag.Position} dari {lag.HighWater} kejadian sudah diproses. Coba lagi sebentar.",
                $"The figures are incomplete: {lag.Position} of {lag.HighWater} events processed so far. Try again shortly."),
            Extensions = { ["lag"] = lag },
        }));
    }

    /// <summary>The figures include every event stored before this instant.</summary>
    public static DateTimeOffset AsOf(ProjectionLag lag, TimeProvider clock) => clock.GetUtcNow().AddSeconds(-lag.Seconds);

    /// <summary>
    /// The region to answer for: <paramref name="requested"/> checked to be a known region at <paramref name="level"/> (400 naming
    /// <paramref name="parameter"/>), then narrowed to the caller's scope (<see cref="RegionScope.Resolve"/>; 403 when outside it).
    /// </summary>
    public static IResult? Region(Actor caller, string? requested, RegionLevel level, string parameter, RegionCatalog regions, out string region)
    {
        region = "35";
        if (requested is not null && (regions.Find(requested) is null || RegionCatalog.LevelOf(requested) != level))
            return ProblemResults.Invalid(parameter, Text.T("Kode wilayah tidak dikenal pada tingkat ini.", "Unknown region code at this level."));
        var resolved = RegionScope.Resolve(caller, requested, out var forbidden);
        if (forbidden)
            return ProblemResults.Forbidden(Text.T("Wilayah ini di luar wilayah kerja Anda.", "This region is outside your area."));
        region = resolved ?? ServedProvince;
        return null;
    }
}
