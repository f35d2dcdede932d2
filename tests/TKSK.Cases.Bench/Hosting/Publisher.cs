using System.Diagnostics;

namespace TKSK.Cases.Bench.Hosting;

/// <summary>
/// Builds what is measured the way the production image is built (deploy/Dockerfile): Wolverine's
/// code generated with 'codegen write', then a Release publish that compiles it in. The generated
/// folder is git-ignored and removed again, so no later build picks it up by accident.
/// </summary>
public sealed class Publisher(string repository, string artifacts, string environment)
{
    public string ServiceDll => Path.Combine(artifacts, "service", "TKSK.Cases.dll");
    public string BaselineDll => Path.Combine(artifacts, "baseline", "TKSK.Cases.Bench.Baseline.dll");
    private string Generated => Path.Combine(repository, "src", "TKSK.Cases", "Internal", "Generated");

    public async Task PublishAsync(Action<string> say)
    {
        var log = Path.Combine(artifacts, "logs", "publish.log");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        await File.WriteAllTextAsync(log, "");
        if (Directory.Exists(Generated)) Directory.Delete(Generated, recursive: true);
        try
        {
            say("generating Wolverine code (codegen write, Release)");
            // The same environment the service will run in, so the same chains are generated. No
            // database is opened: 'Host=unused' is what the Dockerfile passes too.
            await DotnetAsync(log, new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = environment, ["ConnectionStrings__Marten"] = "Host=unused",
            }, "run", "--project", "src/TKSK.Cases", "-c", "Release", "--", "codegen", "write");
            if (!Directory.Exists(Generated)) throw new BenchFailure($"'codegen write' wrote nothing into {Generated}; see {log}.");
            say("publishing the service (Release, generated code compiled in)");
            await DotnetAsync(log, new Dictionary<string, string>(), "publish", "src/TKSK.Cases", "-c", "Release", "-o", Path.Combine(artifacts, "service"));
            // A publish leaves the Development settings out (a deployment must never sign in with them); a run measured
            // in Development needs them beside the service, as `dotnet run` has them.
            if (environment == "Development")
                File.Copy(Path.Combine(repository, "src", "TKSK.Cases", "appsettings.Development.json"),
                    Path.Combine(artifacts, "service", "appsettings.Development.json"), overwrite: true);
        }
        finally
        {
            if (Directory.Exists(Generated)) Directory.Delete(Generated, recursive: true);
        }
        say("publishing the baselines (Release)");
        await DotnetAsync(log, new Dictionary<string, string>(), "publish", "tests/TKSK.Cases.Bench.Baseline", "-c", "Release", "-o", Path.Combine(artifacts, "baseline"));
    }

    public void CheckPublished()
    {
        foreach (var dll in new[] { ServiceDll, BaselineDll })
            if (!File.Exists(dll)) throw new BenchFailure($"{dll} is missing: run once without --no-publish.");
    }

    private async Task DotnetAsync(string log, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repository };
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment) info.Environment[k] = v;
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await errors;
        await File.AppendAllTextAsync(log, $"$ dotnet {string.Join(' ', args)}\n{text}\n");
        if (process.ExitCode != 0)
            throw new BenchFailure($"'dotnet {string.Join(' ', args)}' failed (exit {process.ExitCode}); see {log}:\n" +
                string.Join('\n', text.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(10)));
    }
}
