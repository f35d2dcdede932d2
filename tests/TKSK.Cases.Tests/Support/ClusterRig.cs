using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using TKSK.Cases.EmbeddedPostgres;
using TKSK.Cases.Testing;

namespace TKSK.Cases.Tests.Support;

/// <summary>
/// Three nodes of the built service on one PostgreSQL of their own (so that a test may restart it), each reaching it
/// through its own <see cref="TcpProxy"/> (so that a test may cut one node off). Nodes keep their port across
/// restarts: an address is a node's slot, as behind a load balancer.
/// </summary>
public sealed class ClusterRig : IAsyncDisposable
{
    public sealed record Node(Guid Id, string? Address, string[] Agents);
    public sealed record View(Guid? Leader, Node[] Nodes);

    public sealed class Slot(int index, TcpProxy proxy, int port)
    {
        public int Index => index;
        public TcpProxy Proxy => proxy;
        public int Port => port;
        public string Address => $"http://127.0.0.1:{port}";
        public RunningService? Service { get; set; }
        public bool Up => Service is { Process.HasExited: false };
    }

    private readonly string _root;
    private readonly Dictionary<string, string> _settings;
    private PostgresCluster _postgres;
    public IReadOnlyList<Slot> Slots { get; }
    /// <summary>The database, reached directly (not through a proxy): what the test itself reads.</summary>
    public string Database { get; }

    private ClusterRig(string root, PostgresCluster postgres, string database, IReadOnlyList<Slot> slots, Dictionary<string, string> settings) =>
        (_root, _postgres, Database, Slots, _settings) = (root, postgres, database, slots, settings);

    /// <summary>A new PostgreSQL and an empty database; the nodes are started by <see cref="StartAllAsync"/>.</summary>
    public static async Task<ClusterRig> CreateAsync(IReadOnlyDictionary<string, string> settings, int nodes = 3)
    {
        var data = RunningService.NewDataDirectory(out var root);
        var postgres = await PostgresCluster.StartAsync(data, throwaway: true);
        var database = await RunningService.NewDatabaseAsync(postgres.ConnectionString, "cluster");
        var slots = Enumerable.Range(0, nodes).Select(i => new Slot(i, new TcpProxy(postgres.Port), ServiceProcess.FreePort())).ToList();
        return new ClusterRig(root, postgres, database, slots, new Dictionary<string, string>(settings));
    }

    /// <summary>Through the slot's relay, named so that PostgreSQL's session list tells the nodes apart.</summary>
    private string ThroughProxy(Slot slot) =>
        new NpgsqlConnectionStringBuilder(Database) { Port = slot.Proxy.Port, ApplicationName = ApplicationName(slot) }.ConnectionString;

    public static string ApplicationName(Slot slot) => $"tksk-node{slot.Index}";

