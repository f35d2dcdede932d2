using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace TKSK.Cases.Infrastructure;

/// <summary>
/// Development-only stand-in for real sign-in: the actor is the <c>X-Actor</c> header, or a demo
/// operator. It is registered only when the environment is Development, so it cannot be switched
/// on elsewhere; the real scheme (JWT, API keys) replaces it without touching any handler, since
/// handlers only see the ClaimsPrincipal's name through Wolverine's user-name relay.
/// </summary>
public sealed class DevelopmentAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Development";
    public const string ActorHeader = "X-Actor";
    public const string DefaultActor = "dev-operator";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var actor = Request.Headers[ActorHeader].ToString().Trim();
        if (actor.Length is 0 or > 100) actor = DefaultActor;
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, actor), new Claim(ClaimTypes.Role, "jsc_operator")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

public static class AuthenticationSetup
{
    public static IServiceCollection AddCaseAuthentication(this IServiceCollection services, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
            services.AddAuthentication(DevelopmentAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, DevelopmentAuthenticationHandler>(DevelopmentAuthenticationHandler.SchemeName, null);
        else
            // Until access control lands, nobody can sign in outside Development: protected endpoints answer 401.
            services.AddAuthentication(NoSignInHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, NoSignInHandler>(NoSignInHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }
}

public sealed class NoSignInHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "None";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
}
