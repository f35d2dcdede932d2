using JasperFx;
using JasperFx.CodeGeneration;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace TKSK.Cases.Access;

/// <summary>
/// Applies each endpoint's declared rule (<see cref="AllowedAttribute"/>, on the method or on the command it
/// sends), in one place: an open operation allows anonymous callers; any other requires a signed-in caller (401)
/// whose role the rule allows (403). Which referrals a caller may reach is <see cref="Scope"/>, checked where the
/// referral is loaded. An endpoint that declares no rule stops the service at start-up.
/// </summary>
public sealed class AccessPolicy : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains)
        {
            var rule = RuleOf(chain.Method.Method)
                ?? throw new InvalidOperationException($"{chain.RoutePattern?.RawText} declares no [Allowed] or [Sends<…>]: decide who may call it.");
            if (rule.Anonymous) chain.Metadata.AllowAnonymous();
            else chain.Metadata.RequireAuthorization(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new MayCall(rule)).Build());
        }
    }

    /// <summary>The rule an endpoint method declares itself, or that of the command it sends.</summary>
    public static Rule? RuleOf(System.Reflection.MethodInfo method) =>
        AllowedAttribute.Of(method)
        ?? (method.GetCustomAttributes(inherit: false).OfType<ISendsCommand>().FirstOrDefault() is { } sends ? AllowedAttribute.For(sends.Command) : null);

    public sealed record MayCall(Rule Rule) : IAuthorizationRequirement;

    public sealed class Handler : AuthorizationHandler<MayCall>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MayCall requirement)
        {
            if (Actor.From(context.User) is { } actor && requirement.Rule.Allows(actor)) context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }
}

public static class AccessPolicySetup
{
    public static IServiceCollection AddAccessPolicy(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, AccessPolicy.Handler>();
        // Whatever a route does not say of itself requires a signed-in caller: a route added outside the rule
        // table (a framework's page, a diagnostics endpoint) is closed until someone opens it on purpose.
        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>The signed-in caller of a request (the access policy has let only known callers through).</summary>
    public static Actor Caller(this HttpContext http) =>
        Actor.From(http.User) ?? throw new InvalidOperationException("No signed-in caller on a protected endpoint.");
}
