using System.Diagnostics.Metrics;
using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using Wolverine.Http;
using Wolverine.Runtime;
using Wolverine.Runtime.Agents;

namespace TKSK.Cases.Cluster;

public sealed record ClusterNodeView(Guid Id, string? Address, DateTimeOffset StartedAt, DateTimeOffset LastHeartbeatAt, IReadOnlyList<string> Agents);

public sealed record ClusterViewResponse(Guid? Leader, IReadOnlyList<ClusterNodeView> Nodes);

/// <summary>Where a node answers HTTP: Wolverine's node table knows ids and agents, not addresses, so each node records its own.</summary>
public sealed record ClusterNodeAddress(Guid Id, string Address, DateTimeOffset RecordedAt);

/// <summary>The nodes sharing this database as Wolverine sees them: who leads, who runs which agent.</summary>
public static class ClusterView
{
    /// <summary>
    /// "Cluster:Address", else the first of "Urls", a host that means "every interface" (*, +, 0.0.0.0, [::]) read as
    /// the machine's name: in a container that is its host name, which its neighbours resolve.
    /// </summary>
    public static string? AddressOf(IConfiguration configuration)
    {
        if (configuration["Cluster:Address"] is { Length: > 0 } given) return given.TrimEnd('/');
        var first = configuration["Urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null) return null;
        foreach (var any in (string[])["://*", "://+", "://0.0.0.0", "://[::]"])
            first = first.Replace(any, "://" + Environment.MachineName);
        return first.TrimEnd('/');
    }

    public static async Task<ClusterViewResponse> ReadAsync(IWolverineRuntime runtime, IQuerySession session, IConfiguration configuration, CancellationToken ct)
    {
        var nodes = (await runtime.Storage.Nodes.LoadAllNodesAsync(ct)).ToList();
        var self = runtime.Options.UniqueNodeId;
        // A node running Solo (one process by design, tests) keeps no row: it is the whole cluster.
        if (nodes.All(n => n.NodeId != self) && runtime.Options.Durability.Mode == Wolverine.DurabilityMode.Solo)
            nodes.Add(new WolverineNode { NodeId = self, Started = DateTimeOffset.UtcNow, LastHealthCheck = DateTimeOffset.UtcNow,
                ActiveAgents = [.. runtime.Agents.AllRunningAgentUris()] });
        var ids = nodes.Select(n => n.NodeId).ToList();
        var addresses = (await session.Query<ClusterNodeAddress>().Where(a => ids.Contains(a.Id)).ToListAsync(ct)).ToDictionary(a => a.Id, a => a.Address);
        addresses[self] = AddressOf(configuration) ?? addresses.GetValueOrDefault(self)!;
        return new ClusterViewResponse(
            nodes.FirstOrDefault(n => n.IsLeader())?.NodeId,
            nodes.OrderBy(n => n.Started).Select(n => new ClusterNodeView(n.NodeId, addresses.GetValueOrDefault(n.NodeId), n.Started, n.LastHealthCheck,
                n.ActiveAgents.Select(a => a.ToString()).Order(StringComparer.Ordinal).ToList())).ToList());
    }

    /// <summary>The nodes sharing this database, which one leads and which agents each runs.</summary>
    /// <remarks>
    /// Province admin only. `leader` is the id of the node that assigns agents (null while none is elected, e.g. in the seconds after
    /// the leader died). Each node has its `id`, its HTTP `address` (its `Cluster:Address` setting, else the first of its `Urls`; null
    /// for a node that never recorded one), `startedAt` and `lastHeartbeatAt` (ISO 8601; a heartbeat older than `Cluster:StaleNodeTimeout`
    /// means the node is about to be taken for dead) and its `agents`, as URIs: `wolverine://leader/` on the leader,
    /// `event-subscriptions://…` for async projection shards, `deadline-sweeper://` on the one node sweeping deadline checks,
    /// `webhook-dispatcher://` on the one node delivering agencies' webhooks.
    /// Read from Wolverine's node table, so every node answers the same.
    /// </remarks>
    [WolverineGet("/api/v1/operations/cluster", OperationId = "GetClusterView"), Tags("Operations")]
    [Allowed]
    [ProducesResponseType<ClusterViewResponse>(200)]
    public static Task<ClusterViewResponse> GetAsync(IWolverineRuntime runtime, IQuerySession session, IConfiguration configuration, CancellationToken ct) =>
        ReadAsync(runtime, session, configuration, ct);
}

/// <summary>
/// Records this node's address when it starts, and exposes the cluster as gauges (tksk.cluster.nodes, …is_leader,
/// …agents), refreshed from the node table every <see cref="Every"/> (one query).
/// </summary>
public sealed class ClusterMonitor(IWolverineRuntime runtime, IDocumentStore store, IConfiguration configuration, ILogger<ClusterMonitor> logger) : BackgroundService
{
    public const string MeterName = "TKSK.Cases.Cluster";
    private static readonly Meter Meter = new(MeterName);
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(15);
    private volatile ClusterViewResponse? _last;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var self = runtime.Options.UniqueNodeId;
        Meter.CreateObservableGauge("tksk.cluster.nodes", () => _last?.Nodes.Count ?? 0, "{node}", "Live nodes sharing this database");
        Meter.CreateObservableGauge("tksk.cluster.is_leader", () => _last?.Leader == self ? 1 : 0, "{node}", "1 on the node that assigns agents");
        Meter.CreateObservableGauge("tksk.cluster.agents", () => (_last?.Nodes ?? []).Select(n =>
            new Measurement<int>(n.Agents.Count, new KeyValuePair<string, object?>("node", n.Id.ToString()))), "{agent}", "Agents each node runs");
        var recorded = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!recorded && ClusterView.AddressOf(configuration) is { } address)
                {
                    await using var session = store.LightweightSession();
                    session.Store(new ClusterNodeAddress(self, address, DateTimeOffset.UtcNow));
                    await session.SaveChangesAsync(stoppingToken);
                    recorded = true;
                }
                await using var query = store.QuerySession();
                _last = await ClusterView.ReadAsync(runtime, query, configuration, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested) { logger.LogDebug(e, "Cluster view not read this time"); }
            // Until the address is recorded (the schema may still be being created by another node), again within a second.
            try { await Task.Delay(recorded ? Every : TimeSpan.FromSeconds(1), stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }
}

public static class ClusterSetup
{
    /// <summary>The cluster view (GET /api/v1/operations/cluster), its gauges, and each node's recorded address.</summary>
    public static WebApplicationBuilder AddClusterView(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts => opts.Schema.For<ClusterNodeAddress>());
        builder.Services.AddHostedService<ClusterMonitor>();
        builder.Services.AddHostedService<AgentFence>();
        return builder;
    }
}
