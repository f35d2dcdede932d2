using System.Diagnostics;
using System.Runtime.InteropServices;
using Spectre.Console;
using TKSK.Cases.Bench.Data;
using TKSK.Cases.Bench.Hosting;
using TKSK.Cases.Bench.Load;
using TKSK.Cases.Bench.Reporting;
using TKSK.Cases.Bench.Scenarios;
using TKSK.Cases.EmbeddedPostgres;

namespace TKSK.Cases.Bench;

/// <summary>
/// One benchmark run: build as production does, start a private PostgreSQL, time cold starts, start
/// the service and the baseline app, fill the store through the API to the small point, run the
/// scenarios, fill on to the large point, run the size-dependent ones again, write the results.
/// </summary>
public sealed class BenchRun(BenchSettings settings, string repository)
{
    private readonly string _artifacts = Path.Combine(repository, "artifacts", "bench");
    private readonly List<string> _failures = [];

    public async Task<int> RunAsync()
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var logs = Path.Combine(_artifacts, "logs", $"{startedAt:yyyyMMdd-HHmmss}");
        Directory.CreateDirectory(logs);
        var access = new ServiceAccess(settings.Environment, settings.TypeLoadMode);
        var publisher = new Publisher(repository, _artifacts, settings.Environment);
        Say($"[bold]TKSK.Cases benchmark[/], {settings.Mode} mode: {Machine()}");
        if (settings.Publish) await publisher.PublishAsync(Step);
        else publisher.CheckPublished();

