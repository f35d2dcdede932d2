namespace TKSK.Cases.Bench.Hosting;

/// <summary>The benchmark cannot go on: one sentence, no stack trace.</summary>
public sealed class BenchFailure(string message) : Exception(message);

/// <summary>The published apps the benchmark measures, each started as production runs it (TKSK.Cases.Testing.ServiceProcess), its output in a log file of its own.</summary>
public static class BenchApps
{
    public static Task<TKSK.Cases.Testing.ServiceProcess> StartAsync(string name, string dll, IReadOnlyDictionary<string, string> environment, string logDirectory,
        IEnumerable<string>? args = null, TimeSpan? timeout = null) =>
        TKSK.Cases.Testing.ServiceProcess.StartReadyAsync(dll, environment, timeout ?? TimeSpan.FromSeconds(120), args,
            Path.Combine(logDirectory, $"{name}-{DateTime.UtcNow:HHmmss.fff}.log"), name);
}
