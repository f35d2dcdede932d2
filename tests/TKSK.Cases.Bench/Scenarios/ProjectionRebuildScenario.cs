using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using TKSK.Cases.Bench.Hosting;
using TKSK.Cases.Bench.Reporting;

namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// Rebuilding the projections from every event, with JasperFx's <c>projections rebuild</c> command
/// on the published service, against the floor: reading every event row and deserialising it into
/// its event type with System.Text.Json (in this process). The command's own start-up is taken out:
/// its time minus the time of <c>projections list</c>, which starts the same host and rebuilds nothing.
/// </summary>
public sealed class ProjectionRebuildScenario : Scenario
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    public override string Name => "projection rebuild";

    public override async Task<string?> MissingAsync(BenchContext ctx)
    {
        var (exit, output, _) = await ProjectionsAsync(ctx, "list");
        return exit == 0 && output.Contains("Referral", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"'projections list' (exit {exit}) names no projection to rebuild";
    }

    public override async Task AtLargeAsync(BenchContext ctx)
    {
        var events = await ctx.EventCountAsync();
        var (_, _, startOnly) = await ProjectionsAsync(ctx, "list");
        // The command gives each shard 5 minutes by default: at 1 M events every shard needs longer (the first full run failed so).
        var (exit, output, rebuild) = await ProjectionsAsync(ctx, "rebuild", "--shard-timeout", "02:00:00");
        if (exit != 0) throw new BenchFailure($"'projections rebuild' failed (exit {exit}): {string.Join('\n', output.Split('\n').TakeLast(10))}");
        var rebuildOnly = Math.Max(0.001, (rebuild - startOnly).TotalSeconds);
        var (read, floor, failures) = await ReadEveryEventAsync(ctx);
        ctx.Add(new ResultRow(Name, $"{ctx.LargeLabel}", "events/s", events / rebuildOnly, read / floor.TotalSeconds, Goal.AtLeastTimesBaseline(0.25))
        {
            Note = $"rebuild {rebuild.TotalSeconds:0.0} s less {startOnly.TotalSeconds:0.0} s of start-up ('projections list'); " +
                   $"read and deserialise {read} events in {floor.TotalSeconds:0.0} s" + (failures > 0 ? $", {failures} not deserialisable into their type" : ""),
        });
    }

    private static async Task<(long Events, TimeSpan Elapsed, long Failures)> ReadEveryEventAsync(BenchContext ctx)
    {
        var types = new ConcurrentDictionary<string, Type?>();
        long count = 0, failures = 0;
        var clock = Stopwatch.StartNew();
        await using var command = ctx.Database.CreateCommand("select mt_dotnet_type, data from tksk.mt_events order by seq_id");
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess);
        while (await reader.ReadAsync())
        {
            var type = types.GetOrAdd(reader.GetString(0), name => Type.GetType(name));
            var data = reader.GetString(1);
            try
            {
                _ = type is null ? JsonSerializer.Deserialize<JsonElement>(data, Json) : JsonSerializer.Deserialize(data, type, Json);
            }
            catch (JsonException) { failures++; }
            count++;
        }
        return (count, clock.Elapsed, failures);
    }

    private static async Task<(int Exit, string Output, TimeSpan Elapsed)> ProjectionsAsync(BenchContext ctx, string action, params string[] options)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(ctx.Publisher.ServiceDll)! };
        foreach (var a in new[] { ctx.Publisher.ServiceDll, "projections", action }.Concat(options)) info.ArgumentList.Add(a);
        foreach (var (k, v) in ctx.Access.ServiceSettings(ctx.ConnectionString)) info.Environment[k] = v;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = clock.Elapsed;
        var output = await stdout + await stderr;
        await File.WriteAllTextAsync(Path.Combine(ctx.LogDirectory, $"projections-{action}.log"), output);
        return (process.ExitCode, output, elapsed);
    }
}
