using System.Diagnostics;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TKSK.Cases.Dashboards;
using TKSK.Cases.EmbeddedPostgres;
using TKSK.Cases.Regions;
using TKSK.Cases.Tests.Support;
using Wolverine;

[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]

namespace TKSK.Cases.Load;

// Times the list and every dashboard at two sizes. The service runs as in production (HotCold daemon) in this
// process against a throwaway PostgreSQL; referrals are appended as events through Marten (inline projections
// included), then the daemon catches up, then each endpoint is called sequentially through the in-memory server.
// Usage: dotnet run --project tests/TKSK.Cases.Load -c Release -- [sizes, default 10000,100000] [requests per endpoint, default 200]
public static class LoadRun
{
    public static async Task Main(string[] args)
    {
        var sizes = (args.Length > 0 ? args[0] : "10000,100000").Split(',').Select(int.Parse).ToArray();
        var requests = args.Length > 1 ? int.Parse(args[1]) : 200;

        var dir = Path.Combine("/tmp", $"tksk-load-{Guid.NewGuid():N}");
        await using var cluster = await PostgresCluster.StartAsync(Path.Combine(dir, "pg"), throwaway: true);
        Environment.SetEnvironmentVariable("ConnectionStrings__Marten", cluster.ConnectionString);
        Environment.SetEnvironmentVariable("Demo__SeedCoordinators", "false");
        // The test host's content root: the tests find it through their manifest, this program through this variable.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_TKSK_CASES", Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/TKSK.Cases")));
        await using var host = await AlbaHost.For<global::Program>(b => b.ConfigureServices(s =>
        {
            s.RunWolverineInSoloMode();
            s.DisableAllExternalWolverineTransports();
        }));
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var regions = host.Services.GetRequiredService<RegionCatalog>();
        var kecamatan = ReferralGenerator.KecamatanOf(regions, 100, [.. regions.ChildrenOf("35")!.Select(k => k.Code)]);
        await using (var session = store.LightweightSession())
        {
            session.Store(kecamatan.Select(k => ReferralGenerator.CoordinatorOf(k.Code, regions)).ToArray());
            await session.SaveChangesAsync();
        }
        Console.WriteLine($"PostgreSQL {cluster.ConnectionString}; {kecamatan.Count} kecamatan");

        var api = new Api(host);
        var supervisor = api.As(TKSK.Cases.Access.Role.Supervisor, "35.78");
        var generator = new ReferralGenerator(2026, DateTimeOffset.UtcNow, kecamatan, regions) { DaysBack = 365 };
        var stored = 0;
        foreach (var size in sizes)
        {
            var clock = Stopwatch.StartNew();
            await ReferralGenerator.AppendAsync(store, generator.Generate(size - stored, stored + 1), perSession: 500);
            Console.WriteLine($"appended {size - stored} referrals in {clock.Elapsed.TotalSeconds:0.0} s");
            stored = size;
            clock.Restart();
            ProjectionLag lag;
            do { await Task.Delay(1000); lag = await ProjectionLag.ReadAsync(store, CancellationToken.None); }
            while (lag.Events > 0 && clock.Elapsed < TimeSpan.FromMinutes(30));
            Console.WriteLine($"daemon caught up ({lag.HighWater} events) in {clock.Elapsed.TotalSeconds:0.0} s");
            await Analyze(cluster.ConnectionString);

            var asOf = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd");
            var month = DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM");
            Console.WriteLine($"\n## {size:N0} referrals, {lag.HighWater:N0} events — {requests} sequential requests each, ms");
            Console.WriteLine("| endpoint | p50 | p99 |\n|---|---|---|");
            foreach (var (name, who, url) in new (string, Api, string)[]
                     {
                         ("list, province, newest first", api, "/api/v1/referrals"),
                         ("list, kabupaten + status", api, "/api/v1/referrals?kabupaten=35.78&status=received,assessed"),
                         ("list, supervisor 35.78, unassigned", supervisor, "/api/v1/referrals?unassigned=true"),
                         ("list, sort=-urgency page 20", api, "/api/v1/referrals?sort=-urgency,receivedAt&page=20"),
                         ("list, q=Sutrisno", api, "/api/v1/referrals?q=Sutrisno"),
                         ("list, q=budi santoso", api, "/api/v1/referrals?q=budi%20santoso"),
                         ("list, q + kabupaten", api, "/api/v1/referrals?q=warsini&kabupaten=35.07"),
                         ("dashboard overview", api, "/api/v1/dashboards/overview?province=35"),
                         ("dashboard kabupaten", api, "/api/v1/dashboards/kabupaten/35.78"),
                         ("dashboard sla (90 days, per kabupaten)", api, "/api/v1/dashboards/sla"),
                         ("dashboard sla (kabupaten, asOf)", api, $"/api/v1/dashboards/sla?kabupaten=35.78&asOf={asOf}"),
                         ("dashboard coordinators", api, "/api/v1/dashboards/coordinators?kabupaten=35.78"),
                         ("dashboard pasung", api, "/api/v1/dashboards/pasung?province=35"),
                         ("dashboard trend 12 months", api, "/api/v1/dashboards/trend?months=12"),
                         ("monthly recap", api, $"/api/v1/reports/monthly?month={month}&kabupaten=35.78"),
                     })
            {
                for (var i = 0; i < 10; i++) await who.Get(url);
                var times = new List<double>();
                for (var i = 0; i < requests; i++)
                {
                    var t = Stopwatch.GetTimestamp();
                    var reply = await who.Get(url);
                    times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    if (reply.Status != System.Net.HttpStatusCode.OK) throw new InvalidOperationException($"{url}: {reply}");
                }
                times.Sort();
                Console.WriteLine($"| {name} | {Pct(times, 0.5):0.0} | {Pct(times, 0.99):0.0} |");
            }
            var export = Stopwatch.StartNew();
            var client = host.Server.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", Api.TokenFor(host));
            var bytes = (await client.GetByteArrayAsync("/api/v1/referrals/export.csv")).Length;
            Console.WriteLine($"| export.csv, every case ({bytes / 1024:N0} KiB) | {export.Elapsed.TotalMilliseconds:0} (once) | |");
        }
        await host.StopAsync();
        try { Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }

    }

