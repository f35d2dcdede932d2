using Microsoft.Net.Http.Headers;
using TKSK.Cases.Infrastructure;
using Wolverine;

namespace TKSK.Cases.Referrals;

/// <summary>
/// HTTP ↔ referral command: reads the id and If-Match, sends the command to
/// <see cref="ReferralCommandHandler"/>, and answers with the case view or a problem.
/// </summary>
public static class ReferralCommands
{
    public static async Task<IResult> ExecuteAsync(this IMessageBus bus, string id, IReferralCommand command, HttpContext http, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var referralId)) return NotFound(id);
        var expected = ExpectedVersion(http.Request);
        var outcome = await bus.InvokeAsync<ReferralCommandOutcome>(new ExecuteReferralCommand(referralId, command, expected), ct);
        return outcome switch
        {
            { Result: CommandResult.Done, View: { } view } => CaseView.Ok(http, view),
            { Result: CommandResult.NotFound } => NotFound(id),
            { Result: CommandResult.StaleVersion, View: { } current } => StaleVersion(current, expected!.Value),
            { Result: CommandResult.LostRace, View: { } current } => ConcurrentChange(current),
            { Rejection: { } rejection, View: { } current } => ProblemResults.From(rejection, rejection.Status == 409 ? ContextOf(current) : null),
            _ => throw new InvalidOperationException($"Unexpected command outcome {outcome.Result}"),
        };
    }

    public static IResult NotFound(string id) =>
        ProblemResults.NotFound(Text.T($"Rujukan {id} tidak ditemukan.", $"Referral {id} not found."));

    /// <summary>If-Match: "7" (or 7, or W/"7") → 7; absent or "*" → no check; anything else matches no version.</summary>
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
        Extensions = ContextOf(state),
    });

    private static IResult ConcurrentChange(Referral state) => Results.Problem(new()
    {
        Type = Problems.ConcurrentChangeType, Status = 409,
        Title = Text.T("Rujukan baru saja diubah oleh orang lain", "The referral was just changed by someone else"),
        Detail = Text.T("Perintah lain tersimpan lebih dulu; perintah ini tidak disimpan. Muat ulang lalu coba lagi.",
                        "Another command was saved first; this one was not saved. Reload and try again."),
        Extensions = ContextOf(state),
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
    public static string ETagOf(Referral view) => $"\"{view.Version}\"";

    public static IResult Ok(HttpContext http, Referral view)
    {
        http.Response.Headers[HeaderNames.ETag] = ETagOf(view);
        return Results.Ok(view);
    }

    public static IResult Created(HttpContext http, Referral view)
    {
        http.Response.Headers[HeaderNames.ETag] = ETagOf(view);
        return Results.Created($"/api/v1/referrals/{view.Id}", view);
    }
}
