using JasperFx;
using Marten;
using Microsoft.Net.Http.Headers;
using TKSK.Cases.Infrastructure;

namespace TKSK.Cases.Referrals;

/// <summary>
/// The one path every referral command takes: load the stream for writing, check If-Match,
/// let the decider decide, append, save. Stale If-Match → 412; an invalid transition → 409 with
/// the current status and allowed actions; a concurrent writer that got there first → 409.
/// Nothing is written unless the whole command succeeds.
/// </summary>
public static class ReferralCommands
{
    public static async Task<IResult> ExecuteAsync<TCommand>(
        this IDocumentSession session, string id, TCommand command, HttpContext http, TimeProvider clock, CancellationToken ct)
        where TCommand : IReferralCommand
    {
        if (!Guid.TryParse(id, out var referralId)) return NotFound(id);
        var stream = await session.Events.FetchForWriting<Referral>(referralId, ct);
        if (stream.Aggregate is not { } state) return NotFound(id);

        if (ExpectedVersion(http.Request) is { } expected && expected != stream.CurrentVersion)
            return StaleVersion(state, expected);

        var decision = ReferralDecider.Decide(state, command, clock.GetUtcNow());
        if (decision.Rejection is { } rejection)
            return ProblemResults.From(rejection, rejection.Status == 409 ? ContextOf(state) : null);

        stream.AppendMany(decision.Events);
        foreach (var rejected in decision.Events.OfType<ReferralRejected>().Where(r => r.DuplicateOf is not null))
            // The original shows its duplicates too, written in the same transaction.
            session.Events.Append(rejected.DuplicateOf!.Value, new DuplicateLinked(state.Id, state.Number, rejected.RejectedAt));

        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            return ConcurrentChange(state);
        }
        var view = await session.LoadAsync<Referral>(referralId, ct);
        return CaseView.Ok(http, view!);
    }

    public static IResult NotFound(string id) =>
        ProblemResults.NotFound(Text.T($"Rujukan {id} tidak ditemukan.", $"Referral {id} not found."));

    /// <summary>If-Match: "7" (or 7, or W/"7") → 7; absent or "*" → no check.</summary>
    private static long? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*") return null;
        if (header.StartsWith("W/")) header = header[2..];
        return long.TryParse(header.Trim('"'), out var version) ? version : -1;
    }

    private static IResult StaleVersion(Referral state, long expected) => Results.Problem(new()
    {
        Type = Problems.StaleVersionType, Status = 412,
        Title = Text.T("Rujukan sudah berubah", "The referral has changed"),
        Detail = Text.T($"If-Match meminta versi {expected}, versi sekarang {state.Version}. Muat ulang lalu coba lagi.",
                        $"If-Match asked for version {expected}; the current version is {state.Version}. Reload and try again."),
        Extensions = ContextOf(state)!,
    });

    private static IResult ConcurrentChange(Referral state) => Results.Problem(new()
    {
        Type = Problems.ConcurrentChangeType, Status = 409,
        Title = Text.T("Rujukan baru saja diubah oleh orang lain", "The referral was just changed by someone else"),
        Detail = Text.T("Perintah lain tersimpan lebih dulu; perintah ini tidak disimpan. Muat ulang lalu coba lagi.",
                        "Another command was saved first; this one was not saved. Reload and try again."),
        Extensions = ContextOf(state)!,
    });

    private static Dictionary<string, object?> ContextOf(Referral state) => new()
    {
        // "status" is RFC 9457's HTTP status member, so the referral's own status is "currentStatus".
        ["currentStatus"] = SnakeCaseEnums.Code(state.Status),
        ["version"] = state.Version,
        ["allowedActions"] = state.AllowedActions,
    };
}

/// <summary>The case view response: the referral with its version as ETag.</summary>
public static class CaseView
{
    public static IResult Ok(HttpContext http, Referral view)
    {
        http.Response.Headers[HeaderNames.ETag] = $"\"{view.Version}\"";
        return Results.Ok(view);
    }

    public static IResult Created(HttpContext http, Referral view)
    {
        http.Response.Headers[HeaderNames.ETag] = $"\"{view.Version}\"";
        return Results.Created($"/api/v1/referrals/{view.Id}", view);
    }
}
