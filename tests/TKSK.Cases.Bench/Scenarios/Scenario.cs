using TKSK.Cases.Bench.Load;
using TKSK.Cases.Bench.Reporting;

namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// One scenario of the table. A run has four moments, and a scenario takes part in those it
/// overrides: <see cref="StartupAsync"/> (nothing running yet), then with the service and baseline
/// running, <see cref="AtSmallAsync"/> (the store at the "10 k" point) and <see cref="AtLargeAsync"/>
/// (at the "1 M" point). <see cref="MissingAsync"/> is asked once the service runs: a scenario whose
/// endpoint is not in the service yet is reported as "not available yet" and skipped.
/// </summary>
public abstract class Scenario
{
    public abstract string Name { get; }
    public virtual Task<string?> MissingAsync(BenchContext ctx) => Task.FromResult<string?>(null);
    public virtual Task StartupAsync(BenchContext ctx) => Task.CompletedTask;
    public virtual Task AtSmallAsync(BenchContext ctx) => Task.CompletedTask;
    public virtual Task AtLargeAsync(BenchContext ctx) => Task.CompletedTask;

    protected static string Stats(LoadResult r) =>
        $"{r.PerSecond:0} req/s, p50 {r.P50:0.0} / p95 {r.P95:0.0} / p99 {r.P99:0.0} ms" + (r.Errors > 0 ? $", {r.Errors} errors" : "");

    /// <summary>Throughput of the service against its baseline, with both runs' latencies in the details.</summary>
    protected ResultRow Throughput(string measure, LoadResult service, LoadResult? baseline, Goal goal) =>
        new(Name, measure, "req/s", service.PerSecond, baseline?.PerSecond, goal)
        {
            GeneratorCpu = Math.Max(service.GeneratorCpu, baseline?.GeneratorCpu ?? 0), TargetCpu = service.TargetCpu,
            Errors = service.Errors + (baseline?.Errors ?? 0),
            Note = $"service: {Stats(service)}" + (baseline is null ? "" : $"; baseline: {Stats(baseline)}")
                   + ((service.FirstError ?? baseline?.FirstError) is { } e ? $"; first error: {e}" : ""),
        };

    protected ResultRow P99(string measure, LoadResult service, LoadResult? baseline, Goal? goal = null) =>
        new(Name, measure, "ms", service.P99, baseline?.P99, goal ?? Goal.None) { GeneratorCpu = Math.Max(service.GeneratorCpu, baseline?.GeneratorCpu ?? 0) };
}