    /// <summary>
    /// What sessions hold, per node: advisory locks (Wolverine's leadership, Marten's, ours) and transactions left idle
    /// for over 5 s. After a node died, nothing of its may be left (marten#5090 and #5125 were lock sessions that outlived
    /// their host).
    /// </summary>
    public async Task<List<(string Node, string State, long AdvisoryLocks, bool IdleInTransaction)>> SessionsAsync()
    {
        await using var connection = new NpgsqlConnection(Unpooled);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            select a.application_name, a.state,
                   (select count(*) from pg_locks l where l.pid = a.pid and l.locktype = 'advisory' and l.granted),
                   a.state = 'idle in transaction' and now() - a.state_change > interval '5 seconds'
            from pg_stat_activity a where a.datname = current_database() and a.pid <> pg_backend_pid()
            """, connection);
        var sessions = new List<(string, string, long, bool)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            sessions.Add((reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1), reader.GetInt64(2), reader.GetBoolean(3)));
        return sessions;
    }

    public async Task StartAllAsync() => await Task.WhenAll(Slots.Select(StartAsync));

    public async Task StartAsync(Slot slot)
    {
        if (slot.Service is { } old) await old.DisposeAsync();
        slot.Service = null;
        var environment = new Dictionary<string, string>(_settings) { ["ConnectionStrings__Marten"] = ThroughProxy(slot) };
        slot.Service = new RunningService(await ServiceProcess.StartReadyAsync(RunningService.Dll, RunningService.Development(environment),
            TimeSpan.FromSeconds(90), unset: RunningService.Inherited, port: slot.Port, name: $"node{slot.Index}"));
    }

    public IEnumerable<Slot> Live => Slots.Where(s => s.Up);

    /// <summary>The test's own connections: never pooled, since a PostgreSQL restart leaves pooled ones dead.</summary>
    public string Unpooled => new NpgsqlConnectionStringBuilder(Database) { Pooling = false }.ConnectionString;

    /// <summary>SIGKILL, and wait until the process is gone (so that it no longer counts as live).</summary>
    public static async Task KillAsync(Slot slot)
    {
        slot.Service!.Process.Kill();
        await slot.Service.Process.WaitForExitAsync(TimeSpan.FromSeconds(10));
    }

    public Slot SlotOf(string? address) => Slots.Single(s => s.Address == address);

    /// <summary>Stops PostgreSQL (a fast shutdown: sessions ended, as a restart by an operator does).</summary>
    public async Task StopPostgresAsync() => await _postgres.DisposeAsync();

    /// <summary>Starts it again on the same port and data.</summary>
    public async Task StartPostgresAsync() => _postgres = await PostgresCluster.StartAsync(_postgres.DataDirectory, throwaway: true, port: _postgres.Port);

    public static async Task<View?> ViewAsync(RunningService service)
    {
        try
        {
            using var reply = await service.Client.GetAsync("/api/v1/operations/cluster");
            if (reply.StatusCode != HttpStatusCode.OK) return null;
            var body = JsonNode.Parse(await reply.Content.ReadAsStringAsync())!;
            return new View(body["leader"]?.GetValue<Guid>(), [.. body["nodes"]!.AsArray().Select(n => new Node(n!["id"]!.GetValue<Guid>(),
                n["address"]?.GetValue<string>(), [.. n["agents"]!.AsArray().Select(a => a!.GetValue<string>())]))]);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return null; }
    }

    /// <summary>
    /// Settled: the expected nodes, one of them leading, every agent on exactly one node, and each of
    /// <paramref name="singular"/> (agent schemes) running somewhere.
    /// </summary>
    public static bool Settled(View view, IReadOnlyCollection<string> addresses, IEnumerable<string> singular) =>
        view.Nodes.Length == addresses.Count && view.Nodes.All(n => addresses.Contains(n.Address))
        && view.Leader is { } leader && view.Nodes.Any(n => n.Id == leader)
        && view.Nodes.SelectMany(n => n.Agents).GroupBy(a => a).All(g => g.Count() == 1)
        && singular.All(scheme => view.Nodes.Count(n => n.Agents.Any(a => a.StartsWith(scheme + "://", StringComparison.Ordinal))) == 1);

    private static string Assignments(View view) =>
        string.Join("; ", view.Nodes.OrderBy(n => n.Id).Select(n => $"{n.Address}{(n.Id == view.Leader ? " (leader)" : "")}: {string.Join(' ', n.Agents.Order())}"));

    /// <summary>The view in a line, agents by their scheme: "127.0.0.1:5091 (leader): deadline-sweeper event-subscriptions; …".</summary>
    public static string Describe(View view) =>
        (view.Leader is null ? "no leader; " : "") + string.Join("; ", view.Nodes.OrderBy(n => n.Address).Select(n =>
            $"{n.Address?.Replace("http://", "")}{(n.Id == view.Leader ? " (leader)" : "")}: {string.Join(' ', n.Agents.Select(a => a.Split("://")[0]).Where(a => a != "wolverine").Order())}"));

    /// <summary>Until every live node answers the same settled view (assignments come up one by one); seconds it took.</summary>
    public async Task<(View View, double Seconds)> SettledAsync(IEnumerable<string> singular, TimeSpan timeout)
    {
        var schemes = singular.ToList();
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var live = Live.Where(s => !s.Proxy.IsCut).ToList();
            var views = await Task.WhenAll(live.Select(s => ViewAsync(s.Service!)));
            var addresses = live.Select(s => s.Address).ToList();
            if (views.All(v => v is not null && Settled(v, addresses, schemes)) && views.Select(v => Assignments(v!)).Distinct().Count() == 1)
                return (views[0]!, watch.Elapsed.TotalSeconds);
            if (watch.Elapsed > timeout)
                throw new TimeoutException($"Not settled after {timeout.TotalSeconds:0} s: {string.Join(" | ", views.Select(v => v is null ? "no answer" : Assignments(v)))}");
            await Task.Delay(200);
        }
    }

    /// <summary>Every slot running, every proxy through, and the cluster settled: where each fault test starts.</summary>
    public async Task<View> HealthyAsync(IEnumerable<string> singular)
    {
        foreach (var slot in Slots) slot.Proxy.Restore();
        await Task.WhenAll(Slots.Where(s => !s.Up).Select(StartAsync));
        return (await SettledAsync(singular, TimeSpan.FromSeconds(45))).View;
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(Slots.Where(s => s.Service is not null).Select(s => s.Service!.DisposeAsync().AsTask()));
        foreach (var slot in Slots) await slot.Proxy.DisposeAsync();
        await _postgres.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
