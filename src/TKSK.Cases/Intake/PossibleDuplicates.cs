using Marten;
using Marten.Services.BatchQuerying;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Intake;

/// <summary>A referral that a new report may duplicate: what the rule compares.</summary>
public sealed record DuplicateCandidate(Guid Id, string Number, string? Nik, string? DesaCode, string Category, DateTimeOffset ReceivedAt, string KecamatanCode)
{
    public static DuplicateCandidate Of(Referral r) => new(r.Id, r.Number, r.Subject.Nik, r.Place.DesaCode, r.Category, r.ReceivedAt, r.Place.KecamatanCode);
}

/// <summary>
/// Possible duplicates of a report: open referrals with the same NIK, or of the same desa and category within 30
/// days. The desk decides; nothing is merged. One rule for a single report and for each report of a batch (whose
/// earlier reports count too, though the database cannot show them yet).
/// </summary>
public static class PossibleDuplicates
{
    public static readonly TimeSpan SamePlaceWindow = TimeSpan.FromDays(30);
    private const int Most = 20;

    /// <summary>The rule, pure: the candidates (in the order given: newest first) that this report may duplicate, at most 20.</summary>
    public static IReadOnlyList<PossibleDuplicate> Among(IEnumerable<DuplicateCandidate> candidates, ReceiveReferral report, Place place, DateTimeOffset now) =>
        Among(candidates, Nik(report.Subject.Nik), place.DesaCode, report.Category, now);

    /// <summary>
    /// The rule on what it compares, for a report not yet complete too (the console asks while the operator types):
    /// the same NIK, or the same desa and category within the window.
    /// </summary>
    public static IReadOnlyList<PossibleDuplicate> Among(IEnumerable<DuplicateCandidate> candidates, string? nik, string? desaCode, string? category, DateTimeOffset now)
    {
        var since = now - SamePlaceWindow;
        return candidates
            .Where(c => (nik is not null && c.Nik == nik)
                        || (desaCode is not null && category is not null && c.DesaCode == desaCode && c.Category == category && c.ReceivedAt >= since))
            .Take(Most)
            .Select(c => new PossibleDuplicate(c.Id, c.Number, nik is not null && c.Nik == nik ? "same_nik" : "same_desa_and_category", c.KecamatanCode))
            .ToList();
    }

    /// <summary>
    /// The open referrals that may duplicate any of these reports, newest first, in one query of a batch (a bulk
    /// intake once made 500 look-ups): by any of their NIKs, or by their desa and categories within the window.
    /// </summary>
    public static Task<IReadOnlyList<DuplicateCandidate>> Candidates(
        IBatchedQuery batch, IReadOnlyList<(ReceiveReferral Report, Place Place)> reports, DateTimeOffset now) =>
        Candidates(batch, [.. reports.Select(r => Nik(r.Report.Subject.Nik)).OfType<string>().Distinct()],
            [.. reports.Select(r => r.Place.DesaCode).OfType<string>().Distinct()], [.. reports.Select(r => r.Report.Category).Distinct()], now);

    /// <summary>
    /// The open referrals with one of these NIKs, or of one of these desa and categories within the window, newest first:
    /// only the fields the rule compares. For one report the query is the rule itself, so it stops at the rule's 20; for
    /// several, one report's 20 could hide behind another's, so all are read. (A busy desa once made every intake read
    /// each of its open cases whole: 179 documents and 70 ms a report.)
    /// </summary>
    public static async Task<IReadOnlyList<DuplicateCandidate>> Candidates(IBatchedQuery batch, string[] niks, string[] desa, string[] categories, DateTimeOffset now)
    {
        if (niks.Length == 0 && desa.Length == 0) return [];
        var since = now - SamePlaceWindow;
        var query = batch.Query<Referral>()
            .Where(r => r.Status != ReferralStatus.Closed && r.Status != ReferralStatus.Rejected)
            .Where(r => r.Subject.Nik.IsOneOf(niks) || (r.Place.DesaCode.IsOneOf(desa) && r.Category.IsOneOf(categories) && r.ReceivedAt >= since))
            .OrderByDescending(r => r.ReceivedAt);
        var one = niks.Length <= 1 && desa.Length <= 1 && categories.Length <= 1;
        var found = await (one ? query.Take(Most) : query)
            .Select(r => new { r.Id, r.Number, r.Subject.Nik, r.Place.DesaCode, r.Category, r.ReceivedAt, r.Place.KecamatanCode })
            .ToList();
        return [.. found.Select(c => new DuplicateCandidate(c.Id, c.Number, c.Nik, c.DesaCode, c.Category, c.ReceivedAt, c.KecamatanCode))];
    }

    public static string? Nik(string? nik) => string.IsNullOrWhiteSpace(nik) ? null : nik.Trim();
}
