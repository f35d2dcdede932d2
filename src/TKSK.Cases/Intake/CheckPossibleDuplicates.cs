using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Categories;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;
using Wolverine.Http;

namespace TKSK.Cases.Intake;

/// <summary>
/// What an operator has typed so far of a report, shaped like the intake's own request so that the
/// same field paths (subject.nik, location.desaCode) name the same fields. Sent in a body, never in a
/// URL, because a NIK in a URL ends up in proxies' and browsers' histories.
/// </summary>
public sealed record CheckPossibleDuplicatesRequest(DuplicateSubject? Subject, DuplicatePlace? Location, string? Category);

/// <param name="Nik">The subject's 16-digit NIK, if known.</param>
public sealed record DuplicateSubject(string? Nik);

/// <param name="DesaCode">The desa/kelurahan code, if known.</param>
public sealed record DuplicatePlace(string? DesaCode);

public sealed class CheckPossibleDuplicatesValidator : AbstractValidator<CheckPossibleDuplicatesRequest>
{
    public CheckPossibleDuplicatesValidator(RegionCatalog regions)
    {
        RuleFor(x => x.Subject!.Nik).Nik().When(x => x.Subject is not null).OverridePropertyName("Subject.Nik");
        RuleFor(x => x.Location!.DesaCode)
            .Must(code => regions.Find(code) is not null && RegionCatalog.LevelOf(code!) == RegionLevel.Desa)
            .When(x => x.Location?.DesaCode is not null).OverridePropertyName("Location.DesaCode")
            .WithMessage(x => Text.T($"Kode desa/kelurahan{Echo.Code(x.Location!.DesaCode)} tidak dikenal.", $"Unknown desa/kelurahan code{Echo.Code(x.Location!.DesaCode)}."));
        RuleFor(x => x.Category).Must(PpksCategories.Exists).When(x => x.Category is not null)
            .WithMessage(x => Text.T($"Kategori PPKS{Echo.Code(x.Category)} tidak dikenal.", $"Unknown PPKS category{Echo.Code(x.Category)}."));
    }
}

/// <summary>An open referral the report may repeat. Nothing personal: the operator opens the case to compare.</summary>
/// <param name="Reason">same_nik, or same_desa_and_category (within 30 days).</param>
public sealed record PossibleDuplicateMatch(
    Guid ReferralId, string Number, string Reason, ReferralStatus Status, DateTimeOffset ReceivedAt,
    string Category, string CategoryName, string KecamatanName, string? DesaName);

/// <param name="Items">Matches within the caller's scope, newest first (at most 20).</param>
/// <param name="OutsideYourScope">How many more match outside the caller's region: told, not shown.</param>
public sealed record PossibleDuplicateMatches(IReadOnlyList<PossibleDuplicateMatch> Items, int OutsideYourScope);

public static class CheckPossibleDuplicatesEndpoint
{
    /// <summary>
    /// Before a report is saved: the open referrals it may repeat, by the intake's own rule (the same NIK, or the
    /// same desa and category within 30 days). Those outside the caller's region are only counted.
    /// </summary>
    /// <remarks>
    /// For `jsc_operator` and `province_admin`; other callers, agency keys included, get 403. Send what is known so far: `subject.nik`,
    /// `location.desaCode`, `category`; a place match needs both desa and category, and with neither a NIK nor a desa the answer is empty.
    /// Each match gives the referral's id and number, `reason` (`same_nik` or `same_desa_and_category`), status, `receivedAt` (ISO 8601),
    /// category and place names, nothing personal; `outsideYourScope` only counts those the caller may not see. A malformed NIK or an
    /// unknown desa or category code answers 400 naming the field; nothing is created.
    /// </remarks>
    [WolverinePost("/api/v1/duplicate-checks", OperationId = "CheckPossibleDuplicates"), Tags("Referrals")]
    // Asked before intake by those who take reports. Agencies do not ask: possible duplicates name other people's cases, which
    // an agency's masked view of its own intake leaves out (UU PDP); the JSC desk sees them when it assesses the report.
    [Allowed(Role.JscOperator)]
    [ProducesResponseType<PossibleDuplicateMatches>(200)]
    public static async Task<IResult> Post(CheckPossibleDuplicatesRequest request, IQuerySession session, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var nik = PossibleDuplicates.Nik(request.Subject?.Nik);
        var desa = request.Location?.DesaCode;
        var now = clock.GetUtcNow();
        var reads = session.CreateBatchQuery();
        var candidates = PossibleDuplicates.Candidates(reads, nik is null ? [] : [nik], desa is null ? [] : [desa],
            request.Category is null ? [] : [request.Category], now);
        await reads.Execute(ct);
        var matches = PossibleDuplicates.Among(await candidates, nik, desa, request.Category, now);
        if (matches.Count == 0) return Results.Ok(new PossibleDuplicateMatches([], 0));
        var caller = http.Caller();
        var found = (await session.LoadManyAsync<Referral>(ct, matches.Select(m => m.ReferralId))).ToDictionary(r => r.Id);
        var shown = matches.Where(m => found.TryGetValue(m.ReferralId, out var r) && caller.Covers(r))
            .Select(m => found[m.ReferralId])
            .Select(r => new PossibleDuplicateMatch(r.Id, r.Number, matches.First(m => m.ReferralId == r.Id).Reason, r.Status, r.ReceivedAt,
                r.Category, r.CategoryName, r.Place.KecamatanName, r.Place.DesaName))
            .ToList();
        return Results.Ok(new PossibleDuplicateMatches(shown, matches.Count - shown.Count));
    }
}
