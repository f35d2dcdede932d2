using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.AspNetCore.StaticAssets.Infrastructure;
using Microsoft.Net.Http.Headers;
using TKSK.Cases.Infrastructure.Http;

namespace TKSK.Cases.WebConsole;

/// <summary>
/// The web console: the ES modules and styles of wwwroot, compressed and fingerprinted at build
/// time (MapStaticAssets), and one HTML page answered for every client route. The page names each
/// module by its fingerprinted URL through an import map, so every file can be cached for a year
/// and a new build is still picked up at once.
/// </summary>
public static class ConsolePages
{
    /// <summary>The console's client routes (wwwroot/app.js draws each); any other path stays the API's 404.</summary>
    public static readonly string[] Routes = ["/", "/masuk", "/masuk/selesai", "/laporan-baru", "/antrean", "/kasus/{id}",
        "/perlu-tindakan", "/pemberitahuan", "/dasbor", "/rekap",
        "/koordinator", "/kunci-api", "/log-akses", "/gangguan", "/lapangan", "/konflik"];

    // The view library is imported by name, as its own files and its type declarations name it.
    private static readonly Dictionary<string, string> BareModules = new()
    {
        ["preact"] = "vendor/preact/preact.mjs", ["preact/hooks"] = "vendor/preact/hooks.mjs", ["htm"] = "vendor/htm/htm.mjs",
    };

    private const string LaterPages = "pages/later/";

    public static WebApplicationBuilder AddWebConsole(this WebApplicationBuilder builder)
    {
        // Run from a build (dotnet run, the tests), ASP.NET Core would re-read the files from the sources at each
        // request: uncompressed, without integrity, and through a catch-all route that answers 405 instead of 404
        // to a POST at any unknown API path. Every environment serves the files as production does, unless set.
        if (builder.Configuration[ReloadStaticAssetsAtRuntime] is null)
            builder.Configuration.AddInMemoryCollection([new(ReloadStaticAssetsAtRuntime, "false")]);
        builder.Services.AddSingleton<ConsoleSettings>();
        return builder;
    }

    private const string ReloadStaticAssetsAtRuntime = "ReloadStaticAssetsAtRuntime";

    public static WebApplication MapWebConsole(this WebApplication app)
    {
        // Files anyone may fetch: they hold no data, and the sign-in page needs them before sign-in.
        app.MapStaticAssets().AllowAnonymous().DisableRateLimiting();
        var page = ConsolePage.Build(StaticAssetsEndpointDataSourceHelper.ResolveStaticAssetDescriptors(app, null),
            app.Services.GetRequiredService<ConsoleSettings>());
        foreach (var route in Routes)
            app.MapGet(route, page.WriteAsync).AllowAnonymous().DisableRateLimiting().ExcludeFromDescription()
                .WithMetadata(new ContentSecurityPolicy(page.Policy));
        FieldAppFiles.Map(app, page.BuildId, page.IconUrl);
        app.Logger.LogInformation("Web console: {Url}/ (sign-in: {SignIn})",
            app.Configuration["urls"]?.Split(';')[0].TrimEnd('/') ?? "http://127.0.0.1:5080", app.Services.GetRequiredService<ConsoleSettings>().SignIn);
        return app;
    }

    private sealed class ConsolePage(byte[] html, byte[] gzipped, string etag, string policy, string iconUrl)
    {
        public string Policy => policy;
        /// <summary>Names this build's page: it changes whenever any file the page names changes.</summary>
        public string BuildId => etag.Trim('"');
        public string IconUrl => iconUrl;

        public static ConsolePage Build(IReadOnlyList<StaticAssetDescriptor> descriptors, ConsoleSettings settings)
        {
            var assets = Fingerprinted(descriptors);
            string Url(string label) => "/" + (assets.TryGetValue(label, out var a) ? a.Route : label);
            var modules = assets.Keys.Where(l => l.EndsWith(".js") || l.EndsWith(".mjs")).Order(StringComparer.Ordinal).ToList();
            var imports = BareModules.ToDictionary(b => b.Key, b => Url(b.Value));
            foreach (var label in modules.Where(l => assets[l].Route != l)) imports["/" + label] = Url(label);
            var importMap = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["imports"] = imports,
                ["integrity"] = modules.Where(l => assets[l].Integrity is not null).ToDictionary(l => Url(l), l => assets[l].Integrity),
            });
            // pages/later/ holds the supervisor's and the province's pages, imported when first shown: not preloaded.
            var preloads = string.Concat(modules.Where(l => (!l.StartsWith("vendor/") || BareModules.ContainsValue(l)) && !l.StartsWith(LaterPages))
                .Select(l => $"\n    <link rel=\"modulepreload\" href=\"{Url(l)}\">"));
            var text = Template()
                .Replace("{{importmap}}", importMap)
                .Replace("{{preloads}}", preloads)
                .Replace("{{stylesheet}}", Url("console.css"))
                .Replace("{{stylesheetIntegrity}}", assets.GetValueOrDefault("console.css").Integrity is { } css ? $" integrity=\"{css}\"" : "")
                .Replace("{{icon}}", Url("icon.svg"))
                .Replace("{{entry}}", Url("app.js"))
                .Replace("{{release}}", System.Net.WebUtility.HtmlEncode(settings.Release));
            var html = Encoding.UTF8.GetBytes(text);
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize)) gzip.Write(html);
            var scriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap)));
            var connect = settings.AuthorityOrigin is { } authority ? $"'self' {authority}" : "'self'";
            var policy = $"default-src 'none'; script-src 'self' 'sha256-{scriptHash}'; style-src 'self'; img-src 'self' data:; " +
                         $"connect-src {connect}; manifest-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
            return new ConsolePage(html, buffer.ToArray(), $"\"{Convert.ToHexStringLower(SHA256.HashData(html))[..16]}\"", policy, Url("icon.svg"));
        }

        public async Task WriteAsync(HttpContext http)
        {
            var response = http.Response;
            response.Headers.ETag = etag;
            // Revalidated on every visit: the page names the current build's files.
            response.Headers.CacheControl = "no-cache";
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (http.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            response.ContentType = "text/html; charset=utf-8";
            var body = html;
            if (http.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
            {
                response.Headers.ContentEncoding = "gzip";
                body = gzipped;
            }
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, http.RequestAborted);
        }

        /// <summary>
        /// Each file's fingerprinted route and integrity, by its path under wwwroot (the descriptors' label). In
        /// Development the runtime removes the integrity (files may change while the service runs).
        /// </summary>
        private static Dictionary<string, (string Route, string? Integrity)> Fingerprinted(IReadOnlyList<StaticAssetDescriptor> descriptors)
        {
            var assets = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
            foreach (var d in descriptors.Where(d => d.Selectors.Count == 0))
            {
                string? Property(string name) => d.Properties.FirstOrDefault(p => p.Name == name)?.Value;
                if (Property("label") is { } label && Property("fingerprint") is not null && !label.EndsWith(".gz") && !label.EndsWith(".br"))
                    assets.TryAdd(label, (d.Route, Property("integrity")));
            }
            return assets;
        }

        private static string Template()
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WebConsole.index.html")
                ?? throw new InvalidOperationException("The console's page template is missing from the assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
