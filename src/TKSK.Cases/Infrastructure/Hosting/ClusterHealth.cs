using Wolverine;

namespace TKSK.Cases.Infrastructure.Hosting;

/// <summary>
/// "Cluster": how the nodes sharing one database watch each other (Wolverine's node health). Wolverine's own defaults
/// (a node stale after 1 min, assignments checked every 30 s) would leave a dead leader's agents (projection shards,
/// the deadline sweeper) running nowhere for over a minute; these replace a dead leader within 10 s.
/// </summary>
public sealed class ClusterHealth
{
    /// <summary>Every node writes its heartbeat and tries for leadership this often; the leader also re-checks its assignments.</summary>
    public TimeSpan HealthCheckPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A node whose heartbeat is this old is taken for dead: its agents are given to the others.</summary>
    public TimeSpan StaleNodeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A node that cannot reach PostgreSQL for this long stops its agents (<see cref="Cluster.AgentFence"/>): well before
    /// <see cref="StaleNodeTimeout"/>, when the others take it for dead and start them again.
    /// </summary>
    public TimeSpan GiveUpAgentsAfter { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the leader checks that every agent runs where it was assigned and restarts what does not.</summary>
    public TimeSpan AssignmentCheckPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Async projections shared among the live nodes by Wolverine (true), or Marten's HotCold daemon (false: one
    /// node runs them all, another takes over through Marten's own leadership lock).
    /// </summary>
    public bool DistributeProjections { get; set; } = true;

    public static ClusterHealth From(IConfiguration configuration) =>
        configuration.GetSection("Cluster").Get<ClusterHealth>() ?? new ClusterHealth();

    public void ApplyTo(DurabilitySettings durability)
    {
        durability.HealthCheckPollingTime = HealthCheckPeriod;
        // The first check soon after start: a new node joins (and a lone node leads) within a period, not 10 s later.
        durability.FirstHealthCheckExecution = TimeSpan.FromMilliseconds(Math.Min(500, HealthCheckPeriod.TotalMilliseconds));
        durability.StaleNodeTimeout = StaleNodeTimeout;
        durability.CheckAssignmentPeriod = AssignmentCheckPeriod;
    }
}
