using System.Runtime.CompilerServices;
using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using Wolverine.Http;

namespace TKSK.Cases.Referrals;

/// <param name="Version">The version these were decided on: the case view's ETag.</param>
/// <param name="Operations">Operation ids (as in this OpenAPI document) the caller may send on this referral now.</param>
public sealed record PermittedOperationList(Guid ReferralId, long Version, IReadOnlyList<string> Operations);

/// <summary>
/// What the caller may do to a referral now: the same three checks <see cref="ReferralWorkflow"/> makes
/// when a command arrives (the access rule, the TKSK's own assignments, the status table), asked
/// beforehand, so that a page offers only what will be accepted and never keeps its own copy of the rules.
/// </summary>
public static class PermittedOperations
{
    /// <summary>
    /// The referral commands the caller may send now, by operation id (e.g. AddNote, AssessReferral). A
    /// step, consent or follow-up command is listed when the caller may send it to some step, consent or
    /// follow-up of the case; which ones, the case view says (each step's allowedActions, active consents, open follow-ups).
    /// </summary>
    [WolverineGet("/api/v1/referrals/{id}/permitted-operations", OperationId = "ListPermittedOperations"), Tags("Referrals")]
    [ProducesResponseType<PermittedOperationList>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> Get(string id, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!ReferralHttp.TryParseId(id, out var guid) || await session.LoadAsync<Referral>(guid, ct) is not { } referral || !caller.Covers(referral))
            return ReferralHttp.NotFound(id);
        var operations = Commands(http.RequestServices)
            .Where(c => AccessRules.For(c.Operation).Allows(caller) && Scope.MayWorkOn(caller, referral.Assignment?.CoordinatorId, c.Operation)
                        && (c.AnyStatus || referral.AllowedActions.Contains(c.Action)))
            .Select(c => c.Operation).Order(StringComparer.Ordinal).ToList();
        return Results.Ok(new PermittedOperationList(referral.Id, referral.Version, operations));
    }

    private static IReadOnlyList<ReferralCommand>? _commands;

    /// <summary>
    /// Every referral command that people send over HTTP (automation's own, such as routing, has no route): read
    /// once from the commands themselves and the routes, so a new command is covered without a list to keep.
    /// </summary>
    private static IReadOnlyList<ReferralCommand> Commands(IServiceProvider services)
    {
        if (_commands is { } known) return known;
        var routed = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/referrals/{id}/") == true)
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .OfType<string>().ToHashSet();
        // Each command type states its own action and status rule; an instance is needed only to read them.
        return _commands = typeof(ReferralCommand).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ReferralCommand)) && !t.IsAbstract && routed.Contains(t.Name))
            .Select(t => (ReferralCommand)RuntimeHelpers.GetUninitializedObject(t))
            .ToList();
    }
}
