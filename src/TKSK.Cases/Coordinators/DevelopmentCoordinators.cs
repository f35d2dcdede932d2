using Marten;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Coordinators;

/// <summary>A TKSK one may sign in as in Development (the console's sign-in page lists them).</summary>
public sealed record DevelopmentCoordinator(Guid Id, string Name, string KecamatanCode, string KecamatanName, string KabupatenName, CoordinatorRole Role, bool Active);

public static class DevelopmentCoordinators
{
    /// <summary>
    /// Development only, like the token endpoint beside it: the coordinators of a region, with nobody signed in,
    /// so that the console's development sign-in can offer "sign in as this TKSK" (a TKSK token must name one).
    /// </summary>
    public static void MapDevelopmentCoordinators(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) return;
        app.MapGet("/api/v1/dev/coordinators", async ([Query("A kabupaten/kota or kecamatan code, e.g. 35.78 or 35.78.01.")] string? region, IQuerySession session, CancellationToken ct) =>
            {
                if (region is not { Length: >= 2 and <= 20 } || !region.All(c => char.IsAsciiDigit(c) || c == '.'))
                    return ProblemResults.Invalid("region", Text.T("Kode wilayah, mis. 35.78 atau 35.78.01.", "A region code, e.g. 35.78 or 35.78.01."));
                var found = await session.Query<Coordinator>().InRegion(region)
                    .OrderBy(c => c.KecamatanCode).ThenBy(c => c.Role).ThenBy(c => c.Name).Take(1000).ToListAsync(ct);
                return Results.Ok(found.Select(c => new DevelopmentCoordinator(c.Id, c.Name, c.KecamatanCode, c.KecamatanName, c.KabupatenName, c.Role, c.Active)).ToList());
            })
            .WithName("ListDevelopmentCoordinators").WithTags("Development").AllowAnonymous()
            .WithSummary("Development only: the TKSK of a region (region=35.78 or 35.78.01), for signing in as one of them.")
            .WithDescription(
                "Exists only while the service runs in Development (outside it the route is not mapped); no sign-in needed. " +
                "`region` is required (a region code such as `35.78` or `35.78.01`), else 400 naming it. Answers at most 1,000 coordinators of that " +
                "region, inactive ones included, each with `id`, `name`, kecamatan code and name, kabupaten name, `role` and `active`: the `id` " +
                "is the `coordinatorId` of a `tksk` token from `POST /api/v1/dev/tokens`.")
            .Produces<List<DevelopmentCoordinator>>();
    }
}
