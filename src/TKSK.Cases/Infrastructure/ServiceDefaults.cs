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

namespace TKSK.Cases.Infrastructure;

/// <summary>Everything a service here has regardless of its features: telemetry, health, problems, JSON, OpenAPI.</summary>
public static class ServiceDefaults
{
    public const long MaxRequestBodyBytes = 256 * 1024;

    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = JsonProblems.Explain);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureSystemTextJsonForWolverineOrMinimalApi(o => o.SerializerOptions.Converters.Add(new SnakeCaseEnumConverterFactory()));
        services.AddSingleton(TimeProvider.System);
        services.AddOpenApi(o => o.AddTkskConventions().AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "TKSK.Cases — Jatim Social Care referrals";
            doc.Info.Description = "Case management for East Java's social-welfare hotline: intake, assessment, TKSK assignment, field work and resolution of PPKS referrals.";
            return Task.CompletedTask;
        }));
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
                .AddMeter("Wolverine*", "Marten*", "Npgsql", Dashboards.ProjectionLagMonitor.MeterName));
        // Export only where a collector is configured; otherwise telemetry stays in-process and silent.
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) otel.UseOtlpExporter();
    }

    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
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
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapScalarApiReference("/docs", o => o.WithTitle("TKSK.Cases API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteDetail });
        return app;
    }

    // Ready's detail for operators and probes: each check's status, description and data (e.g. the read side's lag).
    private static Task WriteDetail(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        });
    }

    // Kestrel enforces the limit while reading; this answers early, as a problem, when the size is declared.
    private static Task RejectOversizedBodies(HttpContext context, Func<Task> next)
    {
        if (context.Request.ContentLength > MaxRequestBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Results.Problem(statusCode: 413, title: Text.T("Isi permintaan terlalu besar", "Request body too large"),
                detail: Text.T($"Batas ukuran adalah {MaxRequestBodyBytes / 1024} KiB.", $"The limit is {MaxRequestBodyBytes / 1024} KiB."))
                .ExecuteAsync(context);
        }
        return next();
    }
}
