using System.Diagnostics.Metrics;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace TKSK.Cases.Dashboards;

/// <summary>How far the dashboards' projection is behind the event store, and whether it is being rebuilt.</summary>
/// <param name="Position">The last event (sequence number) the projection has applied.</param>
/// <param name="HighWater">The newest event in the store.</param>
/// <param name="Events">Events stored and not yet applied.</param>
/// <param name="Seconds">Age of the oldest event not yet applied; 0 when caught up.</param>
/// <param name="Rebuilding">A rebuild is running: figures are incomplete until it ends.</param>
public sealed record ProjectionLag(string Projection, long Position, long HighWater, long Events, double Seconds, bool Rebuilding)
{
    public static async Task<ProjectionLag> ReadAsync(IDocumentStore store, CancellationToken ct)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        // max(seq_id) and the first event after the position are both index look-ups on mt_events' primary key.
        await using var command = new NpgsqlCommand($"""
            with p as (select coalesce((select last_seq_id from {schema}.mt_event_progression where name = @shard), 0) as seq)
            select p.seq,
                   coalesce((select max(seq_id) from {schema}.mt_events), 0),
                   coalesce((select extract(epoch from now() - e.timestamp)::float8 from {schema}.mt_events e
                             where e.seq_id > p.seq order by e.seq_id limit 1), 0),
                   {ReadSideRebuild.HeldSql}
            from p
            """, connection);
        command.Parameters.AddWithValue("shard", CaseFiguresProjection.Name + ":All");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (position, high) = (reader.GetInt64(0), reader.GetInt64(1));
        return new ProjectionLag(CaseFiguresProjection.Name, position, high, Math.Max(0, high - position),
            position >= high ? 0 : Math.Max(0, Math.Round(reader.GetDouble(2), 3)), reader.GetBoolean(3));
    }
}

/// <summary>The lag as OpenTelemetry gauges (tksk.read_side.lag.events, …lag.seconds), read every few seconds.</summary>
public sealed class ProjectionLagMonitor(IDocumentStore store, ILogger<ProjectionLagMonitor> logger) : BackgroundService
{
    public const string MeterName = "TKSK.Cases.ReadSide";
    private static readonly Meter Meter = new(MeterName);
    private volatile ProjectionLag? _last;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var tags = new KeyValuePair<string, object?>("projection", CaseFiguresProjection.Name);
        Meter.CreateObservableGauge("tksk.read_side.lag.events", () => new Measurement<long>(_last?.Events ?? 0, tags), "{event}",
            "Events stored and not yet applied to the dashboards' projection");
        Meter.CreateObservableGauge("tksk.read_side.lag.seconds", () => new Measurement<double>(_last?.Seconds ?? 0, tags), "s",
            "Age of the oldest event not yet applied to the dashboards' projection");
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        do
        {
            try { _last = await ProjectionLag.ReadAsync(store, stoppingToken); }
            catch (Exception e) when (e is NpgsqlException or TimeoutException) { logger.LogDebug(e, "Projection lag not read"); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>Part of /health/ready's detail: the lag; degraded (still 200) when far behind or rebuilding.</summary>
public sealed class ReadSideHealthCheck(IDocumentStore store) : IHealthCheck
{
    public static readonly TimeSpan Tolerated = TimeSpan.FromMinutes(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var lag = await ProjectionLag.ReadAsync(store, ct);
            var data = new Dictionary<string, object>
            {
                ["projection"] = lag.Projection, ["position"] = lag.Position, ["highWater"] = lag.HighWater,
                ["lagEvents"] = lag.Events, ["lagSeconds"] = lag.Seconds, ["rebuilding"] = lag.Rebuilding,
            };
            return lag.Rebuilding ? HealthCheckResult.Degraded("The read side is being rebuilt.", data: data)
                : lag.Seconds > Tolerated.TotalSeconds ? HealthCheckResult.Degraded($"The dashboards are {lag.Seconds:0} s behind.", data: data)
                : HealthCheckResult.Healthy($"The dashboards are {lag.Events} events behind.", data);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is not reachable.", e);
        }
    }
}