    private static double Pct(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task Analyze(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var analyze = new NpgsqlCommand("analyze", connection)) await analyze.ExecuteNonQueryAsync();
        await using (var indexes = new NpgsqlCommand("select indexdef from pg_indexes where tablename = 'mt_doc_referralsummary' order by indexname", connection))
        await using (var reader = await indexes.ExecuteReaderAsync())
            while (await reader.ReadAsync()) Console.WriteLine("   " + reader.GetString(0));
        foreach (var (name, sql) in new[]
                 {
                     ("newest first in a kabupaten", "select data from tksk.mt_doc_referralsummary d where d.kabupaten_code = '35.78' order by d.received_at desc, d.id desc limit 25"),
                     ("status filter", "select data from tksk.mt_doc_referralsummary d where d.status = any(array['received','assessed']) order by d.received_at desc, d.id desc limit 25"),
                     ("q=sutrisno", "select data from tksk.mt_doc_referralsummary d where (d.search_text like '%sutrisno%' or 'sutrisno' <% d.search_text) order by (d.received_at + interval '0 seconds') desc, d.id desc limit 25"),
                 ("q=warsini in a kabupaten", "select data from tksk.mt_doc_referralsummary d where d.kabupaten_code = '35.07' and (d.search_text like '%warsini%' or 'warsini' <% d.search_text) order by (d.received_at + interval '0 seconds') desc, d.id desc limit 25"),
                     ("unassigned in a kabupaten", "select data from tksk.mt_doc_referralsummary d where d.kabupaten_code = '35.78' and d.unassigned = true order by d.received_at desc, d.id desc limit 25"),
                 })
        {
            await using var command = new NpgsqlCommand("explain (analyze, costs off, timing off, summary on) " + sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            Console.WriteLine($"\n-- plan: {name}");
            while (await reader.ReadAsync()) Console.WriteLine("   " + reader.GetString(0));
        }
    }
}
