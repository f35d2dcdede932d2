using TKSK.Cases.Bench.Reporting;

namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// The framework's share of intake: the service against an endpoint that does the same database
/// work by hand (duplicate look-up with the next case number, stream row, event row, case document, one
/// transaction) on copies of Marten's own tables with all their indexes, filled with the service's
/// own rows just before.
/// </summary>
public sealed class IntakeOverheadScenario : Scenario
{
    public override string Name => "intake, framework overhead";

    public override async Task AtSmallAsync(BenchContext ctx)
    {
        var s = ctx.Settings;
        var bodies = IntakeScenario.Bodies(ctx, 20_000, seed: 12);
        using (var copy = await ctx.BaselineClient.PostAsync("/setup/by-hand", null)) copy.EnsureSuccessStatusCode();
        var service = await ctx.ServiceLoad.ClosedLoopAsync(s.Concurrency, s.Warmup, s.Duration, k => BenchContext.Post("/api/v1/referrals", bodies[k % bodies.Length]), ctx.Service);
        var byHand = await ctx.BaselineLoad.ClosedLoopAsync(s.Concurrency, s.Warmup, s.Duration, k => BenchContext.Post("/by-hand/referrals", bodies[k % bodies.Length]), ctx.Baseline);
        ctx.Add(Throughput($"c={s.Concurrency}", service, byHand, Goal.AtLeastTimesBaseline(0.8)));
    }
}
