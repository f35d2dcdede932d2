using System.Net;
using System.Text.Json.Nodes;
using TKSK.Cases.Access;
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

        Assert.Contains("percentile_cont", (await Api.Get("/api/v1/dashboards/sla")).Body!["percentileMethod"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Get($"/api/v1/dashboards/sla?asOf={today.AddDays(2):yyyy-MM-dd}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.As(Role.Supervisor, "35.78").Get("/api/v1/dashboards/sla?kabupaten=35.17")).Status);
    }
}
