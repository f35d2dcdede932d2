using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Infrastructure.Http;

/// <summary>
/// Requests per minute, in two places. Before sign-in, per client address (RateLimits:PerAddressPerMinute,
/// default 6,000): reading an API key or a TKSK's coordinator costs a database look-up, so a flood of made-up
/// keys is stopped before it reaches the database. After sign-in, per caller: each signed-in person or agency
/// key (its own limit when the key sets one), else per client address (RateLimits:PerMinute, default 600: ten
/// a second, far above a person's pace, below a runaway script's). Over either: 429 problem with Retry-After.
/// The client address is the connection's, or behind a proxy listed in ForwardedHeaders:KnownProxies the
/// address that proxy forwards (X-Forwarded-For); nobody else's forwarded header is believed.
/// </summary>
public static class RateLimits
{
    public const string LimitClaim = "rate_limit";

    /// <summary>Believes X-Forwarded-For/-Proto from the configured proxies only (none by default: not even loopback).</summary>
    public static IApplicationBuilder UseConfiguredForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        if (proxies.Length == 0) return app;
        var options = new Microsoft.AspNetCore.Builder.ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        return app.UseForwardedHeaders(options);
    }

    /// <summary>The limit per client address, before sign-in (see the class summary).</summary>
    public static IApplicationBuilder UseAddressRateLimit(this IApplicationBuilder app, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:PerAddressPerMinute", 6000);
        var limiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
            "ip:" + http.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        return app.Use(async (http, next) =>
        {
            using var lease = limiter.AttemptAcquire(http);
            if (lease.IsAcquired) { await next(); return; }
            await TooManyAsync(http, lease);
        });
    }

    private static Task TooManyAsync(HttpContext http, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfter.ToString();
        return Results.Problem(statusCode: 429, type: ProblemTypes.TooManyRequests,
                title: Text.T("Terlalu banyak permintaan", "Too many requests"),
                detail: Text.T($"Coba lagi dalam {retryAfter} detik.", $"Try again in {retryAfter} seconds."))
            .ExecuteAsync(http);
    }

    public static IServiceCollection AddCallerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:PerMinute", 600);
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var caller = http.User.FindFirst("sub")?.Value;
                var limit = int.TryParse(http.User.FindFirst(LimitClaim)?.Value, out var own) ? own : perMinute;
                return RateLimitPartition.GetFixedWindowLimiter(caller ?? "ip:" + http.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                });
            });
            o.OnRejected = (context, _) => new ValueTask(TooManyAsync(context.HttpContext, context.Lease));
        });
        return services;
    }
}
