using System.Diagnostics.Metrics;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Wolverine.Util;

namespace TKSK.Cases.Erasure;

/// <summary>
/// An erasure answers once its event is stored; rewriting the stream's older events runs after, as a
/// queued message. Reads mask on their own until then, but a masking that keeps failing ends in
/// Wolverine's dead letters and leaves personal data in the stored events: that must reach a person.
/// This counts such dead letters every <c>Erasure:WatchPeriod</c> (1 minute): a new one is logged at
/// error, the count is the gauge <c>tksk.erasure.dead_lettered</c>, and /health/ready reports Degraded.
/// </summary>
public sealed class ErasureWatch(IDocumentStore store, IConfiguration configuration, ILogger<ErasureWatch> logger) : BackgroundService, IHealthCheck
{
    public const string MeterName = "TKSK.Cases.Erasure";
    private static readonly Meter Meter = new(MeterName);
    private volatile int _deadLettered;

    public int DeadLettered => _deadLettered;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Meter.CreateObservableGauge("tksk.erasure.dead_lettered", () => _deadLettered, "{erasure}",
            "Erasures whose masking of stored events failed and waits in the dead letters");
        using var timer = new PeriodicTimer(configuration.GetValue("Erasure:WatchPeriod", TimeSpan.FromMinutes(1)));
        do
        {
            try { await CheckAsync(stoppingToken); }
            catch (Exception e) when (e is NpgsqlException or TimeoutException) { logger.LogDebug(e, "Dead-lettered erasures not counted this time"); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task CheckAsync(CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var count = new NpgsqlCommand(
            $"select count(*)::int from {store.Options.DatabaseSchemaName}.wolverine_dead_letters where message_type = @type", connection);
        count.Parameters.AddWithValue("type", typeof(MaskErasedReferral).ToMessageTypeName());
        int found;
        try { found = (int)(await count.ExecuteScalarAsync(ct))!; }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable) { found = 0; }
        if (found > _deadLettered)
            logger.LogError("{Count} erasure(s) could not mask their stored events and wait in Wolverine's dead letters (message {Type}): " +
                            "reads stay masked, but the stored events still hold the personal data until the message is replayed",
                found, nameof(MaskErasedReferral));
        _deadLettered = found;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(_deadLettered == 0 ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"{_deadLettered} erasure(s) could not mask their stored events (dead letters: {nameof(MaskErasedReferral)})."));
}

public static class ErasureSetup
{
    public static WebApplicationBuilder AddErasureWatch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ErasureWatch>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ErasureWatch>());
        builder.Services.AddHealthChecks().AddCheck<ErasureWatch>("erasure", tags: ["ready"]);
        return builder;
    }
}
