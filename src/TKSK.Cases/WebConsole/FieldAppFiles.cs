using System.Reflection;
using System.Text;
using TKSK.Cases.Infrastructure.Http;

namespace TKSK.Cases.WebConsole;

/// <summary>
/// What makes the console an installable app that opens without a connection: its manifest and its service worker.
/// Both are answered at fixed root addresses (a service worker controls only the paths under its own, so it cannot be
/// a fingerprinted file), revalidated on every visit, and stamped with the build so a new build replaces the shell.
/// </summary>
public static class FieldAppFiles
{
    // The worker fetches only the service's own files and API; it runs no script but its own.
    private const string WorkerPolicy = "default-src 'none'; connect-src 'self'";

    public static void Map(WebApplication app, string build, string iconUrl)
    {
        Serve(app, "/sw.js", "text/javascript; charset=utf-8", Resource("sw.js").Replace("{{version}}", build), WorkerPolicy);
        Serve(app, "/manifest.webmanifest", "application/manifest+json; charset=utf-8", Resource("manifest.webmanifest").Replace("{{icon}}", iconUrl),
            "default-src 'none'");
    }

    private static void Serve(WebApplication app, string path, string contentType, string text, string policy)
    {
        var body = Encoding.UTF8.GetBytes(text);
        app.MapGet(path, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(body, contentType);
        }).AllowAnonymous().DisableRateLimiting().ExcludeFromDescription().WithMetadata(new ContentSecurityPolicy(policy));
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WebConsole.FieldApp." + name)
            ?? throw new InvalidOperationException($"The field app's {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
