using TKSK.Cases.Bench.Hosting;
using TKSK.Cases.Bench.Reporting;

namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// From process start to the first 200 of /health/ready, several times each (schema already in
/// place, as on any restart), against a bare ASP.NET Core app started the same way.
/// </summary>
public sealed class ColdStartScenario : Scenario
{
    public override string Name => "cold start";

    public override async Task StartupAsync(BenchContext ctx)
    {
        var service = new List<double>();
        var bare = new List<double>();
        for (var i = 0; i < ctx.Settings.ColdStarts; i++)
        {
            await using (var app = await BenchApps.StartAsync("service-cold", ctx.Publisher.ServiceDll, ctx.Access.ServiceSettings(ctx.ConnectionString), ctx.LogDirectory))
                service.Add(app.StartedIn.TotalSeconds);
            await using (var app = await BenchApps.StartAsync("bare-cold", ctx.Publisher.BaselineDll, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = ctx.Access.Environment }, ctx.LogDirectory, ["--bare"]))
                bare.Add(app.StartedIn.TotalSeconds);
        }
        var runs = $"{service.Count} runs each: service {string.Join(", ", service.Select(s => s.ToString("0.00")))} s; bare {string.Join(", ", bare.Select(s => s.ToString("0.00")))} s";
        ctx.Add(new ResultRow(Name, "to /health/ready, median", "s", Median(service), Median(bare), Goal.AtMostTimesBaseline(4, "bare app")) { Note = runs });
        ctx.Add(new ResultRow(Name, "to /health/ready, min", "s", service.Min(), bare.Min(), Goal.None));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
