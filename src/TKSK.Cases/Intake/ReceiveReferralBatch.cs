using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;
using Wolverine;
using Wolverine.Http;

namespace TKSK.Cases.Intake;

/// <param name="Items">1–500 reports, each exactly as POST /api/v1/referrals takes it.</param>
public sealed record ReceiveReferralBatchRequest(IReadOnlyList<ReceiveReferral?>? Items);

/// <summary>What became of one report of the batch: created (id, number) or refused with its own problem.</summary>
/// <param name="Index">The report's position in <c>items</c>, from 0.</param>
/// <param name="Status">201 created, or the status the report alone would have had (400 invalid, 403 outside the grant).</param>
/// <param name="Problem">Why it was refused (RFC 9457), its <c>errors</c> keyed by the path in the batch (<c>items[3].location</c>).</param>
public sealed record ReferralBatchItem(int Index, int Status, Guid? Id = null, string? Number = null, string? Location = null, ProblemDetails? Problem = null);

public sealed record ReferralBatchResult(int Created, int Refused, IReadOnlyList<ReferralBatchItem> Items);

/// <summary>Only the batch itself: each report is checked on its own, so that one bad report refuses only itself.</summary>
public sealed class ReceiveReferralBatchValidator : AbstractValidator<ReceiveReferralBatchRequest>
{
    public ReceiveReferralBatchValidator()
    {
        RuleFor(x => x.Items).NotEmpty()
            .WithMessage(_ => Text.T("Kirim 1–500 laporan dalam 'items'.", "Send 1–500 reports in 'items'."));
        RuleFor(x => x.Items).Must(items => items!.Count <= ReceiveReferralBatch.MaxItems).When(x => x.Items is not null)
            .WithMessage(x => Text.T($"Paling banyak {ReceiveReferralBatch.MaxItems} laporan per batch ({x.Items!.Count} dikirim); bagi menjadi beberapa batch.",
                $"At most {ReceiveReferralBatch.MaxItems} reports a batch ({x.Items!.Count} sent); split them into several batches."));
    }
}

/// <summary>
/// Bulk intake for agency systems (a kabupaten's Dinas Sosial application, a hospital, the national
/// welfare data system): up to 500 reports in one request, all that are valid stored in one
/// transaction with one bump of the case-number counter, each answered on its own.
/// </summary>
public static class ReceiveReferralBatch
{
    public const int MaxItems = 500;

