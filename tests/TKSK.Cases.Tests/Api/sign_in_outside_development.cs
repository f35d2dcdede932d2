using System.Net;
using Microsoft.Extensions.Configuration;
using TKSK.Cases.Access;
using TKSK.Cases.Identity;
using TKSK.Cases.Testing;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// The service as production runs it (its own process, ASPNETCORE_ENVIRONMENT=Production): no
/// development sign-in, and no start at all without a way to check tokens — but the JasperFx tools
/// still run, so the schema can be applied before the keys are configured.
/// </summary>
public sealed class sign_in_outside_development(AppFixture fixture) : IntegrationContext(fixture)
{
    private const string Key = "a-production-like-signing-key-for-this-test-only-0123456789";

    private static readonly IReadOnlyDictionary<string, string> SignedBy = new Dictionary<string, string>
    {
        ["Auth__Jwt__SigningKey"] = Key, ["Auth__Jwt__Issuer"] = "tksk-test", ["Auth__Jwt__Audience"] = "tksk-cases",
    };

    private ServiceProcess Start(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["ConnectionStrings__Marten"] = Fixture.ConnectionString };
        foreach (var (name, value) in settings) environment[name] = value;
        return ServiceProcess.Start(RunningService.Dll, environment, args);
    }

    /// <summary>A province admin's token signed with the configured production key.</summary>
    private static string AdminToken() => SignIn.Mint(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Auth:Jwt:SigningKey"] = Key, ["Auth:Jwt:Issuer"] = "tksk-test", ["Auth:Jwt:Audience"] = "tksk-cases",
    }).Build(), "prod-admin", "Prod Admin", Role.ProvinceAdmin, "35", null, DateTimeOffset.UtcNow.AddHours(1));

    [Fact]
    public async Task without_a_signing_key_or_authority_the_service_refuses_to_start_in_one_sentence()
    {
        await using var service = Start(new Dictionary<string, string>());
        Assert.True(await service.WaitForExitAsync(TimeSpan.FromSeconds(60)), "it should stop, not serve");
        Assert.Equal(1, service.ExitCode);
        var sentence = service.Output.Trim();
        Assert.StartsWith("Nobody could sign in: set Auth__Jwt__Authority", sentence);
        Assert.DoesNotContain("   at ", sentence);
    }

    [Fact]
    public async Task without_keys_the_jasperfx_tools_still_run()
    {
        await using var tool = Start(new Dictionary<string, string>(), "db-apply");
        Assert.True(await tool.WaitForExitAsync(TimeSpan.FromSeconds(120)));
        Assert.True(tool.ExitCode == 0, tool.Output);
    }

    [Fact]
    public async Task with_a_key_it_serves_and_the_development_token_endpoint_does_not_exist()
    {
        await WithProductionServiceAsync(new Dictionary<string, string>(), async http =>
        {
            var body = """{"role":"province_admin","name":"x"}""";
            // Nobody signed in gets no token (401, like any route that is not public) ...
            using var anonymous = new HttpClient { BaseAddress = http.BaseAddress };
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await anonymous.PostAsync("/api/v1/dev/tokens", new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/coordinators")).StatusCode);
            // ... and for someone signed in the route does not exist.
            Assert.Equal(HttpStatusCode.NotFound,
                (await http.PostAsync("/api/v1/dev/tokens", new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        });
    }

    /// <summary>Runs the production-like service until <paramref name="check"/> is done, signed in as a province admin with the configured key.</summary>
    private async Task WithProductionServiceAsync(IReadOnlyDictionary<string, string> extra, Func<HttpClient, Task> check)
    {
        var settings = new Dictionary<string, string>(SignedBy);
        foreach (var (name, value) in extra) settings[name] = value;
        await using var service = Start(settings);
        await service.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        using var http = new HttpClient { BaseAddress = service.BaseAddress, DefaultRequestHeaders = { Authorization = new("Bearer", AdminToken()) } };
        await check(http);
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
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development", ["ConnectionStrings__Marten"] = Fixture.ConnectionString,
        };
        // Urls is set by the launcher to loopback; the command line's --urls wins over it.
        await using var service = ServiceProcess.Start(RunningService.Dll, environment, ["--urls", $"http://0.0.0.0:{ServiceProcess.FreePort()}"]);
        Assert.True(await service.WaitForExitAsync(TimeSpan.FromSeconds(60)), "it should stop, not serve");
        Assert.Equal(1, service.ExitCode);
        Assert.StartsWith("Development mode gives a token for any role to whoever asks", service.Output.Trim());
    }
}
