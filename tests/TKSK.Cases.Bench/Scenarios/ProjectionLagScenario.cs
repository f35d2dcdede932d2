using TKSK.Cases.Bench.Reporting;

namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// Asynchronous projection lag under a steady 200 intakes/s: measured in the database, so it does
/// not depend on how a dashboard words its lag. Every 100 ms: for each projection shard in
/// mt_event_progression, how old the first event it has not processed yet is (0 when caught up).
/// The load starts only once the daemon has caught up with the fill before it (the catch-up is reported
/// on its own): otherwise the figure is the fill's backlog, not the lag under 200 intakes/s.
/// </summary>
public sealed class ProjectionLagScenario : Scenario
{
    public override string Name => "async projection lag";

    public override async Task<string?> MissingAsync(BenchContext ctx)
    {
        await using var command = ctx.Database.CreateCommand("select count(*) from tksk.mt_event_progression where name not like 'HighWater%'");
        return (long)(await command.ExecuteScalarAsync())! > 0 ? null : "no asynchronous projection runs in the service yet (tksk.mt_event_progression has no shard)";
    }

    public override async Task AtLargeAsync(BenchContext ctx)
    {
        var s = ctx.Settings;
        var catchUp = await ctx.ProjectionCatchUpAsync(ctx.Settings.CatchUpLimit);
        var firstSeq = await ctx.MaxEventSequenceAsync();
        var bodies = IntakeScenario.Bodies(ctx, (int)(s.LagRate * s.LagDuration.TotalSeconds) + 100, seed: 17);
        using var stop = new CancellationTokenSource();
        var samples = new List<double>();
        var sampling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                samples.Add(await ctx.ProjectionLagSecondsAsync());
                try { await Task.Delay(100, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var load = await ctx.ServiceLoad.PacedAsync(s.LagRate, 64, TimeSpan.Zero, s.LagDuration, k => BenchContext.Post("/api/v1/referrals", bodies[k % bodies.Length]), ctx.Service);
        await stop.CancelAsync();
        await sampling;
        var gaps = await ctx.SequenceGapsAsync(firstSeq);
        var spikes = samples.Count(x => x > 0.5);
        samples.Sort();
        double At(double q) => samples.Count == 0 ? double.NaN : samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(samples.Count * q) - 1)];
        var p99 = At(0.99);
        ctx.Add(new ResultRow(Name, $"p99 lag at {s.LagRate:0} intakes/s for {s.LagDuration.TotalSeconds:0} s", "s", p99, null, Goal.Below(1, "s"))
        {
            GeneratorCpu = load.GeneratorCpu, Errors = load.Errors,
            Note = $"{samples.Count} samples, p50 {At(0.5):0.00} / p90 {At(0.9):0.00} / max {samples.LastOrDefault():0.00} s, {spikes} over 0.5 s; " +
                   $"{gaps} sequence numbers left unused by rolled-back appends meanwhile; intake achieved {Stats(load)}; before the load {catchUp}",
        });
    }
}
