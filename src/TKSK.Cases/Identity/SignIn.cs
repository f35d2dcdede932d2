using System.Security.Claims;
using System.Text;
using Marten;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TKSK.Cases.Coordinators;
using TKSK.Cases.EmbeddedPostgres;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Audit;
using TKSK.Cases.Infrastructure.Hosting;

namespace TKSK.Cases.Identity;

/// <summary>
/// Sign-in: people with JWT bearer tokens (from the province's OpenID Connect provider, or signed
/// with a configured key), agency systems with API keys (X-Api-Key). In Development a token can be
/// had from POST /api/v1/dev/tokens, signed with the development key of appsettings.Development.json.
/// </summary>
public static class SignIn
{
    public const string Scheme = "TKSK", ApiKeyHeader = "X-Api-Key";

    public static WebApplicationBuilder AddSignIn(this WebApplicationBuilder builder, string[] args)
    {
        var jwt = builder.Configuration.GetSection("Auth:Jwt");
        if (StartupChecks.Runs(args) && string.IsNullOrWhiteSpace(jwt["SigningKey"]) && string.IsNullOrWhiteSpace(jwt["Authority"]))
            throw new StartupFailure(
                "Nobody could sign in: set Auth__Jwt__Authority (the province's OpenID Connect issuer) or Auth__Jwt__SigningKey " +
                "(at least 32 characters) with Auth__Jwt__Issuer and Auth__Jwt__Audience; see deploy/README.md.");

        // With both configured, only the identity provider signs: a shared key left over from a trial
        // must not keep minting valid tokens beside it.
        var authority = jwt["Authority"] is { Length: > 0 } a ? a : null;
        var signingKey = authority is null && jwt["SigningKey"] is { Length: > 0 } k ? k : null;
        builder.Services.AddAuthentication(Scheme)
            // One scheme for every endpoint: an API key when the request carries one, else a bearer token.
            .AddPolicyScheme(Scheme, Scheme, o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.ContainsKey(ApiKeyHeader) ? ApiKeys.Scheme : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeys.Scheme, null)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                if (authority is not null) o.Authority = authority;
                o.Audience = jwt["Audience"];
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt["Issuer"] ?? authority,
                    ValidAudience = jwt["Audience"],
                    IssuerSigningKey = signingKey is null ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
                    // Pinned: an identity provider signs asymmetrically, a configured key with HMAC. A token that
                    // names another algorithm ("none", or HMAC keyed with a public key) is refused outright.
                    ValidAlgorithms = authority is not null ? TokenChecks.ProviderAlgorithms : [SecurityAlgorithms.HmacSha256],
                    // The user id, not the display name, becomes each event's recorded user (Wolverine relays Identity.Name).
                    NameClaimType = Actor.SubjectClaim,
                    RoleClaimType = Actor.RoleClaim,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
                o.Events = new JwtBearerEvents { OnTokenValidated = TokenChecks.ValidatedAsync, OnChallenge = TokenChecks.ChallengeAsync };
            });
        builder.Services.AddAccessPolicy();
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddSignInSchemes());
        builder.Services.ConfigureMarten(opts =>
        {
            ApiKeys.Configure(opts);
            Agencies.Configure(opts);
            AccessLog.Configure(opts);
        });
        builder.Services.AddSingleton<AccessLogWriter>();
        builder.Services.AddHostedService<AgencyBackfill>();
        return builder;
    }

    /// <summary>Development only: a token for any role, signed with the development key, so every endpoint can be tried.</summary>
    public static void MapDevelopmentTokens(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) return;
        app.MapPost("/api/v1/dev/tokens", (DevelopmentTokenRequest request, IConfiguration configuration, TimeProvider clock) =>
            {
                // Agencies sign in with API keys (POST /api/v1/api-keys), not tokens.
                if (Actor.ParseRole(request.Role) is not { } role || role == Role.Agency)
                    return ProblemResults.Invalid("role", "Unknown role. Allowed: jsc_operator, tksk, supervisor, province_admin.");
                var expires = clock.GetUtcNow().AddHours(12);
                var token = Mint(configuration, request.Subject ?? $"dev-{Actor.Code(role)}", request.Name ?? Actor.Code(role), role,
                    request.Region, request.CoordinatorId, expires);
                return Results.Ok(new DevelopmentToken(token, expires));
            })
            .WithName("CreateDevelopmentToken").WithTags("Development").AllowAnonymous()
            .WithSummary("Development only: a bearer token for any role (jsc_operator, tksk, supervisor, province_admin), to try every endpoint.")
            .WithDescription(
                "Exists only while the service runs in Development (outside it the route is not mapped); no sign-in needed. " +
                "`role` is `jsc_operator`, `tksk`, `supervisor` or `province_admin` (agency systems use API keys; any other role is a 400 naming `role`). " +
                "A `jsc_operator` or `supervisor` token must name a `region` (`35`, `35.78` or `35.78.01`), and a `tksk` token the `coordinatorId` " +
                "of an active coordinator, whose kecamatan becomes its region; otherwise the token is refused (401) when it is used. Answers `token`, " +
                "signed with the development key, and `expiresAt` (ISO 8601, 12 hours on): send it as `Authorization: Bearer <token>`.");
        app.Logger.LogInformation(
            "Development sign-in: get a token with  curl -s -X POST {Url}/api/v1/dev/tokens -H 'Content-Type: application/json' " +
            "-d '{{\"role\":\"jsc_operator\",\"name\":\"Siti\",\"region\":\"35\"}}'  and send it as 'Authorization: Bearer <token>' (the /docs page has a field for it).",
            app.Configuration["urls"]?.Split(';')[0] ?? "http://127.0.0.1:5080");
    }

    /// <summary>A token signed with the configured key (development and tests; production tokens come from the identity provider).</summary>
    public static string Mint(IConfiguration configuration, string subject, string name, Role role, string? region, Guid? coordinatorId, DateTimeOffset expires)
    {
        var jwt = configuration.GetSection("Auth:Jwt");
        var claims = new Dictionary<string, object> { [Actor.SubjectClaim] = subject, [Actor.NameClaim] = name, [Actor.RoleClaim] = Actor.Code(role) };
        if (region is not null) claims[Actor.RegionClaim] = region;
        if (coordinatorId is not null) claims[Actor.CoordinatorClaim] = coordinatorId.Value.ToString();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt["Issuer"], Audience = jwt["Audience"], Claims = claims, Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt["SigningKey"]!)), SecurityAlgorithms.HmacSha256),
        });
    }
}

/// <param name="Role">jsc_operator, tksk, supervisor or province_admin.</param>
/// <param name="Region">35 (province), 35.78 (kabupaten/kota) or 35.78.01 (kecamatan).</param>
/// <param name="CoordinatorId">For a TKSK: their coordinator id.</param>
/// <param name="Subject">The user id; defaults to dev-{role}.</param>
public sealed record DevelopmentTokenRequest(string? Role, string? Name, string? Region, Guid? CoordinatorId, string? Subject);

public sealed record DevelopmentToken(string Token, DateTimeOffset ExpiresAt);
