using TKSK.Cases.Bench.Data;
using TKSK.Cases.Bench.Load;
using TKSK.Cases.Bench.Reporting;

namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// Intake over HTTP, closed loop at each concurrency, against a minimal endpoint that inserts the
/// same JSON body with one INSERT; then both at 70 % of their own best rate (open loop), where the
/// issue asks for p99 ≤ 25 ms.
/// </summary>
public sealed class IntakeScenario : Scenario
{
    public override string Name => "intake";

    public override async Task AtSmallAsync(BenchContext ctx)
    {
        var s = ctx.Settings;
        var bodies = Bodies(ctx, 20_000, seed: 11);
        RequestFactory service = k => BenchContext.Post("/api/v1/referrals", bodies[k % bodies.Length]);
        RequestFactory baseline = k => BenchContext.Post("/raw/referrals", bodies[k % bodies.Length]);
        (double Rate, int Concurrency) bestService = (0, 1), bestBaseline = (0, 1);
        foreach (var c in s.IntakeConcurrency)
        {
            var svc = await ctx.ServiceLoad.ClosedLoopAsync(c, s.Warmup, s.Duration, service, ctx.Service);
            var raw = await ctx.BaselineLoad.ClosedLoopAsync(c, s.Warmup, s.Duration, baseline, ctx.Baseline);
            if (svc.PerSecond > bestService.Rate) bestService = (svc.PerSecond, c);
            if (raw.PerSecond > bestBaseline.Rate) bestBaseline = (raw.PerSecond, c);
            ctx.Add(Throughput($"c={c}", svc, raw, Goal.AtLeastTimesBaseline(0.5)));
        }
        // Open loop at 70 % of the best closed-loop rate, with room for twice the concurrency that
        // reached it: enough to absorb bursts, not so much that a stalled server gets 64 more connections.
        var atService = await ctx.ServiceLoad.PacedAsync(0.7 * bestService.Rate, Math.Max(8, 2 * bestService.Concurrency), s.Warmup, s.Duration, service, ctx.Service);
        var atBaseline = await ctx.BaselineLoad.PacedAsync(0.7 * bestBaseline.Rate, Math.Max(8, 2 * bestBaseline.Concurrency), s.Warmup, s.Duration, baseline, ctx.Baseline);
        ctx.Add(P99("p99 at 70 % of max", atService, atBaseline, Goal.AtMost(25, "ms")) with
        {
            Note = $"service paced at {0.7 * bestService.Rate:0} req/s: {Stats(atService)}; baseline paced at {0.7 * bestBaseline.Rate:0} req/s: {Stats(atBaseline)}",
            Errors = atService.Errors + atBaseline.Errors,
        });
    }

    /// <summary>Realistic intake bodies made before the clock starts, so making them costs the generator nothing.</summary>
    public static byte[][] Bodies(BenchContext ctx, int count, int seed)
    {
        var factory = new ReferralFactory(ctx.Regions, seed);
        return Enumerable.Range(0, count).Select(_ => factory.Next().Body).ToArray();
    }
}
