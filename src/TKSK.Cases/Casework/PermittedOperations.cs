using System.Runtime.CompilerServices;
using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Referrals;
using Wolverine.Http;

namespace TKSK.Cases.Casework;

/// <param name="Version">The version these were decided on: the case view's ETag.</param>
/// <param name="Operations">Operation ids (as in this OpenAPI document) the caller may send on this referral now.</param>
public sealed record PermittedOperationList(Guid ReferralId, long Version, IReadOnlyList<string> Operations);

/// <summary>
/// What the caller may do to a referral now: the checks <see cref="ReferralPipeline"/> makes when a command
/// arrives (the command's declared rule, the TKSK's own assignments, the status table), asked beforehand, so
/// that a page offers only what will be accepted and never keeps its own copy of the rules.
/// </summary>
public static class PermittedOperations
{
    /// <summary>
    /// The referral commands the caller may send now, by operation id (e.g. AddNote, AssessReferral). A
    /// step, consent or follow-up command is listed when the caller may send it to some step, consent or
    /// follow-up of the case; which ones, the case view says (each step's allowedActions, active consents, open follow-ups).
    /// </summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. A TKSK is offered the field-work commands
    /// only on the cases assigned to them, and `AddNote` on any case in their scope. `version` is the case version the list was decided on
    /// (the case view's `ETag`): send it as `If-Match` with the command, so that a case changed meanwhile answers 412 instead of acting on
    /// what the page no longer shows. A referral that does not exist or lies outside the caller's scope answers 404.
    /// </remarks>
    [WolverineGet("/api/v1/referrals/{id}/permitted-operations", OperationId = "ListPermittedOperations"), Tags("Referrals")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<PermittedOperationList>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> Get(string id, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!CommandEdge.TryParseId(id, out var guid) || await session.LoadAsync<Referral>(guid, ct) is not { } referral || !caller.Covers(referral))
            return CommandEdge.NotFound(id);
        var allowedNow = ReferralActions.For(referral.Status);
        var operations = Commands(http.RequestServices)
            .Where(c => c.Rule.Allows(caller) && Scope.MayWorkOn(caller, referral.Assignment?.CoordinatorId, c.Rule)
                        && (c.Command.AnyStatus || allowedNow.Contains(c.Command.Action)))
            .Select(c => c.Command.GetType().Name).Order(StringComparer.Ordinal).ToList();
        return Results.Ok(new PermittedOperationList(referral.Id, referral.Version, operations));
    }

    private static IReadOnlyList<(ReferralCommand Command, Rule Rule)>? _commands;

    /// <summary>
    /// Every referral command that people send over HTTP on an existing case (an operation id is its command's
    /// name; automation's own, such as routing, has no route), with its declared rule: read once from the commands
    /// themselves and the routes, so a new command is covered without a list to keep.
    /// </summary>
    private static IReadOnlyList<(ReferralCommand Command, Rule Rule)> Commands(IServiceProvider services)
    {
        if (_commands is { } known) return known;
        var routed = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/referrals/{id}/") == true)
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .OfType<string>().ToHashSet();
        // Each command states its own action and status rule; an instance is needed only to read them.
        return _commands = typeof(ReferralCommand).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ReferralCommand)) && !t.IsAbstract && routed.Contains(t.Name))
            .Select(t => ((ReferralCommand)RuntimeHelpers.GetUninitializedObject(t), AllowedAttribute.For(t)))
            .ToList();
    }
}
