using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TKSK.Cases.Infrastructure;

/// <summary>
/// Requests per minute per caller: each signed-in person or agency key (its own limit when the key
/// sets one), else per client address. Over it: 429 problem with Retry-After. Configured in
/// RateLimits:PerMinute (default 600: ten a second, far above a person's pace, below a runaway script's).
/// </summary>
public static class RateLimits
{
    public const string LimitClaim = "rate_limit";

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
            o.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString();
                await Results.Problem(statusCode: 429, type: ProblemTypes.Of("too-many-requests"),
                        title: Text.T("Terlalu banyak permintaan", "Too many requests"),
                        detail: Text.T($"Coba lagi dalam {retryAfter} detik.", $"Try again in {retryAfter} seconds."))
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}
