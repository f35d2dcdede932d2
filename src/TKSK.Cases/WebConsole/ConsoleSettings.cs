using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using Wolverine.Http;

namespace TKSK.Cases.WebConsole;

/// <summary>
/// How the web console signs people in: with the development token endpoint in Development, else
/// with the province's OpenID Connect provider (authorization code with PKCE, a public client);
/// without a client id configured the console can show its pages but nobody can sign in through it.
/// </summary>
public sealed class ConsoleSettings
{
    public const string Development = "development", OpenIdConnect = "oidc", Unavailable = "unavailable";

    public string SignIn { get; }
    public string? Authority { get; }
    public string? ClientId { get; }
    public string Scope { get; }
    /// <summary>Days a phone may go without reaching the service before the field app wipes what it holds (a lost phone).</summary>
    public int FieldWipeAfterDays { get; }
    /// <summary>
    /// This release's label, written into the console's page: a new release is a new page, so a new build id, so every
    /// phone installs the new shell even when no file of wwwroot changed (the server's answers may have).
    /// </summary>
    public string Release { get; }

    public ConsoleSettings(IConfiguration configuration, IHostEnvironment environment)
    {
        Authority = NullIfBlank(configuration["Console:Oidc:Authority"]) ?? NullIfBlank(configuration["Auth:Jwt:Authority"]);
        ClientId = NullIfBlank(configuration["Console:Oidc:ClientId"]);
        Scope = NullIfBlank(configuration["Console:Oidc:Scope"]) ?? "openid profile";
        var wipe = NullIfBlank(configuration["Console:Field:WipeAfterDays"]);
        FieldWipeAfterDays = wipe is null ? 14 : int.TryParse(wipe, out var days) && days is >= 1 and <= 365 ? days
            : throw new InvalidOperationException("Console:Field:WipeAfterDays must be a whole number of days from 1 to 365.");
        Release = NullIfBlank(configuration["Console:Release"])
            ?? Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
        SignIn = environment.IsDevelopment() ? Development : Authority is not null && ClientId is not null ? OpenIdConnect : Unavailable;
    }

    /// <summary>The authority's origin, which the console's pages may fetch from (discovery, token endpoint).</summary>
    public string? AuthorityOrigin =>
        SignIn == OpenIdConnect && Uri.TryCreate(Authority, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <param name="SignIn">development (the token endpoint of Development), oidc (the province's identity provider), or unavailable.</param>
/// <param name="Authority">The OpenID Connect issuer the console signs in with (oidc only).</param>
/// <param name="ClientId">The console's client id at that issuer: a public client using PKCE (oidc only).</param>
/// <param name="Scope">The scopes the console asks for.</param>
/// <param name="FieldWipeAfterDays">The field app wipes the cases and queue it holds after this many days without reaching the service (default 14).</param>
public sealed record ConsoleConfig(string SignIn, string? Authority, string? ClientId, string Scope, int FieldWipeAfterDays);

public static class ConsoleConfigEndpoint
{
    /// <summary>What the web console needs before anyone signs in: how to sign in. Public: it holds no secret (the console is a public client).</summary>
    /// <remarks>
    /// Public: no sign-in needed. `signIn` is `development` (tokens from `POST /api/v1/dev/tokens`), `oidc` (authorization code with PKCE,
    /// as a public client, at `authority` with `clientId` and `scope`) or `unavailable` (no OpenID Connect client configured: nobody can
    /// sign in through the console). `authority` and `clientId` are given only for `oidc`. `fieldWipeAfterDays`: after this many days
    /// without reaching the service, the TKSK's field app wipes the cases and queue it holds (`Console:Field:WipeAfterDays`, default 14).
    /// </remarks>
    [WolverineGet("/api/v1/console/config", OperationId = "GetConsoleConfig"), Tags("Web console")]
    [Allowed(Anonymous = true)]
    [ProducesResponseType<ConsoleConfig>(200)]
    public static ConsoleConfig Get(ConsoleSettings settings) => settings.SignIn == ConsoleSettings.OpenIdConnect
        ? new ConsoleConfig(settings.SignIn, settings.Authority, settings.ClientId, settings.Scope, settings.FieldWipeAfterDays)
        : new ConsoleConfig(settings.SignIn, null, null, settings.Scope, settings.FieldWipeAfterDays);
}
