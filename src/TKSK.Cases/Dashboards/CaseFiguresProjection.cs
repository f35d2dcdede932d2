using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;
using TKSK.Cases.IntakeAssist;
using TKSK.Cases.Infrastructure.Json;

namespace TKSK.Cases.Dashboards;

/// <summary>
/// The dashboards' projection, run by the async daemon. For each event it folds the referral's
/// <see cref="ReferralFacts"/>, takes what the referral counted for before and after (its contribution, <see cref="FigureDeltas"/>)
/// and moves the difference into the counters — so a case that moves from assigned to in progress leaves one
/// counter and enters another — plus what an event adds by itself (a resolution, a case opening or closing in
/// a month). A page of events is one transaction: a few loads, a few writes, whatever the history.
/// </summary>
public sealed partial class CaseFiguresProjection : IProjection
{
    public const string Name = "CaseFigures";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        await ReadSideRebuild.RefuseIfAnotherProcessRebuildsAsync(operations, cancellation);
        var streams = events.Select(e => e.StreamId).Distinct().ToArray();
        var facts = (await operations.LoadManyAsync<ReferralFacts>(cancellation, streams)).ToDictionary(f => f.Id);
        var changed = new HashSet<Guid>();
        var deltas = new FigureDeltas();
        if (await operations.LoadAsync<SlaFiguresComplete>(SlaFiguresComplete.Key, cancellation) is null)
            await deltas.RecountSlaAsync(operations, cancellation);
        foreach (var e in events)
        {
            var before = facts.GetValueOrDefault(e.StreamId);
            var at = ReferralEventFacts.At(e.Data, e.Timestamp).ToUniversalTime();
            if (ReferralFactsEvolution.Evolve(before, e.Data, at) is not { } after) continue;
            deltas.Record(before, after, e.Data, at);
            // Most events of a case's life (a note, a step started) change no fact: the row is not rewritten for them.
            // Equal records hold the same lists (an unchanged list is passed on, not copied), so equality is exact here.
            if (after.Equals(before)) continue;
            facts[e.StreamId] = after;
            changed.Add(e.StreamId);
        }
        await deltas.WriteAsync(operations, cancellation);
        foreach (var id in changed) operations.Store(facts[id]);
    }
}

/// <summary>Counter changes of one page of events, by document, applied with one load per document type.</summary>
public sealed class FigureDeltas
{
    private readonly Dictionary<string, Dictionary<string, long>> _regions = new(), _months = new(), _coordinators = new(), _days = new(), _sla = new();
    private bool _slaRecounted;

    /// <summary>
    /// The SLA figures counted afresh from every referral's facts as they stand before this page (this page's changes
    /// follow as deltas), replacing whatever is stored: for a store from before they existed, and after a rebuild's teardown.
    /// </summary>
    public async Task RecountSlaAsync(IDocumentOperations operations, CancellationToken ct)
    {
        await foreach (var f in operations.Query<ReferralFacts>().ToAsyncEnumerable(ct))
            foreach (var (document, counter) in SlaHistograms.Contribution(f)) Add(new(_sla, document, counter, 1), 1);
        _slaRecounted = true;
    }

    public void Record(ReferralFacts? before, ReferralFacts after, object data, DateTimeOffset at)
    {
        if (before is not null) foreach (var c in Contribution(before)) Add(c, -c.Amount);
        foreach (var c in Contribution(after)) Add(c, c.Amount);
        if (!SlaHistograms.SameFigures(before, after))
        {
            if (before is not null) foreach (var (document, counter) in SlaHistograms.Contribution(before)) Add(new(_sla, document, counter, -1), -1);
            foreach (var (document, counter) in SlaHistograms.Contribution(after)) Add(new(_sla, document, counter, 1), 1);
        }

        var month = Wib.MonthOf(at);
        if (OpenKey(before) != OpenKey(after)) Moved("open.", OpenKey(before), OpenKey(after));
        if (OverdueKey(before) != OverdueKey(after)) Moved("overdue.", OverdueKey(before), OverdueKey(after));
        if (data is ReferralResolved)
        {
            foreach (var region in Regions(after)) { Month(month, region, "resolved", 1); Month(month, region, "resolved." + after.Category, 1); }
            if (after.CoordinatorId is { } coordinator) Add(new(_days, $"{coordinator}|{Wib.DayOf(at):yyyy-MM-dd}", "resolved", 1), 1);
        }

        // The offline-sync conflicts waiting for a supervisor, and those resolved, where the case lies.
        if (data is OfflineChangeConflicted or OfflineConflictResolved)
            foreach (var region in Regions(after))
            {
                var resolved = data is OfflineConflictResolved;
                Add(new(_regions, region, "conflicts.open", resolved ? -1 : 1), resolved ? -1 : 1);
                if (resolved) Add(new(_regions, region, "conflicts.resolved", 1), 1);
            }

        if (data is IntakeSuggestionsReviewed review)
            foreach (var region in Regions(after))
                foreach (var field in review.Fields)
                {
                    var name = SnakeCaseEnums.Code(field.Field);
                    Month(month, region, "assist.suggested." + name, 1);
                    if (field.Accepted) Month(month, region, "assist.accepted." + name, 1);
                }

        void Moved(string prefix, string? from, string? to)
        {
            foreach (var region in Regions(after))
            {
                if (from is not null) Month(month, region, prefix + from, -1);
                if (to is not null) Month(month, region, prefix + to, 1);
            }
        }
    }

