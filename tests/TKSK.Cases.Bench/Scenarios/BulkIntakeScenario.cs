using System.Text;
using TKSK.Cases.Bench.Load;
using TKSK.Cases.Bench.Reporting;

namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// Bulk intake, 500 referrals a request, against Npgsql binary COPY of the same rows. The baseline
/// runs even while the service has no batch endpoint, so that it is proven before the endpoint lands.
/// </summary>
public sealed class BulkIntakeScenario : Scenario
{
    private const string Path = "/api/v1/referral-batches";
    public override string Name => "bulk intake";

    public override async Task AtSmallAsync(BenchContext ctx)
    {
        var s = ctx.Settings;
        var bodies = IntakeScenario.Bodies(ctx, 20 * s.BatchSize, seed: 13);
        var batches = bodies.Chunk(s.BatchSize)
            .Select(chunk => Encoding.UTF8.GetBytes("{\"items\":[" + string.Join(',', chunk.Select(b => Encoding.UTF8.GetString(b))) + "]}"))
            .ToArray();
        var concurrency = 2;
        var copy = await ctx.BaselineLoad.ClosedLoopAsync(concurrency, s.Warmup, s.Duration, k => BenchContext.Post("/raw/referral-batches", batches[k % batches.Length]), ctx.Baseline);
        var missing = await ctx.ServiceLacksAsync(HttpMethod.Post, Path, "{\"items\":[]}"u8.ToArray());
        LoadResult? service = missing is null
            ? await ctx.ServiceLoad.ClosedLoopAsync(concurrency, s.Warmup, s.Duration, k => BenchContext.Post(Path, batches[k % batches.Length]), ctx.Service)
            : null;
        ctx.Add(new ResultRow(Name, $"{s.BatchSize} per request, c={concurrency}", "referrals/s", service?.PerSecond * s.BatchSize, copy.PerSecond * s.BatchSize, Goal.AtLeastTimesBaseline(0.3))
        {
            GeneratorCpu = Math.Max(copy.GeneratorCpu, service?.GeneratorCpu ?? 0), Errors = copy.Errors + (service?.Errors ?? 0),
            Note = (missing is null ? $"service: {Stats(service!)}; " : $"service not available yet ({missing}); ") + $"baseline (binary COPY): {Stats(copy)}",
        });
    }
}
