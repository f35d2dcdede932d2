using TKSK.Cases.Bench.Load;
using TKSK.Cases.Bench.Reporting;

namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// A read whose cost must not grow with the store: one signed-in user (c=1) at the "10 k" point and
/// again at the "1 M" point; its baseline is itself at 10 k.
/// </summary>
public abstract class SizedQueryScenario : Scenario
{
    private LoadResult? _small;
    /// <summary>The store's size when the first point was measured (the label says what the fill reached).</summary>
    private string _smallAt = "";

    /// <summary>The request path for the k-th request (vary the parameters a real user varies).</summary>
    protected abstract string PathFor(BenchContext ctx, long k);
    /// <summary>How much p99 may grow from the small to the large store.</summary>
    protected abstract double Growth { get; }

    public override Task<string?> MissingAsync(BenchContext ctx) => ctx.ServiceLacksAsync(HttpMethod.Get, PathFor(ctx, 0));

    public override async Task AtSmallAsync(BenchContext ctx)
    {
        _smallAt = BenchContext.EventsLabel(await ctx.EventCountAsync());
        _small = await MeasureAsync(ctx);
    }

    public override async Task AtLargeAsync(BenchContext ctx)
    {
        var largeAt = BenchContext.EventsLabel(await ctx.EventCountAsync());
        var large = await MeasureAsync(ctx);
        var at = $"at {_smallAt}";
        ctx.Add(new ResultRow(Name, $"p50 at {largeAt} vs {at}", "ms", large.P50, _small?.P50, Goal.None) { GeneratorCpu = large.GeneratorCpu });
        ctx.Add(new ResultRow(Name, $"p99 at {largeAt} vs {at}", "ms", large.P99, _small?.P99, Goal.AtMostTimesBaseline(Growth, at))
        {
            GeneratorCpu = large.GeneratorCpu, Errors = large.Errors + (_small?.Errors ?? 0),
            Note = $"{largeAt}: {Stats(large)}" + (_small is null ? "" : $"; {_smallAt}: {Stats(_small)}"),
        });
    }

    private Task<LoadResult> MeasureAsync(BenchContext ctx) =>
        ctx.ServiceLoad.ClosedLoopAsync(1, ctx.Settings.Warmup, ctx.Settings.Duration, k => BenchContext.Get(PathFor(ctx, k)), ctx.Service);
}

/// <summary>One dashboard: p99 at 1 M ≤ 1.2 × p99 at 10 k (read models, not scans of the events).</summary>
public sealed class DashboardScenario(string dashboard, Func<BenchContext, long, string> path) : SizedQueryScenario
{
    public override string Name => $"dashboard: {dashboard}";
    protected override double Growth => 1.2;
    protected override string PathFor(BenchContext ctx, long k) => path(ctx, k);
}

/// <summary>The referral list, with or without a search text: p99 at 1 M ≤ 2 × p99 at 10 k.</summary>
public sealed class ListScenario(bool search) : SizedQueryScenario
{
    // Each needs a word of 3 letters or more, as the service does ("Bu W" was refused with 400 since item 3 of issue 25);
    // "Sukorejo" is East Java's most common desa name, named in the summaries of about 1 case in 200.
    private static readonly string[] Queries = ["Pak S", "Sukorejo", "pasung", "Kebraon", "lanjut usia", "JSC-2026"];
    public override string Name => search ? "list/search with q" : "list/search without q";
    protected override double Growth => 2;

    protected override string PathFor(BenchContext ctx, long k)
    {
        var kabupaten = ctx.Regions.ChildrenOf("35")![(int)(k % 38)].Code;
        return search
            ? $"/api/v1/referrals?q={Uri.EscapeDataString(Queries[k % Queries.Length])}&page=1&pageSize=20"
            : k % 2 == 0 ? $"/api/v1/referrals?status=in_progress&kabupaten={kabupaten}&page=1&pageSize=20" : $"/api/v1/referrals?page={1 + k % 5}&pageSize=20";
    }
}
