using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>Each dashboard's figures against counts computed here, independently, from the generated referrals.</summary>
public sealed class dashboards(AppFixture fixture) : IntegrationContext(fixture)
{
    private static Dictionary<string, long> Counts(IEnumerable<string> keys) => keys.GroupBy(k => k).ToDictionary(g => g.Key, g => (long)g.Count());

    private static Dictionary<string, long> Map(JsonNode? node) =>
        node!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<long>());

    private static void SameCounts(IReadOnlyCollection<GeneratedReferral> rs, JsonNode figures, DateTimeOffset now)
    {
        Assert.Equal(rs.Count, figures["total"]!.GetValue<long>());
        Assert.Equal(rs.Count(r => r.Open), figures["open"]!.GetValue<long>());
        Assert.Equal(rs.Count(r => r.Status == "assessed"), figures["unassigned"]!.GetValue<long>());
        Assert.Equal(0, figures["overdue"]!.GetValue<long>());
        Assert.Equal(Counts(rs.Select(r => r.Status)), Map(figures["byStatus"]));
        Assert.Equal(Counts(rs.Select(r => r.Urgency)), Map(figures["byUrgency"]));
        Assert.Equal(Counts(rs.Select(r => r.Category)), Map(figures["byCategory"]));
        Assert.Equal(Counts(rs.Select(r => r.Channel)), Map(figures["byChannel"]));
        var month = ReadSide.Month(now);
        var previous = ReadSide.Month(now.ToOffset(TimeSpan.FromHours(7)).AddDays(-now.ToOffset(TimeSpan.FromHours(7)).Day));
        Assert.Equal(month, figures["intakeThisMonth"]!["month"]!.GetValue<string>());
        Assert.Equal(rs.Count(r => ReadSide.Month(r.ReceivedAt) == month), figures["intakeThisMonth"]!["count"]!.GetValue<long>());
        Assert.Equal(previous, figures["intakeLastMonth"]!["month"]!.GetValue<string>());
        Assert.Equal(rs.Count(r => ReadSide.Month(r.ReceivedAt) == previous), figures["intakeLastMonth"]!["count"]!.GetValue<long>());
    }

    [Fact]
    public async Task overview_and_kabupaten_count_what_was_generated()
    {
        var all = await Fixture.StoreGeneratedAsync();
        await Fixture.CaughtUpAsync();
        var now = DateTimeOffset.UtcNow;

        var overview = await Api.Get("/api/v1/dashboards/overview?province=35");
        Assert.True(overview.Status == HttpStatusCode.OK, overview.ToString());
        SameCounts(all, overview.Body!["figures"]!, now);
        Assert.Equal(0, overview.Body["lag"]!["events"]!.GetValue<long>());
        Assert.True(overview.Body["asOf"]!.GetValue<DateTimeOffset>() <= DateTimeOffset.UtcNow);
        // The province's overview has a row per kabupaten/kota (the console's bars), each counting its own cases.
        var perKabupaten = overview.Body["kabupaten"]!.AsArray();
        Assert.Contains(perKabupaten, row => row!["code"]!.GetValue<string>() == "35.07");
        foreach (var row in perKabupaten)
            SameCounts([.. all.Where(r => r.KabupatenCode == row!["code"]!.GetValue<string>())], row!["figures"]!, now);

        var kabupaten = await Api.Get("/api/v1/dashboards/kabupaten/35.07");
        SameCounts([.. all.Where(r => r.KabupatenCode == "35.07")], kabupaten.Body!["figures"]!, now);
        foreach (var row in kabupaten.Body["kecamatan"]!.AsArray())
            SameCounts([.. all.Where(r => r.KecamatanCode == row!["code"]!.GetValue<string>())], row!["figures"]!, now);

        // A supervisor's overview is their kabupaten; another kabupaten is refused.
        var supervisor = Api.As(Role.Supervisor, "35.78");
        var own = (await supervisor.Get("/api/v1/dashboards/overview")).Body!;
        SameCounts([.. all.Where(r => r.KabupatenCode == "35.78")], own["figures"]!, now);
        Assert.Empty(own["kabupaten"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.Get("/api/v1/dashboards/kabupaten/35.07")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Get("/api/v1/dashboards/kabupaten/35.07.01")).Status);
    }

    [Fact]
    public async Task coordinators_pasung_and_trend_count_what_was_generated()
    {
        var all = await Fixture.StoreGeneratedAsync();
        await Fixture.CaughtUpAsync();
        var today = ReadSide.Day(DateTimeOffset.UtcNow);

        var coordinators = await Api.Get("/api/v1/dashboards/coordinators?kabupaten=35.07");
        Assert.True(coordinators.Status == HttpStatusCode.OK, coordinators.ToString());
        var rows = coordinators.Body!["coordinators"]!.AsArray();
        Assert.Equal(4, rows.Count);
        foreach (var row in rows)
        {
            var id = Guid.Parse(row!["coordinatorId"]!.GetValue<string>());
            var mine = all.Where(r => r.CoordinatorId == id).ToList();
            Assert.Equal(mine.Count(r => r.Open), row["open"]!.GetValue<long>());
            Assert.Equal(mine.Sum(r => r.Resolutions.Count(at => ReadSide.Day(at) > today.AddDays(-30))), row["resolvedLast30Days"]!.GetValue<long>());
        }

        var pasung = await Api.Get("/api/v1/dashboards/pasung?province=35");
        foreach (var row in pasung.Body!["kabupaten"]!.AsArray())
        {
            var mine = all.Where(r => r.Pasung && r.KabupatenCode == row!["code"]!.GetValue<string>()).ToList();
            Assert.Equal(
                (mine.Count, mine.Count(r => r.Freed), mine.Count(r => r.InTreatment && r.Status is not ("closed" or "rejected")), mine.Sum(r => r.Relapses)),
                (row!["reported"]!.GetValue<long>(), row["freed"]!.GetValue<long>(), row["inTreatment"]!.GetValue<long>(), row["relapseEpisodes"]!.GetValue<long>()));
        }
        Assert.Equal(all.Count(r => r.Pasung), pasung.Body["total"]!["reported"]!.GetValue<long>());

        var trend = await Api.Get("/api/v1/dashboards/trend?months=7");
        var months = trend.Body!["months"]!.AsArray();
        Assert.Equal(7, months.Count);
        Assert.Equal(all.Count, months.Sum(m => m!["intake"]!.GetValue<long>()));
        foreach (var m in months)
        {
            var inMonth = all.Where(r => ReadSide.Month(r.ReceivedAt) == m!["month"]!.GetValue<string>()).ToList();
            Assert.Equal(inMonth.Count, m!["intake"]!.GetValue<long>());
            Assert.Equal(Counts(inMonth.Select(r => r.Category)), Map(m["byCategory"]));
            Assert.Equal(Counts(inMonth.Select(r => r.Channel)), Map(m["byChannel"]));
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Get("/api/v1/dashboards/trend?months=0")).Status);
    }

    [Fact]
    public async Task lag_is_reported_and_back_under_five_seconds_once_writes_stop()
    {
        await Fixture.StoreGeneratedAsync(count: 200);
        var first = await Api.Get("/api/v1/dashboards/overview");
        Assert.True(first.Body!["lag"]!["highWater"]!.GetValue<long>() > 0);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonNode lag;
        do
        {
            await Task.Delay(200);
            lag = (await Api.Get("/api/v1/dashboards/overview")).Body!["lag"]!;
        } while (lag["events"]!.GetValue<long>() > 0 && DateTime.UtcNow < deadline);
        Assert.Equal(0, lag["events"]!.GetValue<long>());
        Assert.True(lag["seconds"]!.GetValue<double>() < 5);

        var health = await Api.Get("/health/ready");
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal(0, ReadSideCheck(health)["data"]!["lagEvents"]!.GetValue<long>());
    }

    [Fact]
    public void the_projection_daemon_polls_at_the_configured_pace()
    {
        // ReadSide__PollWhenWaiting is set by the fixture; PollWhileBusy keeps its default. Marten's own are 1 s and 250 ms,
        // at which the dashboards trailed steady intake by over a second (docs/benchmarks.md).
        var daemon = Fixture.Host.Services.GetRequiredService<Marten.IDocumentStore>().Options.Events.Daemon;
        Assert.Equal(TimeSpan.FromMilliseconds(200), daemon.SlowPollingTime);
        Assert.Equal(TimeSpan.FromMilliseconds(100), daemon.FastPollingTime);
    }

    private static System.Text.Json.Nodes.JsonNode ReadSideCheck(Reply health) =>
        health.Node("checks")!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "read-side")!;}
