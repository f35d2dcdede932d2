using Marten;
using TKSK.Cases.Access;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Regions;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Audit;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Casework;

/// <summary>One event of a referral's history, as the audit trail shows it: who (id, name, role), when, in which request.</summary>
public sealed record HistoryEntry(
    long Version, string Type, DateTimeOffset At, string? Actor, string? CorrelationId, string? CausationId, object Data,
    string? ActorName = null, string? ActorRole = null);

public static class ReferralQueries
{
    private const string AsOf = "A time (ISO 8601; without an offset, WIB): the case, or its history, as stored up to then.";

    /// <summary>
    /// The case view of one referral. Its ETag is the version that If-Match expects; send it as
    /// If-None-Match to get 304 when nothing changed (cheap polling from a phone in the field).
    /// With asOf (an ISO 8601 time), the case as it stood then, rebuilt from the events stored up to that
    /// moment (404 before its intake); personal data erased since is erased from the past too.
    /// </summary>
    /// <remarks>
    /// People (`jsc_operator`, `tksk`, `supervisor`, `province_admin`) get the whole case, names and NIK included; an agency key needs
    /// scope `read` and gets it masked (NIK and phones to their last 4 digits, names to initials, no address, texts, findings or needs)
    /// unless the referral records an active basis for sharing with its agency. Every read by a person, and every unmasked read by an
    /// agency, is recorded in the access log before the answer (UU PDP). A referral that does not exist or lies outside the caller's scope
    /// (a TKSK: their kecamatan and the cases assigned to them; an agency: its region and granted categories) answers 404, as does an
    /// `asOf` before its intake. An `asOf` that is not an ISO 8601 time answers 400 naming `asOf`; one without an offset is read as WIB
    /// (UTC+7). `allowedActions` lists the commands valid now; all times are ISO 8601.
    /// </remarks>
    [WolverineGet("/api/v1/referrals/{id}", OperationId = "GetReferral"), Tags("Referrals")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor, AgencyScope = ApiKeyScopes.Read)]
    [ProducesResponseType<CaseView>(200), ProducesResponseType(304), ProducesResponseType<ProblemDetails>(400, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> Get(string id, [Query(AsOf, Carries = typeof(DateTimeOffset))] string? asOf, IQuerySession session, AccessLogWriter accessLog, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!CommandEdge.TryParseId(id, out var guid) || await session.LoadAsync<Referral>(guid, ct) is not { } referral || !caller.Covers(referral))
            return CommandEdge.NotFound(id);
        Referral view = referral;
        if (asOf is not null)
        {
            if (!TryParseTime(asOf, out var at)) return InvalidAsOf();
            var events = await session.Events.FetchStreamAsync(guid, token: ct);
            var past = events.Where(e => e.Timestamp <= at).ToList();
            if (past.Count == 0) return CommandEdge.NotFound(id);
            view = past.Aggregate((Referral?)null, (s, e) => ReferralEvolution.Evolve(s, e.Data, e.UserName) with { Version = e.Version })!;
            if (referral.PersonalDataErasedAt is not null) view = PersonalData.Erase(view);
        }
        else
        {
            var etag = CaseView.ETagOf(referral);
            if (http.Request.Headers.IfNoneMatch.Any(v => v == etag || v == "W/" + etag))
            {
                http.Response.Headers.ETag = etag;
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
        }
        // Masked by the bases for sharing that hold now, for a view of the past too: a revoked one hides again what it once showed.
        var (shown, discloses) = CaseView.For(caller, view, referral.SharingConsents);
        if (discloses) await accessLog.RecordAsync(caller, referral.Id, referral.Number, AccessLog.CaseView, clock.GetUtcNow(), ct);
        http.Response.Headers.ETag = CaseView.ETagOf(view);
        return Results.Ok(shown);
    }

    /// <summary>The referral's events in order: what happened, when, by whom, in which request.</summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. Each entry has the stream `version`, the
    /// event `type` and `data` as stored (names, NIK and free texts included, masked once the personal data was erased), when it was stored
    /// (`at`, ISO 8601), the actor's id, name and role, and the correlation and causation ids. These are the service's internal events,
    /// whose shapes may change with the code: systems that follow referrals read the versioned events of `GET /api/v1/feed` instead. `asOf`
    /// (ISO 8601; without an offset, WIB) keeps the events stored up to then: an unreadable value answers 400 naming `asOf`, and an unknown
    /// referral, one outside the caller's scope or an `asOf` before its intake 404. Every read is recorded in the access log.
    /// </remarks>
    [WolverineGet("/api/v1/referrals/{id}/history", OperationId = "GetReferralHistory"), Tags("Referrals")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<IReadOnlyList<HistoryEntry>>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> History(string id, [Query(AsOf, Carries = typeof(DateTimeOffset))] string? asOf, IQuerySession session, AccessLogWriter accessLog, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!CommandEdge.TryParseId(id, out var guid)) return CommandEdge.NotFound(id);
        DateTimeOffset? at = null;
        if (asOf is not null)
        {
            if (!TryParseTime(asOf, out var parsed)) return InvalidAsOf();
            at = parsed;
        }
        var events = await session.Events.FetchStreamAsync(guid, token: ct);
        // Scope is decided on the case as it stands now, as for the live view.
        if (ReferralEvolution.Replay(events.Select(e => e.Data)) is not { } referral || !caller.Covers(referral))
            return CommandEdge.NotFound(id);
        if (at is { } until) events = [.. events.Where(e => e.Timestamp <= until)];
        if (events.Count == 0) return CommandEdge.NotFound(id);
        await accessLog.RecordAsync(caller, referral.Id, referral.Number, AccessLog.History, clock.GetUtcNow(), ct);
        // Until the queued masking has rewritten the stored events (or if it never does), they are masked here:
        // after an erasure's answer, no read shows what it erased.
        var erased = referral.PersonalDataErasedAt is not null;
        return Results.Ok(events.Select(e => new HistoryEntry(e.Version, e.EventTypeName, e.Timestamp, e.UserName, e.CorrelationId, e.CausationId,
            erased ? PersonalData.MaskEvent(e.Data) : e.Data, Header(e, AuditHeaders.ActorName), Header(e, AuditHeaders.ActorRole))).ToList());
    }

    /// <summary>An ISO 8601 time; without an offset it is read as WIB, the time people here write.</summary>
    private static bool TryParseTime(string text, out DateTimeOffset at)
    {
        if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out at)
            && (text.Contains('Z') || text.Contains('+') || text.LastIndexOf('-') > 9))
            return true;
        if (!DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local)) return false;
        at = new DateTimeOffset(local, Wib.Offset);
        return true;
    }

    private static IResult InvalidAsOf() => ProblemResults.Invalid("asOf", Text.T(
        "Waktu ISO 8601, mis. 2026-11-01T08:00:00+07:00.", "An ISO 8601 time, e.g. 2026-11-01T08:00:00+07:00."));

    private static string? Header(JasperFx.Events.IEvent e, string name) =>
        e.Headers?.TryGetValue(name, out var value) == true ? value?.ToString() : null;
}
