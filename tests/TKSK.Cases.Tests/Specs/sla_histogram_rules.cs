using TKSK.Cases.Dashboards;

namespace TKSK.Cases.Tests.Specs;

/// <summary>The SLA dashboard's buckets: where a duration lands, and how far a percentile read from them can be from the exact one.</summary>
public sealed class sla_histogram_rules
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, double> Targets = new() { ["emergency"] = 1, ["high"] = 8, ["normal"] = 24 };

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 1)]
    [InlineData(60, 1)]
    [InlineData(61, 2)]
    [InlineData(120 * 60, 120)]
    [InlineData(120 * 60 + 1, 125)]
    [InlineData(24 * 3600, 1440)]
    [InlineData(24 * 3600 + 1, 1500)]
    [InlineData(30 * 86400, 43200)]
    [InlineData(30 * 86400 + 1, 44640)]
    public void a_duration_lands_in_the_bucket_whose_upper_edge_it_does_not_pass(int seconds, long upperMinutes) =>
        Assert.Equal(upperMinutes, SlaHistograms.UpperMinutes(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void a_negative_duration_counts_as_none() => Assert.Equal(0, SlaHistograms.UpperMinutes(TimeSpan.FromMinutes(-5)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void percentiles_stay_within_a_bucket_of_the_exact_ones_and_breaches_are_exact(int seed)
    {
        var random = new Random(seed);
        var urgencies = Targets.Keys.ToArray();
        // Durations from seconds to two months, log-spread, so every bucket width is exercised.
        var done = Enumerable.Range(0, 400).Select(_ => (Urgency: urgencies[random.Next(3)], Duration: TimeSpan.FromMinutes(Math.Pow(2, random.NextDouble() * 16) - 0.5))).ToList();
        var open = Enumerable.Range(0, 100).Select(_ => (Urgency: urgencies[random.Next(3)], Started: Now - TimeSpan.FromMinutes(random.Next(1, 20_000)))).ToList();
        var counters = done.Select(d => $"done|s|{d.Urgency}|{SlaHistograms.UpperMinutes(d.Duration)}")
            .Concat(open.Select(o => $"open|s|{o.Urgency}|{o.Started.ToUnixTimeSeconds() / 60}"))
            .GroupBy(c => c).Select(g => new KeyValuePair<string, long>(g.Key, g.Count()));

        var figures = SlaHistograms.Figures("s", counters, Targets, Now);

        var hours = done.Select(d => (d.Urgency, Hours: d.Duration.TotalHours)).Concat(open.Select(o => (o.Urgency, Hours: (Now - o.Started).TotalHours))).ToList();
        var sorted = hours.Select(h => h.Hours).Order().ToList();
        Assert.Equal(500, figures.Count);
        Assert.Equal(100, figures.Open);
        Assert.Equal(hours.Count(h => h.Hours > Targets[h.Urgency]), figures.Breaches);
        foreach (var (p, got) in new[] { (0.5, figures.MedianHours), (0.9, figures.P90Hours) })
        {
            var exact = Exact(sorted, p);
            Assert.InRange(got!.Value, exact - Bound(exact), exact + Bound(exact));
        }
    }

    [Fact]
    public void no_stage_gives_no_percentile() => Assert.Null(SlaHistograms.Figures("s", [], Targets, Now).MedianHours);

    /// <summary>The README's bound: the width of the bucket the percentile falls in (the next wider one at an edge), plus a minute for open stages.</summary>
    public static double Bound(double hours) => (SlaHistograms.WidthBelow((long)Math.Ceiling(hours * 60 * 1.1) + 1) + 1) / 60.0;

    public static double Exact(List<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }
}
