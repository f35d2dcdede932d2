using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TKSK.Cases.Bench.Hosting;

/// <summary>
/// The one switch between how the service runs today and how it will run with access control:
/// <list type="bullet">
/// <item>Development (default today): the Development sign-in; a token from
/// <c>POST /api/v1/dev/tokens</c> when that endpoint exists, else no token (today's X-Actor sign-in).</item>
/// <item>Production: the service gets a fresh HS256 key in <c>Auth__Jwt__*</c> and the benchmark
/// signs its own token with it (sub, name, role, region); no demo data, so the benchmark registers
/// the coordinators itself.</item>
/// </list>
/// Either way the build is the same Release publish with pre-generated code loaded.
/// </summary>
public sealed class ServiceAccess
{
    public const string Issuer = "tksk-bench", Audience = "tksk-cases";
    private readonly string _signingKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public string Environment { get; }
    public string TypeLoadMode { get; }
    public bool IsProduction => Environment == "Production";

    public ServiceAccess(string environment, string typeLoadMode)
    {
        if (environment is not ("Development" or "Production"))
            throw new BenchFailure($"--environment must be Development or Production, not '{environment}'.");
        Environment = environment;
        TypeLoadMode = typeLoadMode;
    }

    public Dictionary<string, string> ServiceSettings(string connectionString)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = Environment,
            ["ConnectionStrings__Marten"] = connectionString,
            // Load the code 'codegen write' generated into the build (src/…/CaseStoreSetup.cs); Static
            // fails at start instead of quietly compiling what is missing, which would be measured.
            ["CodeGeneration__TypeLoadMode"] = TypeLoadMode,
            // No OTLP collector: telemetry stays in-process, as in a deployment without one.
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "",
            // The benchmark is one signed-in person sending what a province's staff send together:
            // the per-person limit (600 a minute) would measure the limiter, not the service.
            ["RateLimits__PerMinute"] = "100000000",
            ["RateLimits__PerAddressPerMinute"] = "100000000",
        };
        if (IsProduction)
        {
            settings["Auth__Jwt__SigningKey"] = _signingKey;
            settings["Auth__Jwt__Issuer"] = Issuer;
            settings["Auth__Jwt__Audience"] = Audience;
        }
        return settings;
    }

    /// <summary>A bearer token for a province admin, or null when the service signs nobody in by token yet.</summary>
    public async Task<string?> TokenAsync(HttpClient service)
    {
        if (IsProduction) return Mint(new Dictionary<string, object> { ["sub"] = "bench", ["name"] = "bench", ["role"] = "province_admin", ["region"] = "35" });
        using var reply = await service.PostAsJsonAsync("/api/v1/dev/tokens", new { role = "province_admin", name = "bench", region = "35" });
        if (reply.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed) return null;
        if (!reply.IsSuccessStatusCode) throw new BenchFailure($"POST /api/v1/dev/tokens answered {(int)reply.StatusCode}: {await reply.Content.ReadAsStringAsync()}");
        return (await reply.Content.ReadFromJsonAsync<JsonObject>())?["token"]?.GetValue<string>()
            ?? throw new BenchFailure("POST /api/v1/dev/tokens answered without a token.");
    }

    /// <summary>HS256 over the key's UTF-8 bytes, valid for a day.</summary>
    private string Mint(Dictionary<string, object> claims)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        claims["iss"] = Issuer;
        claims["aud"] = Audience;
        claims["iat"] = now;
        claims["nbf"] = now;
        claims["exp"] = now + 24 * 3600;
        var signed = $"{Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }))}.{Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(_signingKey), Encoding.ASCII.GetBytes(signed));
        return $"{signed}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
