using Marten;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Coordinators;

/// <summary>
/// In Development, seeds once one invented coordinator per East Java kecamatan (666), so that the
/// service is usable at once. Names start with "[DEMO]", phones use the unassigned 0800 range, and
/// every record has <c>demo: true</c>.
/// </summary>
public sealed class DemoCoordinators(IDocumentStore store, RegionCatalog regions, TimeProvider clock, ILogger<DemoCoordinators> logger)
    : IHostedService
{
    private static readonly string[] Given = ["Agus", "Siti", "Budi", "Dewi", "Eko", "Sri", "Hadi", "Nur", "Joko", "Rina", "Bambang", "Yuli"];
    private static readonly string[] Family = ["Santoso", "Wahyuni", "Prasetyo", "Lestari", "Hidayat", "Rahayu", "Setiawan", "Utami", "Purnomo"];

    public async Task StartAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (await session.Query<Coordinator>().AnyAsync(c => c.Demo, ct)) return;

        var kecamatan = regions.ChildrenOf("35")!.SelectMany(k => regions.ChildrenOf(k.Code)!).ToList();
        var now = clock.GetUtcNow();
        for (var i = 0; i < kecamatan.Count; i++)
        {
            var name = $"[DEMO] {Given[i % Given.Length]} {Family[i / Given.Length % Family.Length]}";
            session.Store(CoordinatorFactory.Create(Guid.CreateVersion7(), name, $"+62800000{i + 1:D4}", kecamatan[i].Code, regions, now, demo: true));
        }
        session.LastModifiedBy = "demo-seed";
        await session.SaveChangesAsync(ct);
        logger.LogInformation("Seeded {Count} demo coordinators, one per East Java kecamatan", kecamatan.Count);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
