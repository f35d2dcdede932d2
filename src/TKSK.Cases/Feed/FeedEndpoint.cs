using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Audit;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Feed;

public static class FeedEndpoint
{
    /// <summary>
    /// The change feed: integration events (referral.received.v1, referral.assigned.v1, …) in global order,
    /// after a position (0: from the start), within the caller's scope and masked as its case views are.
    /// Read on with after = next; when caughtUp, poll again later. Any earlier position can be read again.
    /// </summary>
    /// <remarks>
    /// For `province_admin` and agency keys with scope `feed`. `after` defaults to 0 and `limit` to 100 (at most 500); a negative `after`
    /// or a `limit` outside 1–500 answers 400 naming it. Each event has `type` (e.g. `referral.received.v1`), `position`, `eventId`,
    /// `referralId`, `referralNumber`, `referralVersion` (the case view's ETag), `occurredAt` and `recordedAt` (ISO 8601), the referral's
    /// `status`, `category` and `kecamatanCode` after it, and its own members; a shape never changes once shipped. An agency sees its
    /// region and granted categories only, masked (NIK and phones to the last 4 digits, names to initials, no address, texts or findings)
    /// unless the referral records a basis for sharing with it, and without one it does not get `referral.follow_up_recorded.v1`. Pages
    /// that show personal data unmasked are recorded in the access log before they are sent.
    /// </remarks>
    [WolverineGet("/api/v1/feed", OperationId = "GetFeed"), Tags("Integration")]
    [Allowed(AgencyScope = ApiKeyScopes.Feed)]
    [ProducesResponseType<FeedPage>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    public static async Task<IResult> Get(
        [Query("Read the events after this position: 0 (the default) from the start, else the previous page's next.", Carries = typeof(long))] string? after,
        [Query("Events at most in this page: default 100, at most 500 (ChangeFeed.DefaultLimit, MaxLimit).", Carries = typeof(int))] string? limit, IQuerySession session, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        if (QueryNumber.Read("after", after, out var from) is { } afterNotANumber) return afterNotANumber;
        if (QueryNumber.Read("limit", limit, out var most) is { } limitNotANumber) return limitNotANumber;
        if (from is < 0) return ProblemResults.Invalid("after", Text.T("Posisi dimulai dari 0.", "Positions start at 0."));
        if (most is < 1 or > ChangeFeed.MaxLimit)
            return ProblemResults.Invalid("limit", Text.T($"Antara 1 dan {ChangeFeed.MaxLimit}.", $"Between 1 and {ChangeFeed.MaxLimit}."));
        var caller = http.Caller();
        var disclosed = new List<(Guid Id, string Number)>();
        var page = await ChangeFeed.ReadAsync(session, caller, FeedFilter.Everything, from ?? 0, (int)(most ?? ChangeFeed.DefaultLimit), ct, disclosed);
        // Unmasked personal data leaves only once its disclosure is recorded (UU PDP).
        var now = clock.GetUtcNow();
        await AccessLog.RecordAsync(session.DocumentStore, [.. disclosed.Select(d => AccessLog.Entry(caller, d.Id, d.Number, AccessLog.Feed, now))], ct);
        return Results.Ok(page);
    }
}
