using System.Net;
using JasperFx.CodeGeneration;
using TKSK.Cases.Testing;
using TKSK.Cases.Tests.Support;
using static TKSK.Cases.Tests.Deployment.DeployFiles;

namespace TKSK.Cases.Tests.Deployment;

/// <summary>
/// The service as the Kubernetes manifests run it: the Job's 'db-apply', then a node in Production with the
/// Deployment's settings (its ConfigMap, the Secret's values made up here), answering both probes. The settings'
/// values are thereby checked too: one the service cannot parse, or a sign-in it refuses, fails the start.
/// </summary>
public sealed class the_deployed_service_answers_its_probes(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    [Trait("Category", "Process")]
    public async Task the_kubernetes_settings_start_the_schema_step_and_a_node_in_production()
    {
        var database = await RunningService.NewDatabaseAsync(Fixture.ConnectionString, "deploy");
        var secrets = new Dictionary<string, string>
        {
            ["secret:tksk-cases/connection-string"] = database,
            ["secret:tksk-cases/jwt-signing-key"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
        };
        Dictionary<string, string> Environment(string kind) => ContainerEnvironment(ServiceContainers(Manifest(kind)).Single())
            .ToDictionary(e => e.Key, e => secrets.GetValueOrDefault(e.Value, e.Value));
        var environment = Environment("Deployment");
        var schemaEnvironment = Environment("Job");
        // Production, as in the image: nothing of this test host's own settings is passed on (only the port is the test's).
        var inherited = System.Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.Contains("__") || k is "ASPNETCORE_ENVIRONMENT" or "DOTNET_ENVIRONMENT" or "TKSK_TEST_POSTGRES").ToList();
        // The build here has no pre-generated code: Static is what the image runs, Dynamic is what this build can.
        environment["CodeGeneration__TypeLoadMode"] = nameof(TypeLoadMode.Dynamic);
        schemaEnvironment["CodeGeneration__TypeLoadMode"] = nameof(TypeLoadMode.Dynamic);
        // db-apply first, as the Job does; then a node.
        await using var apply = ServiceProcess.Start(RunningService.Dll, schemaEnvironment, args: ["db-apply"], unset: inherited);
        Assert.True(await apply.WaitForExitAsync(TimeSpan.FromSeconds(90)), "db-apply did not finish");
        Assert.True(apply.ExitCode == 0, $"db-apply failed:\n{apply.Tail()}");
        await using var node = await ServiceProcess.StartReadyAsync(RunningService.Dll, environment, TimeSpan.FromSeconds(90), unset: inherited);
        using var http = new HttpClient { BaseAddress = node.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        Assert.Contains("Hosting environment: Production", node.Output);
    }
}