    // A case counts as open (or overdue) under its category; a change of either moves it in that month's figures.
    private static string? OpenKey(ReferralFacts? f) => f is { Open: true } ? f.Category : null;
    private static string? OverdueKey(ReferralFacts? f) => f is { Open: true, Overdue: true } ? f.Category : null;

    private static IEnumerable<string> Regions(ReferralFacts f) => [f.ProvinceCode, f.KabupatenCode, f.KecamatanCode];

    private sealed record Counter(Dictionary<string, Dictionary<string, long>> Book, string Document, string Name, long Amount);

    /// <summary>Everything one referral counts for today, as it stands: the figures are the sum of these over all referrals.</summary>
    private IEnumerable<Counter> Contribution(ReferralFacts f)
    {
        var month = Wib.MonthOf(f.ReceivedAt);
        foreach (var region in Regions(f))
        {
            Counter R(string name, long amount = 1) => new(_regions, region, name, amount);
            yield return R("total");
            yield return R("status." + f.Status);
            yield return R("urgency." + f.Urgency);
            yield return R("category." + f.Category);
            yield return R("channel." + f.Channel);
            if (f.Open) yield return R("open");
            if (f is { Open: true, Overdue: true }) yield return R("overdue");
            if (f.Unassigned) yield return R("unassigned");
            if (f is { Open: true, Orphaned: true }) yield return R("orphaned");
            if (f.Pasung)
            {
                yield return R("pasung.reported");
                if (f.Freed) yield return R("pasung.freed");
                if (f.InTreatment) yield return R("pasung.in_treatment");
                if (f.RelapseEpisodes > 0) yield return R("pasung.relapse_episodes", f.RelapseEpisodes);
            }
            // Intake belongs to the month it came in, under its category as it stands now.
            var row = $"{month}|{region}";
            yield return new(_months, row, "new", 1);
            yield return new(_months, row, "new." + f.Category, 1);
            yield return new(_months, row, "channel." + f.Channel, 1);
        }
        if (f.CoordinatorId is { } coordinator)
        {
            var id = coordinator.ToString();
            if (f.Open) yield return new(_coordinators, id, "open", 1);
            if (f is { Open: true, Overdue: true }) yield return new(_coordinators, id, "overdue", 1);
            if (f.FollowUpsDue > 0) yield return new(_coordinators, id, "follow_ups_due", f.FollowUpsDue);
        }
    }

    private void Month(string month, string region, string name, long amount) => Add(new(_months, $"{month}|{region}", name, amount), amount);

    private static void Add(Counter c, long amount)
    {
        if (!c.Book.TryGetValue(c.Document, out var counts)) c.Book[c.Document] = counts = new(StringComparer.Ordinal);
        counts[c.Name] = counts.GetValueOrDefault(c.Name) + amount;
    }

    public async Task WriteAsync(IDocumentOperations operations, CancellationToken ct)
    {
        await WriteAsync(operations, _regions, id => new RegionFigures
        {
            Id = id, Level = (int)RegionCatalog.LevelOf(id), ParentCode = Parent(id),
        }, ct);
        await WriteAsync(operations, _months, id =>
        {
            var (month, region) = (id[..7], id[8..]);
            return new MonthlyFigures
            {
                Id = id, Month = month, MonthIndex = Wib.MonthIndex(month), RegionCode = region, ParentCode = Parent(region),
                Level = (int)RegionCatalog.LevelOf(region),
            };
        }, ct);
        await WriteAsync(operations, _coordinators, id => new CoordinatorFigures { Id = id, CoordinatorId = Guid.Parse(id) }, ct);
        await WriteAsync(operations, _days, id => new CoordinatorDayFigures
        {
            Id = id, CoordinatorId = Guid.Parse(id[..36]), Day = DateOnly.ParseExact(id[37..], "yyyy-MM-dd").DayNumber,
        }, ct);
        if (_slaRecounted)
        {
            // Replaces what is stored (possibly written by an older version without the marker): nothing is added twice.
            operations.DeleteWhere<SlaFigures>(_ => true);
            operations.Store(new SlaFiguresComplete { Since = DateTimeOffset.UtcNow });
        }
        await WriteAsync(operations, _sla, id => new SlaFigures
        {
            Id = id, Day = DateOnly.ParseExact(id[..10], "yyyy-MM-dd").DayNumber, RegionCode = id[11..], ParentCode = Parent(id[11..]),
        }, ct, loadExisting: !_slaRecounted);
    }

    private static string? Parent(string code) => code.Contains('.') ? code[..code.LastIndexOf('.')] : null;

    private static async Task WriteAsync<T>(IDocumentOperations operations, Dictionary<string, Dictionary<string, long>> book, Func<string, T> create,
        CancellationToken ct, bool loadExisting = true) where T : Figures
    {
        var touched = book.Where(d => d.Value.Values.Any(v => v != 0)).ToList();
        if (touched.Count == 0) return;
        var existing = loadExisting
            ? (await operations.LoadManyAsync<T>(ct, touched.Select(d => d.Key).ToArray())).ToDictionary(d => d.Id)
            : [];
        foreach (var (id, counts) in touched)
        {
            var doc = existing.GetValueOrDefault(id) ?? create(id);
            foreach (var (name, amount) in counts.Where(c => c.Value != 0)) doc.Add(name, amount);
            // No counter left: no document, exactly as if it had never been written (rebuilds compare equal).
            if (doc.Counts.Count == 0) { if (existing.ContainsKey(id)) operations.Delete(doc); }
            else operations.Store(doc);
        }
    }
}
