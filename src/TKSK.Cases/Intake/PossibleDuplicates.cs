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
    public static IReadOnlyList<PossibleDuplicate> Among(IEnumerable<DuplicateCandidate> candidates, ReceiveReferral report, Place place, DateTimeOffset now)
    {
        var nik = Nik(report);
        var since = now - SamePlaceWindow;
        return candidates
            .Where(c => (nik is not null && c.Nik == nik)
                        || (place.DesaCode is not null && c.DesaCode == place.DesaCode && c.Category == report.Category && c.ReceivedAt >= since))
            .Take(Most)
            .Select(c => new PossibleDuplicate(c.Id, c.Number, nik is not null && c.Nik == nik ? "same_nik" : "same_desa_and_category", c.KecamatanCode))
            .ToList();
    }

    /// <summary>
    /// The open referrals that may duplicate any of these reports, newest first, in one query of a batch (a bulk
    /// intake once made 500 look-ups): by any of their NIKs, or by their desa and categories within the window.
    /// </summary>
    public static async Task<IReadOnlyList<DuplicateCandidate>> Candidates(
        IBatchedQuery batch, IReadOnlyList<(ReceiveReferral Report, Place Place)> reports, DateTimeOffset now)
    {
        var niks = reports.Select(r => Nik(r.Report)).OfType<string>().Distinct().ToArray();
        var desa = reports.Select(r => r.Place.DesaCode).OfType<string>().Distinct().ToArray();
        var categories = reports.Select(r => r.Report.Category).Distinct().ToArray();
        if (niks.Length == 0 && desa.Length == 0) return [];
        var since = now - SamePlaceWindow;
        var found = await batch.Query<Referral>()
            .Where(r => r.Status != ReferralStatus.Closed && r.Status != ReferralStatus.Rejected)
            .Where(r => r.Subject.Nik.IsOneOf(niks) || (r.Place.DesaCode.IsOneOf(desa) && r.Category.IsOneOf(categories) && r.ReceivedAt >= since))
            .OrderByDescending(r => r.ReceivedAt)
            .ToList();
        return [.. found.Select(DuplicateCandidate.Of)];
    }

    private static string? Nik(ReceiveReferral report) => string.IsNullOrWhiteSpace(report.Subject.Nik) ? null : report.Subject.Nik.Trim();
}
