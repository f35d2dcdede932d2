using Marten;
using Npgsql;
using TKSK.Cases.Infrastructure.Hosting;
using TKSK.Cases.Infrastructure.Storage;
using Wolverine;
using Wolverine.Runtime;

namespace TKSK.Cases.Cluster;

/// <summary>
/// A node that cannot reach PostgreSQL gives up its agents (projection shards, the deadline sweeper, the webhook
/// dispatcher) before the others take it for dead and start them again: Wolverine itself keeps a cut-off node's agents
/// running, and when its connection comes back it re-registers with every agent still running as its own, taking them
/// back from the nodes they were moved to. Stopped here, they come back only as the leader assigns them.
/// Exactly-once never rests on this (claims in the database do that); it keeps two nodes from working the same agent
/// for long. When the database itself is away every node gives its agents up, and the leader assigns them again once
/// it is back (the fault suite's PostgreSQL restart: settled within seconds). Solo mode (one process by design) keeps them.
/// </summary>
public sealed class AgentFence(IWolverineRuntime runtime, IDocumentStore store, IConfiguration configuration, ILogger<AgentFence> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (runtime.Options.Durability.Mode != DurabilityMode.Balanced) return;
        await Task.Yield();
        var health = ClusterHealth.From(configuration);
        var lostSince = (DateTimeOffset?)null;
        var fenced = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await Task.Delay(health.HealthCheckPeriod, stoppingToken); }
            catch (OperationCanceledException) { break; }
            if (await ReachableAsync(stoppingToken))
            {
                if (fenced) logger.LogWarning("PostgreSQL is reachable again: this node rejoins the cluster and takes the agents the leader gives it");
                (lostSince, fenced) = (null, false);
                continue;
            }
            lostSince ??= DateTimeOffset.UtcNow;
            if (fenced || DateTimeOffset.UtcNow - lostSince < health.GiveUpAgentsAfter) continue;
            fenced = true;
            var agents = runtime.Agents.AllRunningAgentUris();
            logger.LogWarning("PostgreSQL not reachable for {Seconds:0.0} s: this node gave up its agents ({Agents}) for the other nodes to run",
                (DateTimeOffset.UtcNow - lostSince.Value).TotalSeconds, string.Join(", ", agents.Select(a => a.ToString())));
            foreach (var agent in agents)
            {
                // Stopping writes its state where it can; with the database away that part fails, and the stop still holds.
                try { await runtime.Agents.StopLocallyAsync(agent).WaitAsync(TimeSpan.FromSeconds(5), stoppingToken); }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested) { logger.LogDebug(e, "Agent {Agent} stopped with an error", agent); }
            }
        }
    }

    private async Task<bool> ReachableAsync(CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(DatabaseOutage.ConnectTimeoutSeconds));
            await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
            await connection.OpenAsync(timeout.Token);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(timeout.Token);
            return true;
        }
        catch (Exception e) when (!ct.IsCancellationRequested && (DatabaseOutage.IsOutage(e) || e is OperationCanceledException)) { return false; }
    }
}
