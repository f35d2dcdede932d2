using JasperFx;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure;
using Wolverine;

namespace TKSK.Cases.Referrals;

/// <summary>
/// The HTTP edge of every referral command: the id and If-Match become the command's address and
/// expected version, the command goes to its handler as a message, and what comes back becomes
/// the case view or a problem in the request's language.
/// </summary>
public static class ReferralHttp
{
    public static async Task<IResult> SendReferralCommandAsync(this IMessageBus bus, HttpContext http, string id, Func<Guid, ReferralCommand> command)
    {
        if (!TryParseId(id, out var referralId)) return NotFound(id);
        var expected = ExpectedVersion(http.Request);
        ReferralCommandOutcome outcome;
        try
        {
            outcome = await bus.InvokeAsync<ReferralCommandOutcome>(
                command(referralId) with { ExpectedVersion = expected, Actor = http.Caller() }, http.RequestAborted);
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
            { Result: CommandResult.Rejected, Rejection: { } rejection, View: { } current } => Results.Problem(ReferralProblems.For(rejection, current)),
            { Result: CommandResult.Forbidden, View: { } current } => Forbidden(current),
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

    private static IResult Forbidden(Referral state) => Results.Problem(new ProblemDetails
    {
        Type = ProblemTypes.Forbidden, Status = 403,
        Title = Text.T("Tidak berwenang", "Not permitted"),
        Detail = Text.T($"Anda tidak berwenang melakukan tindakan ini pada rujukan {state.Number}.", $"You may not take this action on referral {state.Number}."),
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

/// <summary>The case view response: the referral as shown, with its version as ETag.</summary>
public static class CaseView
{
    public static string ETagOf(Referral view) => $"\"{view.Version}\"";

    public static IResult Ok(HttpContext http, Referral view)
    {
        http.Response.Headers[HeaderNames.ETag] = ETagOf(view);
        return Results.Ok(For(http.Caller(), view).Shown);
    }

    public static IResult Created(HttpContext http, Referral view)
    {
        http.Response.Headers[HeaderNames.ETag] = ETagOf(view);
        return Results.Created($"/api/v1/referrals/{view.Id}", For(http.Caller(), view).Shown);
    }

    /// <summary>
    /// What this caller may see of the case: everything for people in scope, the masked view for an agency
    /// unless a basis for sharing with it holds now (<paramref name="consentsNow"/>: the bases recorded now,
    /// which also decide for a view of the past). <c>Discloses</c>: the answer holds personal data unmasked,
    /// so the read must be recorded (UU PDP).
    /// </summary>
    public static (Referral Shown, bool Discloses) For(Actor caller, Referral view, IReadOnlyList<SharingConsent>? consentsNow = null)
    {
        if (caller.Role != Role.Agency) return (WithinScope(caller, view.AsShown()), caller.IsPerson);
        var consents = consentsNow ?? view.SharingConsents;
        return (PersonalData.ForAgency(view.AsShown(), caller.AgencyId, caller.Name, consents), PersonalData.SharedWith(consents, caller.AgencyId, caller.Name));
    }

    // A possible duplicate elsewhere tells that a person with this NIK has a case there: only its count is shown.
    private static Referral WithinScope(Actor caller, Referral view)
    {
        if (view.PossibleDuplicates.Count == 0) return view;
        var visible = view.PossibleDuplicates
            .Where(d => d.KecamatanCode is { } kecamatan ? Scope.InRegion(caller.Region, kecamatan) : ReferralScope.IsProvinceDesk(caller)).ToList();
        return visible.Count == view.PossibleDuplicates.Count ? view
            : view with { PossibleDuplicates = visible, PossibleDuplicatesOutsideYourRegion = view.PossibleDuplicates.Count - visible.Count };
    }
}
