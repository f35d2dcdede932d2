using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Only the routes written below are open to everyone; every other route — the operations, and anything a
/// framework maps beside them — needs a signed-in caller.
/// </summary>
public sealed class public_routes(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly HashSet<string> Open =
    [
        "/health/live", "/health/ready", "/openapi/{documentName}.json", "/api/v1/dev/tokens",
        "/api/v1/categories", "/api/v1/regions/provinces", "/api/v1/regions/provinces/{code}/kabupaten",
        "/api/v1/regions/kabupaten/{code}/kecamatan", "/api/v1/regions/kecamatan/{code}/desa",
        // The web console: its page at each of its addresses, how to sign in, and (Development) whom one may sign in as.
        "/", "/masuk", "/masuk/selesai", "/laporan-baru", "/antrean", "/kasus/{id}",
        "/perlu-tindakan", "/pemberitahuan", "/dasbor", "/rekap", "/koordinator", "/kunci-api", "/log-akses", "/gangguan",
        // The field app (issue 24): its page, its manifest and its service worker (code, no data).
        "/lapangan", "/sw.js", "/manifest.webmanifest",
        // The supervisors' conflict queue (issue 24): the page only; its data comes from the signed-in API.
        "/konflik",
        "/api/v1/console/config", "/api/v1/dev/coordinators",
    ];

    [Fact]
    public void the_routes_open_to_everyone_are_exactly_the_listed_ones()
    {
        var open = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText!)
            // The API reference page and its assets (Scalar) are open; they hold no data.
            .Where(route => !route.StartsWith("/docs"))
            // So are the console's files (wwwroot, served by MapStaticAssets): code and styles, no data.
            .Where(route => !ConsoleFiles().Contains(route))
            .ToHashSet();
        Assert.Equal(Open.Order(), open.Order());
    }

    private HashSet<string> ConsoleFiles() => Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null)
        .Select(e => e.RoutePattern.RawText!)
        .ToHashSet();

    [Fact]
    public void the_console_files_are_only_the_files_of_wwwroot()
    {
        var files = ConsoleFiles();
        Assert.Contains("app.js", files);
        Assert.DoesNotContain(files, f => f.StartsWith("api/") || f.StartsWith("/api/"));
    }

    [Theory]
    [InlineData("/api/v1/referrals")]
    [InlineData("/api/v1/no-such-route")]
    [InlineData("/anything-else")]
    public async Task everything_else_needs_a_signed_in_caller(string url) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Anonymous().Get(url)).Status);

    [Fact]
    public async Task the_api_description_and_its_reference_page_stay_open() 
    {
        Assert.Equal(HttpStatusCode.OK, (await Api.Anonymous().Get("/openapi/v1.json")).Status);
        var docs = await Host.Server.CreateClient().GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }
}
