using System.Globalization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Scalar.AspNetCore;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Json;
using TKSK.Cases.Infrastructure.Storage;
using TKSK.Cases.Infrastructure.Language;

using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Infrastructure.Http;

/// <summary>Everything a service here has regardless of its features: telemetry, health, problems, JSON, OpenAPI.</summary>
public static class ServiceDefaults
{
    public const long MaxRequestBodyBytes = 256 * 1024;

    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            // Which server runs here is nobody's business.
            k.AddServerHeader = false;
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = JsonProblems.Explain);
        // After the default writer: writes, as JSON, the problems it declines for an Accept header without JSON.
        services.AddSingleton<IProblemDetailsWriter, JsonProblemWriter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureSystemTextJsonForWolverineOrMinimalApi(o => o.SerializerOptions.Converters.Add(new SnakeCaseEnumConverterFactory()));
        services.AddSingleton(TimeProvider.System);
        services.AddOpenApi(o => o.AddTkskConventions().AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "TKSK.Cases — Jatim Social Care referrals";
            doc.Info.Description = "Case management for East Java's social-welfare hotline: intake, assessment, TKSK assignment, field work and resolution of PPKS referrals.";
            doc.Info.Contact = new Microsoft.OpenApi.OpenApiContact { Name = "Jatim Social Care (JSC), Dinas Sosial Provinsi Jawa Timur" };
            return Task.CompletedTask;
        }));
        services.AddCallerRateLimits(builder.Configuration);
        // No cross-origin access unless origins are configured (Cors:AllowedOrigins): the API is for systems and our own pages.
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        if (origins.Length > 0) services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Retry-After", "Location", "Idempotent-Replayed", "Secret-Withheld")));
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("postgresql", tags: ["ready"]);
        services.AddOpenTelemetryDefaults(builder.Configuration);
        return builder;
    }

    private static void AddOpenTelemetryDefaults(this IServiceCollection services, IConfiguration configuration)
    {
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("TKSK.Cases"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql()
                .AddSource("Wolverine", "Marten"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                .AddMeter("Wolverine*", "Marten*", "Npgsql", "TKSK.Cases.*"));
        // Export only where a collector is configured; otherwise telemetry stays in-process and silent.
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) otel.UseOtlpExporter();
    }

    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseConfiguredForwardedHeaders(app.Configuration);
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RejectOversizedBodies);
        var cultures = new[] { new CultureInfo("id"), new CultureInfo("en") };
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("id"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()],
        });
        if (app.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() is { Length: > 0 }) app.UseCors();
        app.UseAddressRateLimit(app.Configuration);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseJsonBodyGuard();
        // The few routes open to everyone outside the operations' rule table: the API's description and health.
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/docs", o => o.WithTitle("TKSK.Cases API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = DatabaseOutage.WriteHealth })
            .AllowAnonymous();
        return app;
    }

    /// <summary>The body limit of the request's endpoint: its own [RequestSizeLimit] (bulk intake), else the API's 256 KiB.</summary>
    public static long BodyLimitOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? MaxRequestBodyBytes;

    // Kestrel enforces the limit while reading; this answers early, as a problem, when the size is declared.
    private static Task RejectOversizedBodies(HttpContext context, Func<Task> next)
    {
        // Routing has already raised Kestrel's limit for an endpoint with its own [RequestSizeLimit].
        var limit = BodyLimitOf(context);
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Results.Problem(statusCode: 413, type: ProblemTypes.PayloadTooLarge, title: Text.T("Isi permintaan terlalu besar", "Request body too large"),
                detail: JsonProblems.TooLarge(limit)).ExecuteAsync(context);
        }
        return next();
    }
}
