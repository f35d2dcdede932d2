using JasperFx;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using TKSK.Cases.Access;
using Wolverine;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Casework;

/// <summary>
/// The HTTP edge of every referral command, and all it does: the id and If-Match become the command's
/// address and expected version, the command goes to its handler (<see cref="ReferralPipeline"/>) as a
/// message, and what comes back becomes the case view or a problem in the request's language. The
/// request's role and body were checked before (the access policy, the validators), and the message
/// says so, so the pipeline does not check them twice.
/// </summary>
public static class CommandEdge
{
    /// <summary>Sent with a command the edge has checked: its sender's role, and its request's rules.</summary>
    public static DeliveryOptions Checked => new() { Headers = { [ReferralPipeline.CheckedAtEdge] = "true" } };

    public static async Task<IResult> SendReferralCommandAsync(this IMessageBus bus, HttpContext http, string id, Func<Guid, ReferralCommand> command)
    {
        if (!TryParseId(id, out var referralId)) return NotFound(id);
        var expected = ExpectedVersion(http.Request);
        ReferralCommandOutcome outcome;
        try
        {
            outcome = await bus.InvokeAsync<ReferralCommandOutcome>(
                command(referralId) with { ExpectedVersion = expected, Actor = http.Caller() }, Checked, http.RequestAborted);
        }
        catch (ConcurrencyException)
        {
            // Still losing after the handler's retries: someone else keeps changing this referral.
            await using var session = http.RequestServices.GetRequiredService<IDocumentStore>().QuerySession();
            return await session.LoadAsync<Referral>(referralId, http.RequestAborted) is { } current ? ConcurrentChange(current) : NotFound(id);
        }
        return outcome switch
        {
            { Result: CommandResult.Done, View: { } view } => CaseView.Ok(http, view),
            { Result: CommandResult.StaleVersion, View: { } current } => StaleVersion(current, expected!.Value),
            { Result: CommandResult.Rejected, Rejection: { } rejection } => Results.Problem(ReferralProblems.For(rejection, outcome.View)),
            { Result: CommandResult.Forbidden } => Forbidden(),
            _ => NotFound(id),
        };
    }

    /// <summary>A referral id from a URL: a GUID that a referral can have (never the empty one, which no stream may use).</summary>
    public static bool TryParseId(string id, out Guid referralId) => Guid.TryParse(id, out referralId) && referralId != Guid.Empty;

    public static IResult NotFound(string id) =>
        ProblemResults.NotFound(Text.T($"Rujukan{Echo.Id(id)} tidak ditemukan.", $"Referral{Echo.Id(id)} not found."));

    /// <summary>If-Match: "7" (or 7, or W/"7") → 7; absent or "*" → no check; anything else matches no version.</summary>
    private static long? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*") return null;
        if (header.StartsWith("W/")) header = header[2..];
        return long.TryParse(header.Trim('"'), out var version) ? version : -1;
    }

    private static IResult StaleVersion(Referral state, long expected) => Results.Problem(new ProblemDetails
    {
        Type = ProblemTypes.StaleVersion, Status = 412,
        Title = Text.T("Rujukan sudah berubah", "The referral has changed"),
        Detail = Text.T($"If-Match meminta versi {expected}, versi sekarang {state.Version}. Muat ulang lalu coba lagi.",
                        $"If-Match asked for version {expected}; the current version is {state.Version}. Reload and try again."),
        Extensions = ReferralProblems.Context(state),
    });

    private static IResult Forbidden() => Results.Problem(new ProblemDetails
    {
        Type = ProblemTypes.Forbidden, Status = 403,
        Title = Text.T("Tidak berwenang", "Not permitted"),
        Detail = Text.T("Anda tidak berwenang melakukan tindakan ini pada rujukan ini.", "You may not take this action on this referral."),
    });

    private static IResult ConcurrentChange(Referral state) => Results.Problem(new ProblemDetails
    {
        Type = ProblemTypes.ConcurrentChange, Status = 409,
        Title = Text.T("Rujukan baru saja diubah oleh orang lain", "The referral was just changed by someone else"),
        Detail = Text.T("Perintah lain tersimpan lebih dulu; perintah ini tidak disimpan. Muat ulang lalu coba lagi.",
                        "Another command was saved first; this one was not saved. Reload and try again."),
        Extensions = ReferralProblems.Context(state),
    });
}
