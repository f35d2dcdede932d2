using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;

namespace TKSK.Cases.Infrastructure.Http;

/// <summary>
/// Headers every response carries, whatever answered it (an endpoint, a problem, the exception
/// handler): no sniffing, no referrer, no framing, a content security policy, and no caching of
/// anything but public reference data, because most answers carry personal data (names, NIKs,
/// phone numbers) that must not stay in a shared or browser cache.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The API answers JSON only: nothing in it may load, run or be framed.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>
    /// The API reference page (Scalar) runs its own bundled scripts and one inline start-up module
    /// from this service, and fetches the OpenAPI document from it; nothing from elsewhere.
    /// </summary>
    public const string DocsPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next();
    });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers[HeaderNames.ContentSecurityPolicy] = context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicy>()?.Value
            ?? (context.Request.Path.StartsWithSegments("/docs") ? DocsPolicy : ApiPolicy);
        if (!IsPublic(context) && !headers.CacheControl.ToString().Contains("no-store", StringComparison.Ordinal))
        {
            headers.CacheControl = "no-store";
            headers.Remove(HeaderNames.Expires);
        }
    }

    /// <summary>A successful read of an endpoint open to everyone (reference data): the only answers a cache may keep.</summary>
    private static bool IsPublic(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) && context.Response.StatusCode < 400
        && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}

/// <summary>
/// An endpoint that answers a page of its own (the web console) names the policy its page needs;
/// every other answer keeps the API's, so a policy is loosened only where a page asks for it.
/// </summary>
public sealed record ContentSecurityPolicy(string Value);
