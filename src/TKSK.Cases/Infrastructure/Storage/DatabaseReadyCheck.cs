using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace TKSK.Cases.Infrastructure.Storage;

/// <summary>Ready = PostgreSQL answers and the event store's schema is in place.</summary>
public sealed class DatabaseReadyCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand(
                "select to_regclass(@events) is not null", connection);
            command.Parameters.AddWithValue("events", $"{store.Options.Events.DatabaseSchemaName}.mt_events");
            return await command.ExecuteScalarAsync(ct) is true
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The event store schema is missing (run db-apply).");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is not reachable.", e);
        }
    }
}
