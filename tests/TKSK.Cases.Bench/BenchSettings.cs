namespace TKSK.Cases.Bench;

/// <summary>How much each mode does. Quick proves every scenario runs end to end in a few minutes; full measures.</summary>
public sealed record BenchSettings
{
    public required string Mode { get; init; }
    /// <summary>Events in the store when the per-request scenarios and the first size point run (the "10 k").</summary>
    public required long SmallEvents { get; init; }
    /// <summary>Events at the second size point (the "1 M").</summary>
    public required long LargeEvents { get; init; }
    public required TimeSpan Warmup { get; init; }
    public required TimeSpan Duration { get; init; }
    public required int[] IntakeConcurrency { get; init; }
    /// <summary>Concurrency of the per-request comparisons other than intake (overhead, commands, case view).</summary>
    public int Concurrency { get; init; } = 8;
    public required int ColdStarts { get; init; }
    public required TimeSpan LagDuration { get; init; }
    public double LagRate { get; init; } = 200;
    /// <summary>How long to wait for the daemon to work off a fill's backlog before measuring anyway (and saying so).</summary>
    public required TimeSpan CatchUpLimit { get; init; }
    public required int GeneratorWorkers { get; init; }
    public int BatchSize { get; init; } = 500;

    public string Environment { get; init; } = "Development";
    public string TypeLoadMode { get; init; } = "Static";
    public bool Publish { get; init; } = true;
    public string[] Only { get; init; } = [];
    public string? OutputDirectory { get; init; }
    /// <summary>Keep everything running after the last scenario until the hold file is deleted.</summary>
    public bool Hold { get; init; }

    public static BenchSettings Quick => new()
    {
        Mode = "quick", SmallEvents = 3_000, LargeEvents = 15_000, Warmup = TimeSpan.FromSeconds(1), Duration = TimeSpan.FromSeconds(4),
        IntakeConcurrency = [1, 8, 32, 64], ColdStarts = 3, LagDuration = TimeSpan.FromSeconds(10), GeneratorWorkers = 8,
        CatchUpLimit = TimeSpan.FromMinutes(2),
    };

    public static BenchSettings Full => new()
    {
        Mode = "full", SmallEvents = 10_000, LargeEvents = 1_000_000, Warmup = TimeSpan.FromSeconds(5), Duration = TimeSpan.FromSeconds(20),
        IntakeConcurrency = [1, 8, 32, 64], ColdStarts = 7, LagDuration = TimeSpan.FromSeconds(60), GeneratorWorkers = 16,
        CatchUpLimit = TimeSpan.FromMinutes(30),
    };
}
