using JasperFx.Events.Projections;

namespace TKSK.Cases.Infrastructure.Storage;

/// <summary>
/// How many events a projection takes at once when it is rebuilt (<c>projections rebuild</c>). A page of the
/// dashboards' projection rewrites every region, month and TKSK document it touches, so fewer, larger pages write
/// each of them fewer times; the case snapshots and list summaries are held in memory and written once per 5,000
/// cases (Marten's RebuildFlushThreshold, binary COPY) instead of once per page. Short quick-mode runs gained ≈ 15 %,
/// a whole quick run nothing visible (docs/benchmarks.md). Running live, pages stay as small as the events that have
/// arrived.
/// </summary>
public static class RebuildPace
{
    private const int EventsPerPage = 5000, SnapshotsPerFlush = 5000;

    public static void Pages(AsyncOptions options) => options.BatchSize = EventsPerPage;

    public static void Snapshots(AsyncOptions options)
    {
        options.BatchSize = EventsPerPage;
        options.RebuildFlushThreshold = SnapshotsPerFlush;
    }
}
