using System.Net;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TKSK.Cases.Access;
using TKSK.Cases.Dashboards;
using TKSK.Cases.Regions;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>SLA time-in-stage at two past dates, against figures computed here from the generated referrals' own times.</summary>
public sealed class sla_dashboard(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    // The shipped deadlines (docs/workflow.md), in hours: a breach here is a missed deadline there.
    private static readonly Dictionary<string, Dictionary<string, double>> Targets = new()
    {
        ["awaiting_desk_assessment"] = new() { ["emergency"] = 1, ["high"] = 8, ["normal"] = 24 },
        ["awaiting_acceptance"] = new() { ["emergency"] = 2, ["high"] = 12, ["normal"] = 48 },
        ["to_first_visit"] = new() { ["emergency"] = 24, ["high"] = 72, ["normal"] = 168 },
        ["to_resolution"] = new() { ["emergency"] = 168, ["high"] = 336, ["normal"] = 720 },
    };

    /// <summary>Linear interpolation between closest ranks, as written out in docs/read-side.md (R type 7).</summary>
    private static double Percentile(List<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    /// <summary>(stage, urgency, started, ended-or-null) of one referral as it stood at <paramref name="asOf"/>.</summary>
    private static IEnumerable<(string Stage, string Urgency, DateTimeOffset Started, DateTimeOffset? Ended)> Stages(GeneratedReferral r, DateTimeOffset asOf)
    {
        DateTimeOffset? Known(DateTimeOffset? at) => at < asOf ? at : null;
        yield return ("awaiting_desk_assessment", r.IntakeUrgency, r.ReceivedAt, Known(r.DeskAt));
        if (Known(r.FirstAssignedAt) is { } assigned) yield return ("awaiting_acceptance", r.Urgency, assigned, Known(r.FirstAcceptedAt));
        if (Known(r.FirstAcceptedAt) is not { } accepted) yield break;
        yield return ("to_first_visit", r.Urgency, accepted, Known(r.FirstVisitRecordedAt) is null ? null : r.FirstVisitAt);
        yield return ("to_resolution", r.Urgency, accepted, Known(r.FirstResolvedAt));
    }

    private static void Check(IReadOnlyList<GeneratedReferral> all, JsonNode body, Func<GeneratedReferral, string> group, DateOnly from, DateOnly to)
    {
        var asOf = body["asOf"]!.GetValue<DateTimeOffset>();
        var window = all.Where(r => r.ReceivedAt < asOf && ReadSide.Day(r.ReceivedAt) >= from && ReadSide.Day(r.ReceivedAt) <= to).ToList();
        var expected = window.SelectMany(r => Stages(r, asOf).Select(s => (Group: group(r), s.Stage, s.Urgency, Open: s.Ended is null,
                Hours: ((s.Ended ?? asOf) - s.Started).TotalHours)))
            .GroupBy(x => (x.Group, x.Stage)).ToDictionary(g => g.Key, g => g.ToList());
        var seen = 0;
        foreach (var row in body["rows"]!.AsArray())
        foreach (var stage in row!["stages"]!.AsArray())
        {
            var key = (row["code"]!.GetValue<string>(), stage!["stage"]!.GetValue<string>());
            var want = expected[key];
            var hours = want.Select(w => w.Hours).Order().ToList();
            Assert.Equal(want.Count, stage["count"]!.GetValue<long>());
            Assert.Equal(want.Count(w => w.Open), stage["open"]!.GetValue<long>());
            Assert.Equal(Percentile(hours, 0.5), stage["medianHours"]!.GetValue<double>(), 0.001);
            Assert.Equal(Percentile(hours, 0.9), stage["p90Hours"]!.GetValue<double>(), 0.001);
            Assert.Equal(want.Count(w => w.Hours > Targets[w.Stage][w.Urgency]), stage["breaches"]!.GetValue<long>());
            seen++;
        }
        Assert.Equal(expected.Count, seen);
    }

    [Fact]
    public async Task figures_as_of_two_past_dates_match_the_referrals_own_times()
    {
        var all = await Fixture.StoreGeneratedAsync(count: 400);
        await Fixture.CaughtUpAsync();
        var today = ReadSide.Day(DateTimeOffset.UtcNow);

        foreach (var daysAgo in new[] { 20, 75 })
        {
            var asOf = today.AddDays(-daysAgo);
            var reply = await Api.Get($"/api/v1/dashboards/sla?asOf={asOf:yyyy-MM-dd}");
            Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
            Assert.Equal(new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), Wib), reply.Body!["asOf"]!.GetValue<DateTimeOffset>());
            Assert.Equal("kabupaten", reply.Body["groupedBy"]!.GetValue<string>());
            Check(all, reply.Body, r => r.KabupatenCode, asOf.AddDays(-89), asOf);

            var from = asOf.AddDays(-40);
            var perKecamatan = await Api.Get($"/api/v1/dashboards/sla?kabupaten=35.17&from={from:yyyy-MM-dd}&asOf={asOf:yyyy-MM-dd}");
            Assert.Equal("kecamatan", perKecamatan.Body!["groupedBy"]!.GetValue<string>());
            Check([.. all.Where(r => r.KabupatenCode == "35.17")], perKecamatan.Body, r => r.KecamatanCode, from, asOf);
        }

        Assert.StartsWith("PostgreSQL percentile_cont", Method(await Api.Get($"/api/v1/dashboards/sla?asOf={today.AddDays(-1):yyyy-MM-dd}")));
        Assert.StartsWith("From duration buckets", Method(await Api.Get($"/api/v1/dashboards/sla?asOf={today:yyyy-MM-dd}")));
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Get($"/api/v1/dashboards/sla?asOf={today.AddDays(2):yyyy-MM-dd}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.As(Role.Supervisor, "35.78").Get("/api/v1/dashboards/sla?kabupaten=35.17")).Status);
    }

    private static string Method(Reply reply) => reply.Body!["percentileMethod"]!.GetValue<string>();

    /// <summary>
    /// Today's figures (no asOf) come from the day-and-region histograms: counts and breaches exact, percentiles within the
    /// bucket width stated in the answer. Gresik (35.25) holds no other test's referrals.
    /// </summary>
    [Fact]
    public async Task todays_figures_match_the_referrals_own_times_within_a_bucket()
    {
        var all = await StoreInAsync("35.25", count: 300, seed: 11);
        await Fixture.CaughtUpAsync();

        var reply = await Api.Get("/api/v1/dashboards/sla?kabupaten=35.25");
        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        Assert.StartsWith("From duration buckets", Method(reply));
        var asOf = reply.Body!["asOf"]!.GetValue<DateTimeOffset>();
        var today = ReadSide.Day(asOf);
        var window = all.Where(r => ReadSide.Day(r.ReceivedAt) >= today.AddDays(-89)).ToList();
        var expected = window.SelectMany(r => Stages(r, asOf).Select(s => (r.KecamatanCode, s.Stage, s.Urgency, Open: s.Ended is null,
                Hours: ((s.Ended ?? asOf) - s.Started).TotalHours)))
            .GroupBy(x => (x.KecamatanCode, x.Stage)).ToDictionary(g => g.Key, g => g.ToList());
        var seen = 0;
        foreach (var row in reply.Body["rows"]!.AsArray())
        foreach (var stage in row!["stages"]!.AsArray())
        {
            var want = expected[(row["code"]!.GetValue<string>(), stage!["stage"]!.GetValue<string>())];
            var sorted = want.Select(w => w.Hours).Order().ToList();
            Assert.Equal(want.Count, stage["count"]!.GetValue<long>());
            Assert.Equal(want.Count(w => w.Open), stage["open"]!.GetValue<long>());
            foreach (var (p, name) in new[] { (0.5, "medianHours"), (0.9, "p90Hours") })
            {
                var exact = Specs.sla_histogram_rules.Exact(sorted, p);
                Assert.InRange(stage[name]!.GetValue<double>(), exact - Specs.sla_histogram_rules.Bound(exact), exact + Specs.sla_histogram_rules.Bound(exact));
            }
            // An open stage is timed from the middle of the minute it started: one within a minute of its target may go either way.
            var target = (string u) => Targets[stage["stage"]!.GetValue<string>()][u];
            var breaches = want.Count(w => w.Hours > target(w.Urgency));
            var unsure = want.Count(w => w.Open && Math.Abs(w.Hours - target(w.Urgency)) < 1.0 / 60);
            Assert.InRange(stage["breaches"]!.GetValue<long>(), breaches - unsure, breaches + unsure);
            seen++;
        }
        Assert.Equal(expected.Count, seen);
    }

    /// <summary>
    /// A store from before the histograms (its facts but no SLA figures) gets them on the projection's next page, counted
    /// from the facts, with no rebuild: the same documents as those kept event by event. Whatever figures were stored
    /// without the mark of a full count are replaced, not added to.
    /// </summary>
    [Fact]
    public async Task a_store_without_histograms_gets_them_counted_from_its_facts()
    {
        await StoreInAsync("35.26", count: 120, seed: 12);
        await StoreInAsync("35.28", count: 60, seed: 14);
        await Fixture.CaughtUpAsync();
        var (kept, untouched) = (await SlaFiguresOfAsync("35.26"), await SlaFiguresOfAsync("35.28"));
        Assert.NotEmpty(kept);

        await using (var session = Fixture.Store.LightweightSession())
        {
            session.DeleteWhere<SlaFigures>(d => d.RegionCode == "35.26" || d.ParentCode == "35.26");
            session.Delete<SlaFiguresComplete>(SlaFiguresComplete.Key);
            await session.SaveChangesAsync();
        }
        Assert.Empty(await SlaFiguresOfAsync("35.26"));
        // Any event wakes the projection; this one lands elsewhere.
        await StoreInAsync("35.27", count: 1, seed: 13);
        await Fixture.CaughtUpAsync();

        Assert.Equal(Flat(kept), Flat(await SlaFiguresOfAsync("35.26")));
        Assert.Equal(Flat(untouched), Flat(await SlaFiguresOfAsync("35.28")));
        await using var query = Fixture.Store.QuerySession();
        Assert.NotNull(await query.LoadAsync<SlaFiguresComplete>(SlaFiguresComplete.Key));
    }

    private static List<string> Flat(List<SlaFigures> documents) =>
        [.. documents.Select(d => d.Id + ": " + string.Join(",", d.Counts.OrderBy(c => c.Key, StringComparer.Ordinal)))];

    private async Task<List<SlaFigures>> SlaFiguresOfAsync(string kabupaten)
    {
        await using var query = Fixture.Store.QuerySession();
        return [.. (await query.Query<SlaFigures>().Where(d => d.RegionCode == kabupaten || d.ParentCode == kabupaten).ToListAsync()).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    private async Task<List<GeneratedReferral>> StoreInAsync(string kabupaten, int count, int seed)
    {
        var regions = Fixture.Host.Services.GetRequiredService<RegionCatalog>();
        var kecamatan = ReferralGenerator.KecamatanOf(regions, 4, kabupaten);
        var referrals = new ReferralGenerator(seed, DateTimeOffset.UtcNow, kecamatan, regions).Generate(count).ToList();
        await using (var session = Fixture.Store.LightweightSession())
        {
            session.Store(kecamatan.Select(k => ReferralGenerator.CoordinatorOf(k.Code, regions)).ToArray());
            await session.SaveChangesAsync();
        }
        await ReferralGenerator.AppendAsync(Fixture.Store, referrals);
        return referrals;
    }
}
