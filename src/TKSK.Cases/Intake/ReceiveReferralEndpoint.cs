using Marten;
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
        var duplicates = await PossibleDuplicates.FindAsync(session, command.Subject?.Nik, place.DesaCode, command.Category!, now, ct);
        // Case numbers count per year in East Java's own time (WIB, UTC+7).
        var number = await ReferralNumbers.NextAsync(session, now.ToOffset(Wib).Year, ct);

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

    /// <summary>Open referrals with the same NIK, or the same desa and category within 30 days.</summary>
    public static async Task<IReadOnlyList<PossibleDuplicate>> FindAsync(
        IQuerySession session, string? nik, string? desaCode, string category, DateTimeOffset now, CancellationToken ct)
    {
        nik = string.IsNullOrWhiteSpace(nik) ? null : nik.Trim();
        if (nik is null && desaCode is null) return [];
        var since = now - SamePlaceWindow;
        var candidates = await session.Query<Referral>()
            .Where(r => r.Status != ReferralStatus.Closed && r.Status != ReferralStatus.Rejected)
            .Where(r => (nik != null && r.Subject.Nik == nik)
                        || (desaCode != null && r.Place.DesaCode == desaCode && r.Category == category && r.ReceivedAt >= since))
            .OrderByDescending(r => r.ReceivedAt)
            .Take(20)
            .ToListAsync(ct);
        return candidates
            .Select(r => new PossibleDuplicate(r.Id, r.Number, nik is not null && r.Subject.Nik == nik ? "same_nik" : "same_desa_and_category"))
            .ToList();
    }
}
