using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
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
            var body = """{"role":"province_admin","name":"x"}""";
            // Nobody signed in gets no token (401, like any route that is not public) ...
            var anonymous = await http.PostAsync("/api/v1/dev/tokens", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            // ... and for someone signed in the route does not exist.
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Auth:Jwt:SigningKey"] = Key, ["Auth:Jwt:Issuer"] = "tksk-test", ["Auth:Jwt:Audience"] = "tksk-cases",
            }).Build();
            using var signedIn = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dev/tokens") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            signedIn.Headers.Authorization = new("Bearer", TKSK.Cases.Identity.SignIn.Mint(configuration, "prod-admin", "Prod Admin", TKSK.Cases.Access.Role.ProvinceAdmin, "35", null, DateTimeOffset.UtcNow.AddHours(1)));
            Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsync(signedIn)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/coordinators")).StatusCode);
        }
        finally
        {
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }
    }

    /// <summary>Runs the production-like service until <paramref name="check"/> is done, signed in as a province admin with the configured key.</summary>
    private async Task WithProductionServiceAsync(IDictionary<string, string> extra, Func<HttpClient, Task> check)
    {
        var port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{port}", ["Auth__Jwt__SigningKey"] = Key, ["Auth__Jwt__Issuer"] = "tksk-test", ["Auth__Jwt__Audience"] = "tksk-cases",
        };
        foreach (var (name, value) in extra) environment[name] = value;
        using var service = Start(environment);
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
            var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Auth:Jwt:SigningKey"] = Key, ["Auth:Jwt:Issuer"] = "tksk-test", ["Auth:Jwt:Audience"] = "tksk-cases",
            }).Build();
            var token = TKSK.Cases.Identity.SignIn.Mint(configuration, "prod-admin", "Prod Admin", TKSK.Cases.Access.Role.ProvinceAdmin, "35", null, DateTimeOffset.UtcNow.AddHours(1));
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
            await check(http);
        }
        finally
        {
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task outside_development_webhooks_go_to_public_https_addresses_only()
    {
        await WithProductionServiceAsync(new Dictionary<string, string>(), async http =>
        {
            foreach (var url in new[] { "http://receiver.example.org/hooks", "https://127.0.0.1/hooks", "https://[64:ff9b::7f00:1]/hooks", "https://[2002:a00:1::]/hooks", "https://[::10.0.0.1]/hooks" })
            {
                var reply = await http.PostAsync("/api/v1/subscriptions", new StringContent(
                    $$"""{"url":"{{url}}","eventTypes":["referral.received.v1"]}""", System.Text.Encoding.UTF8, "application/json"));
                Assert.True(reply.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)reply.StatusCode}");
                Assert.Contains("\"url\"", await reply.Content.ReadAsStringAsync());
            }
        });
    }

    [Fact]
    public async Task with_an_authority_configured_a_token_signed_with_the_shared_key_is_not_accepted()
    {
        // The authority is unreachable here: nothing can be signed by it, and the shared key must no longer sign either.
        await WithProductionServiceAsync(new Dictionary<string, string> { ["Auth__Jwt__Authority"] = "https://127.0.0.1:1/realms/jatim" },
            async http => Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/coordinators")).StatusCode));
    }

    [Fact]
    public async Task before_sign_in_each_address_is_limited_and_only_a_configured_proxy_may_name_the_address()
    {
        await WithProductionServiceAsync(new Dictionary<string, string>
        {
            ["RateLimits__PerAddressPerMinute"] = "5", ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
        }, async http =>
        {
            async Task<HttpStatusCode> Guess(string address)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/coordinators");
                request.Headers.Add("X-Api-Key", $"tksk_{Guid.NewGuid():N}_guess");
                request.Headers.Add("X-Forwarded-For", address);
                return (await http.SendAsync(request)).StatusCode;
            }
            // Five made-up keys are each looked up and refused; the sixth from that address is not even looked up.
            for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, await Guess("203.0.113.7"));
            Assert.Equal(HttpStatusCode.TooManyRequests, await Guess("203.0.113.7"));
            // Behind the trusted proxy, another client has its own allowance.
            Assert.Equal(HttpStatusCode.Unauthorized, await Guess("203.0.113.8"));
        });
    }

    [Fact]
    public async Task development_refuses_to_listen_beyond_this_machine()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TKSK.Cases.dll"));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ConnectionStrings__Marten"] = Fixture.ConnectionString;
        info.Environment["Urls"] = $"http://0.0.0.0:{FreePort()}";
        using var service = Process.Start(info)!;
        _ = service.StandardOutput.ReadToEndAsync();
        var stderr = service.StandardError.ReadToEndAsync();
        Assert.True(service.WaitForExit(60_000), "it should stop, not serve");
        Assert.Equal(1, service.ExitCode);
        Assert.StartsWith("Development mode gives a token for any role to whoever asks", (await stderr).Trim());
    }
}
