using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// The service as production runs it (its own process, ASPNETCORE_ENVIRONMENT=Production): no
/// development sign-in, and no start at all without a way to check tokens — but the JasperFx
/// tools still run, so the schema can be applied before the keys are configured.
/// </summary>
public sealed class sign_in_outside_development(AppFixture fixture) : IntegrationContext(fixture)
{
    private const string Key = "a-production-like-signing-key-for-this-test-only-0123456789";

    private Process Start(IDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TKSK.Cases.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ConnectionStrings__Marten"] = Fixture.ConnectionString;
        foreach (var (name, value) in environment) info.Environment[name] = value;
        return Process.Start(info)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task without_a_signing_key_or_authority_the_service_refuses_to_start_in_one_sentence()
    {
        using var service = Start(new Dictionary<string, string> { ["Urls"] = $"http://127.0.0.1:{FreePort()}" });
        var stderr = service.StandardError.ReadToEndAsync();
        Assert.True(service.WaitForExit(60_000), "it should stop, not serve");
        Assert.Equal(1, service.ExitCode);
        var sentence = (await stderr).Trim();
        Assert.StartsWith("Nobody could sign in: set Auth__Jwt__Authority", sentence);
        Assert.DoesNotContain("   at ", sentence);
    }

    [Fact]
    public async Task without_keys_the_jasperfx_tools_still_run()
    {
        using var tool = Start(new Dictionary<string, string>(), "db-apply");
        _ = tool.StandardOutput.ReadToEndAsync();
        var stderr = tool.StandardError.ReadToEndAsync();
        Assert.True(tool.WaitForExit(120_000));
        Assert.True(tool.ExitCode == 0, await stderr);
    }

    [Fact]
    public async Task with_a_key_it_serves_and_the_development_token_endpoint_does_not_exist()
    {
        var port = FreePort();
        using var service = Start(new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{port}", ["Auth__Jwt__SigningKey"] = Key, ["Auth__Jwt__Issuer"] = "tksk-test", ["Auth__Jwt__Audience"] = "tksk-cases",
        });
        _ = service.StandardOutput.ReadToEndAsync();
        _ = service.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            for (var i = 0; i < 120; i++)
            {
                try { if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) break; } catch (HttpRequestException) { }
                Assert.False(service.HasExited, "the service stopped");
                await Task.Delay(500);
            }
            var token = await http.PostAsync("/api/v1/dev/tokens", new StringContent("""{"role":"province_admin","name":"x"}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/coordinators")).StatusCode);
        }
        finally
        {
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }
    }
}