    // 500 reports of the longest kind (4,000-character summary, names, address) stay under this; one
    // report's limit (256 KiB) stays the rest of the API's.
    public const long MaxBodyBytes = 8 * 1024 * 1024;

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>
    /// Log up to 500 reports at once. Answers 200 with one result per report, in order: 201 with the
    /// referral's id and number, or that report's problem (invalid: 400; outside the key's region or
    /// categories: 403). A bad report does not hold back the others. Send an Idempotency-Key: a retry
    /// of the same batch then answers the same results and creates nothing twice.
    /// </summary>
    [WolverinePost("/api/v1/referral-batches", OperationId = "ReceiveReferralBatch"), Tags("Referrals")]
    [RequestSizeLimit(MaxBodyBytes)]
    [ProducesResponseType<ReferralBatchResult>(200)]
    public static async Task<IResult> Post(
        ReceiveReferralBatchRequest request, IDocumentSession session, IMessageBus bus, IReferralReactions reactions, RegionCatalog regions,
        ServedArea servedArea, IValidator<ReceiveReferral> validator, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var actor = http.Caller();
        var items = request.Items!;
        var results = new ReferralBatchItem[items.Count];
        var accepted = new List<(int Index, ReceiveReferral Report, Place Place, bool OutOfArea)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } report)
            {
                results[i] = Invalid(i, new() { [$"items[{i}]"] = [Text.T("Laporan wajib diisi.", "A report is required.")] });
                continue;
            }
            var validation = await validator.ValidateAsync(report, ct);
            if (!validation.IsValid)
            {
                results[i] = Invalid(i, ValidationMiddleware.ErrorsByField(validation).ToDictionary(e => $"items[{i}].{e.Key}", e => e.Value));
                continue;
            }
            var place = Places.Resolve(report.Location!, regions);
            var outOfArea = !servedArea.Covers(place.ProvinceCode);
            // The single intake's rule, per report: an agency reports only within its grant.
            if (!Scope.Covers(actor, place.KecamatanCode, report.Category!, null) && !(outOfArea && ReferralScope.IsProvinceDesk(actor)))
            {
                results[i] = new ReferralBatchItem(i, 403, Problem: new ProblemDetails
                {
                    Type = ProblemTypes.Forbidden, Status = 403, Title = Text.T("Tidak berwenang", "Not permitted"),
                    Detail = Text.T("Wilayah atau kategori laporan ini di luar izin Anda.", "This report's region or category is outside your grant."),
                });
                continue;
            }
            accepted.Add((i, report, place, outOfArea));
        }

        if (accepted.Count > 0)
        {
            var stored = await StoredCandidatesAsync(session, accepted.Select(a => (a.Report, a.Place)).ToList(), now, ct);
            // From the year's sequence in one round trip; a batch that then fails leaves a gap (README: case numbers).
            var numbers = await ReferralNumbers.NextAsync(session, now.ToOffset(Wib).Year, accepted.Count, ct);

            session.Stamp(actor);
            var earlier = new List<ReferralReceived>();
            for (var k = 0; k < accepted.Count; k++)
            {
                var (index, report, place, outOfArea) = accepted[k];
                var id = Guid.CreateVersion7(now);
                // The batch's own earlier reports are the newest candidates; at most 20, as for a single intake.
                var candidates = InThisBatch(earlier, report, place).Reverse().Concat(Matching(stored, report, place, now)).Take(20).ToList();
                var decided = ReferralIntake.Receive(id, numbers[k], report, place, candidates, now, outOfArea);
                var reaction = reactions.After(null, ReferralEvolution.Evolve(null, decided), [decided], now);
                var received = (ReferralReceived)reaction.Events[0];
                session.Events.StartStream<Referral>(id, received);
                foreach (var message in reaction.Messages) await bus.PublishAsync(message);
                foreach (var (message, at) in reaction.Scheduled) await bus.ScheduleAsync(message, at);
                earlier.Add(received);
                results[index] = new ReferralBatchItem(index, 201, id, received.Number, $"/api/v1/referrals/{id}");
            }
            await session.SaveChangesAsync(ct);
        }
        return Results.Ok(new ReferralBatchResult(accepted.Count, items.Count - accepted.Count, results));
    }

    /// <summary>
    /// The open referrals that may duplicate any report of the batch, in one query instead of one per
    /// report (500 look-ups took most of a batch's time): by any of the batch's NIKs, or by its desa
    /// and categories within the window of <see cref="PossibleDuplicates"/>. <see cref="Matching"/>
    /// then applies that rule to each report.
    /// </summary>
    private static async Task<IReadOnlyList<Referral>> StoredCandidatesAsync(
        IQuerySession session, IReadOnlyList<(ReceiveReferral Report, Place Place)> reports, DateTimeOffset now, CancellationToken ct)
    {
        var niks = reports.Select(r => Nik(r.Report)).OfType<string>().Distinct().ToArray();
        var desa = reports.Select(r => r.Place.DesaCode).OfType<string>().Distinct().ToArray();
        var categories = reports.Select(r => r.Report.Category!).Distinct().ToArray();
        if (niks.Length == 0 && desa.Length == 0) return [];
        var since = now - PossibleDuplicates.SamePlaceWindow;
        return await session.Query<Referral>()
            .Where(r => r.Status != ReferralStatus.Closed && r.Status != ReferralStatus.Rejected)
            .Where(r => r.Subject.Nik.IsOneOf(niks) || (r.Place.DesaCode.IsOneOf(desa) && r.Category.IsOneOf(categories) && r.ReceivedAt >= since))
            .ToListAsync(ct);
    }

    /// <summary>The rule of <see cref="PossibleDuplicates.Find"/> for one report, over the batch's candidates: newest first, at most 20.</summary>
    private static IEnumerable<PossibleDuplicate> Matching(IReadOnlyList<Referral> stored, ReceiveReferral report, Place place, DateTimeOffset now)
    {
        var nik = Nik(report);
        var since = now - PossibleDuplicates.SamePlaceWindow;
        return stored
            .Where(r => (nik is not null && r.Subject.Nik == nik)
                        || (place.DesaCode is not null && r.Place.DesaCode == place.DesaCode && r.Category == report.Category && r.ReceivedAt >= since))
            .OrderByDescending(r => r.ReceivedAt)
            .Take(20)
            .Select(r => new PossibleDuplicate(r.Id, r.Number, nik is not null && r.Subject.Nik == nik ? "same_nik" : "same_desa_and_category", r.Place.KecamatanCode));
    }

    private static string? Nik(ReceiveReferral report) => string.IsNullOrWhiteSpace(report.Subject?.Nik) ? null : report.Subject.Nik.Trim();

    /// <summary>
    /// The duplicate rule of <see cref="PossibleDuplicates"/> against the batch's earlier reports,
    /// which the database cannot show yet: the same NIK, or the same desa and category.
    /// </summary>
    private static IEnumerable<PossibleDuplicate> InThisBatch(IEnumerable<ReferralReceived> earlier, ReceiveReferral report, Place place)
    {
        var nik = Nik(report);
        foreach (var e in earlier)
        {
            if (nik is not null && e.Subject.Nik == nik) yield return new PossibleDuplicate(e.ReferralId, e.Number, "same_nik", e.Place.KecamatanCode);
            else if (place.DesaCode is not null && e.Place.DesaCode == place.DesaCode && e.Category == report.Category)
                yield return new PossibleDuplicate(e.ReferralId, e.Number, "same_desa_and_category", e.Place.KecamatanCode);
        }
    }

    private static ReferralBatchItem Invalid(int index, Dictionary<string, string[]> errors) => new(index, 400, Problem: new ProblemDetails
    {
        Type = ProblemTypes.Validation, Status = 400, Title = Text.T("Data tidak valid", "Invalid data"),
        Detail = Text.T("Periksa kolom yang disebut di 'errors'.", "Check the fields named in 'errors'."),
        Extensions = { ["errors"] = errors },
    });
}
