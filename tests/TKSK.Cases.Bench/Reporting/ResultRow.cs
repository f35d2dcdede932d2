namespace TKSK.Cases.Bench.Reporting;

/// <summary>
/// A goal from the issue. Most compare the service with a baseline measured in the same run (a
/// ratio, so a noisy machine moves both); a few are the absolute limits (p99, memory).
/// Reported, never asserted: CI runs the quick mode only to prove the tool works.
/// </summary>
public sealed record Goal(string Text, Func<ResultRow, bool?> Check)
{
    /// <summary>service / baseline ≥ factor (throughput).</summary>
    public static Goal AtLeastTimesBaseline(double factor) => new($"≥ {factor:0.##}× baseline", r => r.Ratio >= factor);
    /// <summary>service / baseline ≤ factor (latency against its own smaller run, times against a bare app).</summary>
    public static Goal AtMostTimesBaseline(double factor, string baseline = "baseline") => new($"≤ {factor:0.##}× {baseline}", r => r.Ratio <= factor);
    public static Goal AtMost(double limit, string unit) => new($"≤ {limit:0.##} {unit}", r => r.Service <= limit);
    public static Goal Below(double limit, string unit) => new($"< {limit:0.##} {unit}", r => r.Service < limit);
    public static readonly Goal None = new("", _ => null);
}

/// <summary>One line of the results: a measure of one scenario, the service's figure beside its baseline's.</summary>
public sealed record ResultRow(string Scenario, string Measure, string Unit, double? Service, double? Baseline, Goal Goal)
{
    public double? Ratio => Service is { } s && Baseline is { } b && b != 0 && !double.IsNaN(s) && !double.IsNaN(b) ? s / b : null;
    public bool? Met => Service is null || double.IsNaN(Service.Value) ? null : Goal.Check(this);
    /// <summary>The load generator's CPU share while measuring this row (0–1 of all cores), when it ran load.</summary>
    public double? GeneratorCpu { get; init; }
    /// <summary>The measured process's CPU share (service, or baseline when only a baseline ran).</summary>
    public double? TargetCpu { get; init; }
    public string? Note { get; init; }
    public long? Errors { get; init; }

    public static ResultRow NotAvailable(string scenario, string why) =>
        new(scenario, "not available yet", "", null, null, Goal.None) { Note = why };
}
