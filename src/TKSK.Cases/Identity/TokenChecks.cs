using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Regions;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Access;

namespace TKSK.Cases.Identity;

/// <summary>
/// What a person's bearer token must say beyond a valid signature, checked once per request when it
/// is read. A token is a claim made by whoever issued it; where the service keeps its own record
/// (a TKSK's coordinator record), the record wins.
/// </summary>
public static class TokenChecks
{
    /// <summary>What an OpenID Connect provider signs with; HMAC is only for a configured shared key.</summary>
    public static readonly string[] ProviderAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384,
    ];

    // Claims an API key carries (ApiKeyAuthentication): a person's token that names them is claiming an agency's grant.
    private static readonly string[] ApiKeyOnlyClaims = [Actor.ScopeClaim, Actor.CategoryClaim, RateLimits.LimitClaim, Actor.AgencyClaim];

    /// <summary>A token refused for what one of its claims says (or lacks): the 401 names that claim.</summary>
    public sealed class Refused(string claim, string indonesian, string english) : Exception($"Token refused ({claim})")
    {
        public string Claim { get; } = claim;
        public string Words => Text.T(indonesian, english);
    }

    public static async Task ValidatedAsync(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity) return;
        foreach (var claim in identity.Claims.Where(c => ApiKeyOnlyClaims.Contains(c.Type)).ToList()) identity.RemoveClaim(claim);

        var role = Actor.ParseRole(identity.FindFirst(Actor.RoleClaim)?.Value);
        if (role is null or Role.Agency)
        {
            // Agencies sign in with API keys; a token claiming the agency role would carry a grant nobody gave.
            context.Fail(new Refused(Actor.RoleClaim, "Peran token tidak dikenal: jsc_operator, tksk, supervisor atau province_admin.",
                "The token's role is not one of jsc_operator, tksk, supervisor, province_admin."));
            return;
        }
        var services = context.HttpContext.RequestServices;
        if (role == Role.Tksk)
        {
            // A TKSK works where their coordinator record says, and only while it is active (one who left
            // keeps a valid token until it expires).
            if (!Guid.TryParse(identity.FindFirst(Actor.CoordinatorClaim)?.Value, out var coordinatorId))
            {
                context.Fail(new Refused(Actor.CoordinatorClaim, "Token TKSK harus menyebut id koordinatornya.", "A TKSK token must name its coordinator."));
                return;
            }
            await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
            if (await session.LoadAsync<Coordinator>(coordinatorId, context.HttpContext.RequestAborted) is not { Active: true } coordinator)
            {
                context.Fail(new Refused(Actor.CoordinatorClaim, "Koordinator token ini tidak aktif.", "The coordinator of this token is not active."));
                return;
            }
            Replace(identity, Actor.RegionClaim, coordinator.KecamatanCode);
            return;
        }
        if (!string.IsNullOrWhiteSpace(identity.FindFirst(Actor.RegionClaim)?.Value)) return;
        if (role != Role.ProvinceAdmin)
        {
            // A missing claim must never widen access: without a region, nothing is in scope.
            context.Fail(new Refused(Actor.RegionClaim, "Token harus menyebut wilayah kerja (klaim 'region'), mis. 35.78.",
                "The token must name its region (claim 'region'), e.g. 35.78."));
            return;
        }
        // A province admin without a region works in the province this service serves.
        if (services.GetRequiredService<ServedArea>().Provinces is [var province]) Replace(identity, Actor.RegionClaim, province);
    }

    /// <summary>A refused token's 401 names the claim, as a validation problem names a field.</summary>
    public static async Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        if (context.AuthenticateFailure is not Refused refused) return;
        context.HandleResponse();
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await Results.Problem(new ProblemDetails
        {
            Type = ProblemTypes.Unauthorized, Status = 401,
            Title = Text.T("Token ditolak", "Token refused"),
            Detail = refused.Words,
            Extensions = { ["errors"] = new Dictionary<string, string[]> { [refused.Claim] = [refused.Words] } },
        }).ExecuteAsync(context.HttpContext);
    }

    private static void Replace(ClaimsIdentity identity, string type, string value)
    {
        foreach (var claim in identity.FindAll(type).ToList()) identity.RemoveClaim(claim);
        identity.AddClaim(new Claim(type, value));
    }
}
