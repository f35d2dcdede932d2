using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using TKSK.Cases.Deadlines;
using TKSK.Cases.Tests.Support;
using Xunit.Abstractions;

namespace TKSK.Cases.Tests.Faults;

/// <summary>
/// Three nodes of the built service started at the same moment on one empty database (issue 26): all become ready
/// (schema created and demo coordinators seeded once), every node's cluster view shows the same three nodes and one
/// leader, each agent runs on one node, the deadline sweeper among them; a node stopped hands its agents on.
/// </summary>
[Trait("Category", "Process")]
public sealed class three_nodes_share_one_database(AppFixture fixture, ITestOutputHelper output) : IntegrationContext(fixture)
{
    private sealed record Node(Guid Id, string? Address, string[] Agents);
    private sealed record View(Guid? Leader, Node[] Nodes);

    private static async Task<View> ViewAsync(RunningService service)
    {
        using var reply = await service.Client.GetAsync("/api/v1/operations/cluster");
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var body = JsonNode.Parse(await reply.Content.ReadAsStringAsync())!;
        var leader = body["leader"]?.GetValue<Guid>();
        return new View(leader, body["nodes"]!.AsArray().Select(n => new Node(n!["id"]!.GetValue<Guid>(), n["address"]?.GetValue<string>(),
            n["agents"]!.AsArray().Select(a => a!.GetValue<string>()).ToArray())).ToArray());
    }

    /// <summary>Settled: these nodes, one of them leading, every agent on exactly one node, the sweeper among them.</summary>
    private static bool Settled(View view, int nodes) =>
        view.Nodes.Length == nodes && view.Leader is { } leader && view.Nodes.Any(n => n.Id == leader)
        && view.Nodes.SelectMany(n => n.Agents).GroupBy(a => a).All(g => g.Count() == 1)
        && view.Nodes.Count(n => n.Agents.Any(IsSweeper)) == 1;

    private static bool IsSweeper(string agent) => agent.StartsWith(DeadlineSweeper.AgentScheme + "://", StringComparison.Ordinal);

    private static string Assignments(View view) =>
        string.Join("; ", view.Nodes.OrderBy(n => n.Id).Select(n => $"{n.Id}: {string.Join(' ', n.Agents)}"));

    /// <summary>Until every one of <paramref name="services"/> answers the same settled view (assignments come up one by one).</summary>
    private static async Task<(View View, double Seconds)> SettledAsync(IReadOnlyList<RunningService> services, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var views = await Task.WhenAll(services.Select(ViewAsync));
            if (views.All(v => Settled(v, services.Count)) && views.Select(Assignments).Distinct().Count() == 1)
                return (views[0], watch.Elapsed.TotalSeconds);
            Assert.True(watch.Elapsed < timeout, $"Not settled after {timeout.TotalSeconds:0} s: {string.Join(" | ", views.Select(Assignments))}");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task started_together_on_an_empty_database_they_come_up_and_share_the_agents()
    {
        var database = await RunningService.NewDatabaseAsync(Fixture.ConnectionString, "cluster");
        var settings = new Dictionary<string, string> { ["Demo__SeedCoordinators"] = "true" };
        var watch = Stopwatch.StartNew();
        var nodes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => RunningService.OnDatabaseAsync(database, settings)));
        try
        {
            output.WriteLine($"ready: {string.Join(", ", nodes.Select(n => $"{n.Process.StartedIn.TotalSeconds:0.0} s"))} (all after {watch.Elapsed.TotalSeconds:0.0} s)");
            var (view, seconds) = await SettledAsync(nodes, TimeSpan.FromSeconds(20));
            output.WriteLine($"settled {seconds:0.0} s after the last was ready: leader {view.Leader}; " +
                string.Join("; ", view.Nodes.Select(n => $"{n.Address}: {string.Join(' ', n.Agents)}")));
            Assert.Equal(nodes.Select(n => n.Process.BaseAddress.ToString().TrimEnd('/')).Order(), view.Nodes.Select(n => n.Address!).Order());

            // Seeded once, whoever won the seed lock (666 kecamatan in East Java).
            await using (var connection = new NpgsqlConnection(database))
            {
                await connection.OpenAsync();
                await using var count = new NpgsqlCommand("select count(*) from tksk.mt_doc_coordinator where (data->>'demo')::boolean", connection);
                Assert.Equal(666L, (long)(await count.ExecuteScalarAsync())!);
            }

            // The sweeper's node stopped (SIGTERM, as a rolling restart does): another node sweeps within seconds.
            var sweeping = view.Nodes.Single(n => n.Agents.Any(IsSweeper));
            var stopped = nodes.Single(n => n.Process.BaseAddress.ToString().TrimEnd('/') == sweeping.Address);
            await stopped.Process.TerminateAsync(TimeSpan.FromSeconds(15));
            var (after, moved) = await SettledAsync(nodes.Where(n => n != stopped).ToList(), TimeSpan.FromSeconds(20));
            output.WriteLine($"sweeper moved {moved:0.0} s after its node stopped; leader {after.Leader}");
            Assert.DoesNotContain(after.Nodes, n => n.Id == sweeping.Id);
        }
        finally
        {
            await Task.WhenAll(nodes.Select(n => n.DisposeAsync().AsTask()));
        }
    }
}
