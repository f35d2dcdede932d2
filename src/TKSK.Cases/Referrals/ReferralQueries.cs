using Marten;
using TKSK.Cases.Access;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace TKSK.Cases.Referrals;

/// <summary>One event of a referral's history, as the audit trail shows it: who (id, name, role), when, in which request.</summary>
public sealed record HistoryEntry(
    long Version, string Type, DateTimeOffset At, string? Actor, string? CorrelationId, string? CausationId, object Data,
    string? ActorName = null, string? ActorRole = null);

public static class ReferralQueries
{
    /// <summary>
    /// The case view of one referral. Its ETag is the version that If-Match expects; send it as
    /// If-None-Match to get 304 when nothing changed (cheap polling from a phone in the field).
    /// </summary>
    [WolverineGet("/api/v1/referrals/{id}", OperationId = "GetReferral"), Tags("Referrals")]
    [ProducesResponseType<Referral>(200), ProducesResponseType(304), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> Get(string id, IDocumentSession session, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!ReferralHttp.TryParseId(id, out var guid) || await session.LoadAsync<Referral>(guid, ct) is not { } referral || !caller.Covers(referral))
            return ReferralHttp.NotFound(id);
        var etag = CaseView.ETagOf(referral);
        if (http.Request.Headers.IfNoneMatch.Any(v => v == etag || v == "W/" + etag))
        {
            http.Response.Headers.ETag = etag;
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        await AccessLog.RecordAsync(session, caller, referral.Id, referral.Number, AccessLog.CaseView, clock.GetUtcNow(), ct);
        return CaseView.Ok(http, referral);
    }

    /// <summary>The referral's events in order: what happened, when, by whom, in which request.</summary>
    [WolverineGet("/api/v1/referrals/{id}/history", OperationId = "GetReferralHistory"), Tags("Referrals")]
    [ProducesResponseType<IReadOnlyList<HistoryEntry>>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> History(string id, IDocumentSession session, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!ReferralHttp.TryParseId(id, out var guid)) return ReferralHttp.NotFound(id);
        var events = await session.Events.FetchStreamAsync(guid, token: ct);
        if (ReferralEvolution.Replay(events.Select(e => e.Data)) is not { } referral || !caller.Covers(referral))
            return ReferralHttp.NotFound(id);
        await AccessLog.RecordAsync(session, caller, referral.Id, referral.Number, AccessLog.History, clock.GetUtcNow(), ct);
        return Results.Ok(events.Select(e => new HistoryEntry(e.Version, e.EventTypeName, e.Timestamp, e.UserName, e.CorrelationId, e.CausationId, e.Data,
            Header(e, AuditHeaders.ActorName), Header(e, AuditHeaders.ActorRole))).ToList());
    }

    private static string? Header(JasperFx.Events.IEvent e, string name) =>
        e.Headers?.TryGetValue(name, out var value) == true ? value?.ToString() : null;
}