        // In the clone (git-ignored), or, when the 'postgres' account cannot enter it, beside the
        // clone's own embedded data under /var/lib/tksk-cases: one folder per clone either way.
        var (dataDirectory, _) = DataLocation.Choose(Path.Combine(_artifacts, "postgres"),
            Path.Combine(Path.GetDirectoryName(DataLocation.SystemStateFor(repository))!, "bench-postgres"));
        if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
        Step($"starting a throwaway PostgreSQL (fsync off) in {dataDirectory}");
        var cluster = await PostgresCluster.StartAsync(dataDirectory, throwaway: true);
        var connection = cluster.ConnectionString + ";Maximum Pool Size=100";
        var ctx = new BenchContext(settings, publisher, access, connection, logs) { Say = line => AnsiConsole.MarkupLineInterpolated($"[grey]{line}[/]") };
        var scenarios = ScenarioCatalog.All()
            .Where(s => settings.Only.Length == 0 || settings.Only.Any(o => s.Name.Contains(o, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var available = new List<Scenario>();
        try
        {
            Step("first start of the service: creates the schema (not timed)");
            await using (await BenchApps.StartAsync("service-first", publisher.ServiceDll, access.ServiceSettings(connection), logs, timeout: TimeSpan.FromMinutes(3))) { }

            foreach (var scenario in scenarios) await Guarded(ctx, scenario, s => s.StartupAsync(ctx));

            Step($"starting the service and the baseline app ({access.Environment}, pre-generated code: {access.TypeLoadMode})");
            ctx.Service = await BenchApps.StartAsync("service", publisher.ServiceDll, access.ServiceSettings(connection), logs);
            ctx.Baseline = await BenchApps.StartAsync("baseline", publisher.BaselineDll,
                new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = access.Environment, ["ConnectionStrings__Baseline"] = connection }, logs);
            await Task.Delay(TimeSpan.FromSeconds(5));
            ctx.IdleServiceRss = ctx.Service.Memory().Rss;
            ctx.IdleBaselineRss = ctx.Baseline.Memory().Rss;

            using var anonymous = BenchContext.Client(ctx.Service.BaseAddress, null);
            var token = await access.TokenAsync(anonymous);
            ctx.Notes.Add(token is null
                ? "Requests carry no token: the service has no token sign-in yet (Development's X-Actor sign-in applies)."
                : $"Requests carry a bearer token ({(access.IsProduction ? "signed by the benchmark with the key it gave the service" : "from POST /api/v1/dev/tokens")}).");
            ctx.ServiceClient = BenchContext.Client(ctx.Service.BaseAddress, token);
            ctx.BaselineClient = BenchContext.Client(ctx.Baseline.BaseAddress, null);
            using (var setup = await ctx.BaselineClient.PostAsync("/setup", null)) setup.EnsureSuccessStatusCode();
            ctx.Lifecycles = new Lifecycles(ctx.ServiceClient, ctx.Regions);
            await ctx.Lifecycles.EnsureCoordinatorsAsync(Step);

            ctx.SmallLabel = BenchContext.EventsLabel(await FillAsync(ctx, settings.SmallEvents, seed: 1));
            await WarmUpAsync(ctx);
            await CatchUpAsync(ctx);
            Step($"the store is at {ctx.SmallLabel}: per-request scenarios and the first size point");
            foreach (var scenario in scenarios)
            {
                string? missing = null;
                await Guarded(ctx, scenario, async s => missing = await s.MissingAsync(ctx));
                if (missing is not null)
                {
                    ctx.Add(ResultRow.NotAvailable(scenario.Name, missing));
                    continue;
                }
                available.Add(scenario);
                await Guarded(ctx, scenario, s => s.AtSmallAsync(ctx));
            }

            ctx.LargeLabel = BenchContext.EventsLabel(await FillAsync(ctx, settings.LargeEvents, seed: 2));
            await CatchUpAsync(ctx);
            Step($"the store is at {ctx.LargeLabel}: the second size point");
            foreach (var scenario in available) await Guarded(ctx, scenario, s => s.AtLargeAsync(ctx));
            if (settings.Hold) await HoldAsync(ctx);
        }
        finally
        {
            if (ctx.Service is not null) await ctx.Service.DisposeAsync();
            if (ctx.Baseline is not null) await ctx.Baseline.DisposeAsync();
            var postgres = await PostgresVersionAsync(ctx);
            await ctx.Database.DisposeAsync();
            await cluster.DisposeAsync();
            try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
            File.Delete(dataDirectory + ".lock");

            var notes = ctx.Notes.Concat(_failures).ToList();
            var info = new RunInfo(settings.Mode, startedAt, clock.Elapsed, Machine(), Commit(), access.Environment, access.TypeLoadMode,
                postgres, ctx.SmallLabel, ctx.LargeLabel, notes);
            Report.ToConsole(info, ctx.Rows);
            var (md, json) = Report.Write(settings.OutputDirectory ?? Path.Combine(repository, "tests", "TKSK.Cases.Bench", "results"), info, ctx.Rows);
            foreach (var n in notes) AnsiConsole.MarkupLineInterpolated($"[yellow]note:[/] {n}");
            Say($"results: {Markup.Escape(md)} and {Markup.Escape(json)}; logs: {Markup.Escape(logs)} ({clock.Elapsed.TotalMinutes:0.0} min)");
        }
        return _failures.Count == 0 ? 0 : 1;
    }

    /// <summary>A scenario that throws is reported and the run goes on; the exit code says so at the end.</summary>
    private async Task Guarded(BenchContext ctx, Scenario scenario, Func<Scenario, Task> phase)
    {
        try { await phase(scenario); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failures.Add($"{scenario.Name} failed: {e.GetType().Name}: {e.Message}");
            ctx.Add(new ResultRow(scenario.Name, "FAILED", "", null, null, Goal.None) { Note = e.Message });
        }
    }

    /// <summary>
    /// Both apps under load for a while before anything is measured: right after start the JIT still
    /// runs unoptimised code (tiered compilation), and a first quick run measured the one-INSERT
    /// baseline at half the rate it reached a minute later. The generated data warms only the service.
    /// </summary>
    private async Task WarmUpAsync(BenchContext ctx)
    {
        var time = settings.Warmup * 5;
        Step($"warming up the service and the baseline app ({time.TotalSeconds:0} s each, not measured)");
        var bodies = IntakeScenario.Bodies(ctx, 2_000, seed: 5);
        var ids = ctx.Lifecycles.Referrals.Select(r => r.Id).ToArray();
        await ctx.ServiceLoad.ClosedLoopAsync(settings.Concurrency, TimeSpan.Zero, time, k => k % 2 == 0
            ? BenchContext.Post("/api/v1/referrals", bodies[k % bodies.Length])
            : BenchContext.Get($"/api/v1/referrals/{ids[k % ids.Length]}"));
        foreach (var path in new[] { "/raw/referrals", "/by-hand/referrals" })
            await ctx.BaselineLoad.ClosedLoopAsync(settings.Concurrency, TimeSpan.Zero, time / 2, k => BenchContext.Post(path, bodies[k % bodies.Length]));
    }

    /// <summary>Keeps the store and both apps running for examination until the hold file is deleted.</summary>
    private async Task HoldAsync(BenchContext ctx)
    {
        var hold = Path.Combine(_artifacts, "hold");
        await File.WriteAllTextAsync(hold, $"database: {ctx.ConnectionString}\nservice: {ctx.Service.BaseAddress}\nbaseline: {ctx.Baseline.BaseAddress}\n");
        Step($"holding: the store and both apps keep running until {hold} is deleted");
        while (File.Exists(hold)) await Task.Delay(1000);
    }

    /// <summary>Lets the async daemon finish what a fill left it before anything is measured, and notes how long it took.</summary>
    private static async Task CatchUpAsync(BenchContext ctx)
    {
        Step("waiting for the async projections to catch up with the fill (not measured)");
        var events = BenchContext.EventsLabel(await ctx.EventCountAsync());
        ctx.Notes.Add($"At {events}, after the fill and warm-up: {await ctx.ProjectionCatchUpAsync(ctx.Settings.CatchUpLimit)}.");
    }

    /// <summary>Lifecycles through the API until the store holds <paramref name="target"/> events, with a progress bar.</summary>
    private async Task<long> FillAsync(BenchContext ctx, long target, int seed)
    {
        var have = await ctx.EventCountAsync();
        var missing = target - have;
        if (missing <= 0) return have;
        Step($"generating about {missing:#,0} events through the API ({settings.GeneratorWorkers} referrals at a time)");
        var cpu = CpuSample.OfThisProcess();
        var serviceCpu = CpuSample.OfProcess(ctx.Service.Pid);
        var clock = Stopwatch.StartNew();
        var before = ctx.Lifecycles.Events;
        if (AnsiConsole.Profile.Capabilities.Interactive)
            await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"events ({BenchContext.EventsLabel(target)})", maxValue: missing);
                    await ctx.Lifecycles.GenerateAsync(missing, settings.GeneratorWorkers, seed, n => task.Increment(n));
                    task.Value = task.MaxValue;
                });
        else
        {
            // No terminal (CI, a log file): a line per tenth instead of a bar.
            long done = 0, tenths = 0;
            var gate = new object();
            await ctx.Lifecycles.GenerateAsync(missing, settings.GeneratorWorkers, seed, n =>
            {
                lock (gate)
                {
                    done += n;
                    if (done * 10 / missing <= tenths) return;
                    tenths = done * 10 / missing;
                    Console.WriteLine($"  events: {done:#,0} of {missing:#,0} ({clock.Elapsed.TotalSeconds:0} s)");
                }
            });
        }
        var made = ctx.Lifecycles.Events - before;
        var total = await ctx.EventCountAsync();
        ctx.Notes.Add($"Data generation to {BenchContext.EventsLabel(total)}: {made:#,0} requests in {clock.Elapsed.TotalSeconds:0} s ({made / clock.Elapsed.TotalSeconds:0} req/s over the API), " +
                      $"{ctx.Lifecycles.Referrals.Count:#,0} referrals so far, {ctx.Lifecycles.Failures} failed requests; generator CPU {100 * cpu.ShareUntilNow():0} %, " +
                      $"service CPU {100 * (CpuSample.OfProcess(ctx.Service.Pid)?.ShareSince(serviceCpu!) ?? 0):0} % of all cores." +
                      (ctx.Lifecycles.Failures > 0 ? $" First failures: {string.Join(" | ", ctx.Lifecycles.FirstErrors)}" : ""));
        return total;
    }

    private static async Task<string> PostgresVersionAsync(BenchContext ctx)
    {
        try
        {
            await using var command = ctx.Database.CreateCommand("select version()");
            return ((string)(await command.ExecuteScalarAsync())!).Split(" on ")[0];
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException) { return "PostgreSQL (version unknown)"; }
    }

    private static string Machine()
    {
        static string Find(string file, string key) => File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key))?.Split(new[] { ':', '=' }, 2)[1].Trim().Trim('"') ?? "?"
            : "?";
        var memory = Find("/proc/meminfo", "MemTotal") is var m && long.TryParse(m.Split(' ')[0], out var kib) ? $"{kib / 1024.0 / 1024:0} GiB" : "?";
        return $"{Environment.ProcessorCount} cores ({Find("/proc/cpuinfo", "model name")}), {memory}, {Find("/etc/os-release", "PRETTY_NAME")}, {RuntimeInformation.FrameworkDescription}";
    }

    private string Commit()
    {
        try
        {
            var head = ProcessUser.Run("git", ["-C", repository, "rev-parse", "--short", "HEAD"]).Output.Trim();
            var dirty = ProcessUser.Run("git", ["-C", repository, "status", "--porcelain", "--untracked-files=no"]).Output.Trim().Length > 0;
            return head + (dirty ? " (with uncommitted changes)" : "");
        }
        catch (System.ComponentModel.Win32Exception) { return "unknown"; }
    }

    private static void Step(string text) => AnsiConsole.MarkupLineInterpolated($"[blue]==[/] {text}");
    private static void Say(string markup) => AnsiConsole.MarkupLine(markup);
}
