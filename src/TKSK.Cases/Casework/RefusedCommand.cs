using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

using TKSK.Cases.Access;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Json;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Casework;

/// <summary>
/// A referral command that arrived as a message (from a workflow handler, a queue or a schedule)
/// and was refused: nobody was waiting for the answer, so it is kept here for operators to see
/// what automation could not do, and why.
/// </summary>
public sealed record RefusedCommand(
    Guid Id, Guid ReferralId, string Command, string Action, string Code, string Reason,
    IReadOnlyDictionary<string, string> Facts, string? Actor, Guid? MessageId, DateTimeOffset RefusedAt, JsonElement Body)
{
    public static RefusedCommand Of(ReferralCommand command, Rejection rejection, string reason, string? actor, Guid? messageId, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), command.ReferralId, command.GetType().Name, command.Action, rejection.Code, reason, rejection.Facts,
        actor, messageId, now, JsonSerializer.SerializeToElement(command, command.GetType(), ApiJson.Options));

    public static void Configure(StoreOptions opts) =>
        opts.Schema.For<RefusedCommand>().Index(r => r.ReferralId).Index(r => r.RefusedAt);
}

public static class RefusedCommandQueries
{
    /// <summary>Commands sent by automation or queued that were refused, newest first (at most 200), optionally for one referral.</summary>
    /// <remarks>
    /// Province admin only. Each entry names the referral, the command and its action, the refusal's `code` (the last part of its problem
    /// type, e.g. `invalid-transition`) with its `facts`, a `reason` in Bahasa Indonesia, the `actor` (e.g. `system:routing`), the message
    /// id, `refusedAt` (ISO 8601) and the command as it was sent. `referral` must be a referral id (UUID), else 400 naming it. Commands
    /// refused over HTTP were answered to their caller and are not listed here.
    /// </remarks>
    [WolverineGet("/api/v1/refused-commands", OperationId = "ListRefusedCommands"), Tags("Operations")]
    [Allowed]
    [ProducesResponseType<IReadOnlyList<RefusedCommand>>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    public static async Task<IResult> List([Query("Only commands for this referral.", Carries = typeof(Guid))] string? referral, IQuerySession session, CancellationToken ct)
    {
        Guid? referralId = null;
        if (referral is not null)
        {
            if (!Guid.TryParse(referral, out var id))
                return ProblemResults.Invalid("referral", Text.T("Harus berupa id rujukan (UUID).", "Must be a referral id (UUID)."));
            referralId = id;
        }
        IQueryable<RefusedCommand> query = session.Query<RefusedCommand>();
        if (referralId is { } only) query = query.Where(r => r.ReferralId == only);
        return Results.Ok(await query.OrderByDescending(r => r.RefusedAt).Take(200).ToListAsync(ct));
    }
}
