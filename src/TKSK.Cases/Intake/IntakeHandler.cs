using Marten;
using TKSK.Cases.Casework;
using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Intake;

/// <summary>Reports to log together, in one transaction with one round trip for their look-ups: a bulk intake, or one report.</summary>
public sealed record ReceiveReferrals(IReadOnlyList<ReceiveReferral> Reports);

/// <summary>What became of each report, in order.</summary>
public sealed record IntakeOutcomes(IReadOnlyList<ReferralCommandOutcome> Items);

/// <summary>
/// Intake is the stream-starting case of the one pipeline (<see cref="ReferralPipeline.StartAsync"/>): load what
/// the rule needs — the place, possible duplicates, the case number — for every report at once, then let the
/// pipeline authorize, decide, react, start the stream and publish, report by report.
/// </summary>
public static class IntakeHandler
{
    public static async Task<IntakeOutcomes> Handle(
        ReceiveReferrals message, ReferralPipeline pipeline, IDocumentSession session, RegionCatalog regions, ServedArea servedArea,
        TimeProvider clock, CancellationToken ct)
    {
        var reports = message.Reports.Select(r => (Report: r, Place: Places.Resolve(r.Location, regions))).ToList();
        if (reports.Count == 0) return new IntakeOutcomes([]);
        var now = clock.GetUtcNow();
        // One round trip for both reads. Case numbers count per year in East Java's own time (WIB, UTC+7); a
        // report refused after this leaves a gap (docs/workflow.md, "Case numbers").
        var reads = session.CreateBatchQuery();
        var stored = PossibleDuplicates.Candidates(reads, reports, now);
        var numbers = ReferralNumbers.Reserve(reads, Wib.YearOf(now), reports.Count);
        await reads.Execute(ct);

        var outcomes = new List<ReferralCommandOutcome>();
        // The batch's own earlier reports are the newest candidates of the later ones.
        var earlier = new List<DuplicateCandidate>();
        foreach (var ((report, place), number) in reports.Zip(await numbers))
        {
            var candidates = earlier.AsEnumerable().Reverse().Concat(await stored).ToList();
            var outcome = await pipeline.StartAsync(report, at => ReferralIntake.Decide(
                report, number, place, !servedArea.Covers(place.ProvinceCode), PossibleDuplicates.Among(candidates, report, place, at.Now), at));
            if (outcome is { Result: CommandResult.Done, View: { } started }) earlier.Add(DuplicateCandidate.Of(started));
            outcomes.Add(outcome);
        }
        return new IntakeOutcomes(outcomes);
    }

    /// <summary>One report that arrived on its own (a queue, a device): the same as a batch of one.</summary>
    public static async Task<ReferralCommandOutcome> Handle(
        ReceiveReferral report, ReferralPipeline pipeline, IDocumentSession session, RegionCatalog regions, ServedArea servedArea,
        TimeProvider clock, CancellationToken ct) =>
        (await Handle(new ReceiveReferrals([report]), pipeline, session, regions, servedArea, clock, ct)).Items[0];
}
