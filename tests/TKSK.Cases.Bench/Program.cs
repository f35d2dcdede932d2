using Spectre.Console;
using TKSK.Cases.Bench;
using TKSK.Cases.Bench.Hosting;

// dotnet run --project tests/TKSK.Cases.Bench -c Release -- quick|full [options]   (see docs/benchmarks.md)
const string usage = """
    usage: dotnet run --project tests/TKSK.Cases.Bench -c Release -- quick|full [options]
      quick                 a few minutes: small store, short runs; proves every scenario works end to end
      full                  the real measurement: 10 k and 1 M events, longer runs (an hour or more on 2 cores)
      --only a,b            only scenarios whose name contains one of these (e.g. intake,case view)
      --environment E       Development (default: today's sign-in) or Production (JWT signed by the benchmark)
      --type-load-mode M    how the service loads its pre-generated code: Static (default) or Auto
      --no-publish          reuse artifacts/bench/{service,baseline} from the last run
      --small-events N      events at the first size point   (quick 3000, full 10000)
      --large-events N      events at the second size point  (quick 15000, full 1000000)
      --duration S          seconds measured per load run    (quick 4, full 20)
      --out DIR             where results go (default tests/TKSK.Cases.Bench/results)
      --hold                after the last scenario keep the store, service and baseline running until
                            artifacts/bench/hold is deleted (to examine a 1 M-event store by hand)
    """;
// Without a terminal (CI, a log file) Spectre assumes 80 columns: too narrow for the results table.
if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 200;
// The load generator's workers are async, but bursts (an open-loop run catching up) need threads at once.
ThreadPool.SetMinThreads(Math.Max(32, Environment.ProcessorCount * 8), Math.Max(32, Environment.ProcessorCount * 8));
try
{
    var settings = Parse(args);
    if (settings is null)
    {
        Console.WriteLine(usage);
        return 2;
    }
    return await new BenchRun(settings, Repository()).RunAsync();
}
catch (Exception failure) when (failure is BenchFailure or TKSK.Cases.EmbeddedPostgres.StartupFailure or TKSK.Cases.Testing.ServiceProcessFailure)
{
    AnsiConsole.MarkupLineInterpolated($"[red]benchmark failed:[/] {failure.Message}");
    return 1;
}

static BenchSettings? Parse(string[] args)
{
    if (args.Length == 0) return null;
    var settings = args[0] switch { "quick" => BenchSettings.Quick, "full" => BenchSettings.Full, _ => null };
    if (settings is null) return null;
    for (var i = 1; i < args.Length; i++)
    {
        string Value() => i + 1 < args.Length ? args[++i] : throw new BenchFailure($"{args[i]} needs a value.\n{usage}");
        settings = args[i] switch
        {
            "--only" => settings with { Only = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
            "--environment" => settings with { Environment = Value() },
            "--type-load-mode" => settings with { TypeLoadMode = Value() },
            "--no-publish" => settings with { Publish = false },
            "--small-events" => settings with { SmallEvents = long.Parse(Value()) },
            "--large-events" => settings with { LargeEvents = long.Parse(Value()) },
            "--duration" => settings with { Duration = TimeSpan.FromSeconds(double.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture)) },
            "--out" => settings with { OutputDirectory = Path.GetFullPath(Value()) },
            "--hold" => settings with { Hold = true },
            var other => throw new BenchFailure($"unknown option '{other}'.\n{usage}"),
        };
    }
    return settings;
}

static string Repository()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TKSK.Cases.sln"))) return dir.FullName;
    throw new BenchFailure("Run the benchmark from inside the TKSK.Cases repository (TKSK.Cases.sln not found).");
}
