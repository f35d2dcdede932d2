using Marten;
using Marten.Services.BatchQuerying;
using Wolverine;
using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;
using Wolverine.Http;

namespace TKSK.Cases.Intake;

public static class ReceiveReferralEndpoint
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>Log a report: starts the referral's event stream and answers with its case view and number.</summary>
    [WolverinePost("/api/v1/referrals", OperationId = "ReceiveReferral"), Tags("Referrals")]
    [ProducesResponseType<Referral>(201), ProducesResponseType<ProblemDetails>(403, "application/problem+json")]
    public static async Task<IResult> Post(
        ReceiveReferral command, IDocumentSession session, IMessageBus bus, IReferralReactions reactions, RegionCatalog regions,
        ServedArea servedArea, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var place = Places.Resolve(command.Location!, regions);
        var actor = http.Caller();
        var outOfArea = !servedArea.Covers(place.ProvinceCode);
        // An agency reports only within its grant (region, categories): what it could not read back.
        // A report from outside the served area is the province desk's to take (ReferralScope).
        if (!Scope.Covers(actor, place.KecamatanCode, command.Category!, null) && !(outOfArea && ReferralScope.IsProvinceDesk(actor)))
            return ProblemResults.Forbidden(Text.T("Wilayah atau kategori ini di luar izin Anda.", "This region or category is outside your grant."));
        // One round trip for both reads. Case numbers count per year in East Java's own time (WIB, UTC+7).
        var reads = session.CreateBatchQuery();
        var found = PossibleDuplicates.Find(reads, command.Subject?.Nik, place.DesaCode, command.Category!, now);
        var numbers = ReferralNumbers.Reserve(reads, now.ToOffset(Wib).Year, 1);
        await reads.Execute(ct);
        var (duplicates, number) = (await found, (await numbers)[0]);

        var decided = ReferralIntake.Receive(id, number, command, place, duplicates, now, outOfArea);
        // The desk-assessment deadline travels on the report; its checks are committed with it (outbox).
        var reaction = reactions.After(null, ReferralEvolution.Evolve(null, decided), [decided], now);
        var received = (ReferralReceived)reaction.Events[0];
        session.Stamp(actor);
        session.Events.StartStream<Referral>(id, received);
        foreach (var (message, at) in reaction.Scheduled) await bus.ScheduleAsync(message, at);
        await session.SaveChangesAsync(ct);
        return CaseView.Created(http, ReferralEvolution.Evolve(null, received, actor.Id) with { Version = 1 });
    }
}

public static class PossibleDuplicates
{
    public static readonly TimeSpan SamePlaceWindow = TimeSpan.FromDays(30);

    /// <summary>Open referrals with the same NIK, or the same desa and category within 30 days (a query of a batch).</summary>
    public static async Task<IReadOnlyList<PossibleDuplicate>> Find(
        IBatchedQuery batch, string? nik, string? desaCode, string category, DateTimeOffset now)
    {
        nik = Normalised(nik);
        if (nik is null && desaCode is null) return [];
        var candidates = await batch.Query<Referral>().Where(Matching(nik, desaCode, category, now))
            .OrderByDescending(r => r.ReceivedAt)
            .Take(20)
            .ToList();
        return candidates.Select(r => new PossibleDuplicate(r.Id, r.Number, ReasonOf(r, nik))).ToList();
    }

    public static string? Normalised(string? nik) => string.IsNullOrWhiteSpace(nik) ? null : nik.Trim();

    /// <summary>The rule: an open referral with the same NIK, or with the same desa and category received within 30 days.</summary>
    public static System.Linq.Expressions.Expression<Func<Referral, bool>> Matching(string? nik, string? desaCode, string? category, DateTimeOffset now)
    {
        var since = now - SamePlaceWindow;
        return r => r.Status != ReferralStatus.Closed && r.Status != ReferralStatus.Rejected
                    && ((nik != null && r.Subject.Nik == nik)
                        || (desaCode != null && category != null && r.Place.DesaCode == desaCode && r.Category == category && r.ReceivedAt >= since));
    }

    public static string ReasonOf(Referral match, string? nik) => nik is not null && match.Subject.Nik == nik ? "same_nik" : "same_desa_and_category";
}
