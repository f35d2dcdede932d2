using TKSK.Cases.Bench.Reporting;

namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// The case view by id, signed in (with a token once the service takes one), against a minimal
/// endpoint selecting the same JSON document by key from a copy of the service's own documents.
/// </summary>
public sealed class CaseViewScenario : Scenario
{
    public override string Name => "case view";

    public override async Task AtSmallAsync(BenchContext ctx)
    {
        var s = ctx.Settings;
        using (var copy = await ctx.BaselineClient.PostAsync("/setup/case-views", null)) copy.EnsureSuccessStatusCode();
        var ids = ctx.Lifecycles.Referrals.Select(r => r.Id).ToArray();
        Guid IdOf(long k) => ids[(int)(k * 7919 % ids.Length)];
        var service = await ctx.ServiceLoad.ClosedLoopAsync(s.Concurrency, s.Warmup, s.Duration, k => BenchContext.Get($"/api/v1/referrals/{IdOf(k)}"), ctx.Service);
        var raw = await ctx.BaselineLoad.ClosedLoopAsync(s.Concurrency, s.Warmup, s.Duration, k => BenchContext.Get($"/raw/referrals/{IdOf(k)}"), ctx.Baseline);
        ctx.Add(Throughput($"GET by id, c={s.Concurrency}", service, raw, Goal.AtLeastTimesBaseline(0.7)));
        ctx.Add(P99("GET by id, p99", service, raw));
    }
}
