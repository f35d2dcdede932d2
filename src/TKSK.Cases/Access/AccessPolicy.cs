using JasperFx;
using JasperFx.CodeGeneration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace TKSK.Cases.Access;

/// <summary>
/// Applies <see cref="AccessRules"/> to every endpoint, in one place: an open operation allows
/// anonymous callers; any other requires a signed-in caller (401) whose role the rule allows (403).
/// Which referrals a caller may reach is <see cref="Scope"/>, checked where the referral is loaded.
/// </summary>
public sealed class AccessPolicy : IHttpPolicy
{
    private const string Prefix = "operation:";

    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains)
        {
            var operation = chain.OperationId ?? throw new InvalidOperationException($"{chain.RoutePattern?.RawText} has no operation id.");
            if (AccessRules.For(operation).Anonymous) chain.Metadata.AllowAnonymous();
            else chain.Metadata.RequireAuthorization(Prefix + operation);
        }
    }

    /// <summary>Policies named for operations, built on demand from the rule table.</summary>
    public sealed class Policies(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
    {
        public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
            policyName.StartsWith(Prefix, StringComparison.Ordinal)
                ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new Operation(policyName[Prefix.Length..])).Build()
                : await base.GetPolicyAsync(policyName);
    }

    public sealed record Operation(string Id) : IAuthorizationRequirement;

    public sealed class MayCall : AuthorizationHandler<Operation>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Operation requirement)
        {
            if (Actor.From(context.User) is { } actor && AccessRules.For(requirement.Id).Allows(actor)) context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }
}

public static class AccessPolicySetup
{
    public static IServiceCollection AddAccessPolicy(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationPolicyProvider, AccessPolicy.Policies>();
        services.AddSingleton<IAuthorizationHandler, AccessPolicy.MayCall>();
        // Whatever a route does not say of itself requires a signed-in caller: a route added outside the rule
        // table (a framework's page, a diagnostics endpoint) is closed until someone opens it on purpose.
        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>The signed-in caller of a request (the access policy has let only known callers through).</summary>
    public static Actor Caller(this HttpContext http) =>
        Actor.From(http.User) ?? throw new InvalidOperationException("No signed-in caller on a protected endpoint.");
}
