using TKSK.Cases.Bench.Reporting;

namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// Resident memory (/proc/&lt;pid&gt;/status): VmRSS of the idle service just after start, and its peak
/// (VmHWM) once every scenario up to the large store has run. The baseline app's figures beside them
/// are for reference; the goals are the limits.
/// </summary>
public sealed class MemoryScenario : Scenario
{
    public override string Name => "memory";

    public override Task AtSmallAsync(BenchContext ctx)
    {
        ctx.Add(new ResultRow(Name, "RSS idle after start", "MiB", ctx.IdleServiceRss, ctx.IdleBaselineRss, Goal.AtMost(200, "MiB")) { Note = "baseline column: the baseline app, idle" });
        return Task.CompletedTask;
    }

    public override Task AtLargeAsync(BenchContext ctx)
    {
        var (_, peak) = ctx.Service.Memory();
        var (_, baselinePeak) = ctx.Baseline.Memory();
        ctx.Add(new ResultRow(Name, $"peak RSS (VmHWM) up to {ctx.LargeLabel}", "MiB", peak, baselinePeak, Goal.AtMost(400, "MiB")) { Note = "baseline column: the baseline app's peak" });
        return Task.CompletedTask;
    }
}
