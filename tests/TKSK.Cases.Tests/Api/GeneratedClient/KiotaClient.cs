using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TKSK.Cases.Tests.Api.GeneratedClient;

/// <summary>
/// What an integrator does with the OpenAPI document: generate a C# client with Kiota (the version pinned in
/// dotnet-tools.json beside this file) and build a program against it — here compiled in memory with Roslyn.
/// </summary>
public static class KiotaClient
{
    private static readonly string Home = Path.Combine(AppContext.BaseDirectory, "Api", "GeneratedClient");

    /// <summary>Generates the client into <paramref name="output"/>; answers what Kiota printed (warnings included).</summary>
    public static async Task<string> GenerateAsync(string document, string output)
    {
        await DotnetAsync("tool restore");
        return await DotnetAsync($"tool run kiota generate --language CSharp --openapi \"{document}\" --output \"{output}\" " +
            "--namespace-name TKSK.Cases.Integrator.Client --class-name CasesClient --exclude-backward-compatible --clean-output --log-level Warning");
    }

    /// <summary>The generated client and the integrator's program, compiled together; the errors when they do not compile.</summary>
    public static (Assembly? Program, IReadOnlyList<string> Errors) Compile(string clientFolder)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["NET", "NETCOREAPP", "NETCOREAPP3_1_OR_GREATER", "NET5_0_OR_GREATER", "NET10_0_OR_GREATER"]);
        var sources = Directory.EnumerateFiles(clientFolder, "*.cs", SearchOption.AllDirectories)
            .Append(Path.Combine(Home, "Integrator", "Scenario.cs"))
            .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), parse, file));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Integrator", sources, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        if (!result.Success) return (null, errors);
        image.Position = 0;
        return (new AssemblyLoadContext("integrator", isCollectible: true).LoadFromStream(image), errors);
    }

    private static async Task<string> DotnetAsync(string arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", arguments)
        {
            WorkingDirectory = Home, RedirectStandardOutput = true, RedirectStandardError = true,
            Environment = { ["KIOTA_TUTORIAL_ENABLED"] = "false", ["KIOTA_OFFLINE_ENABLED"] = "true", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        var printed = await output + await errors;
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet {arguments} exited with {process.ExitCode}:\n{printed}");
        return printed;
    }
}
