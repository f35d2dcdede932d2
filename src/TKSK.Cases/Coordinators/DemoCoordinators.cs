using Marten;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Coordinators;

/// <summary>
/// In Development, seeds once one invented coordinator per East Java kecamatan (666), so that the
/// service is usable at once. Names start with "[DEMO]", phones use the unassigned 0800 range, and
/// every record has <c>demo: true</c>. Nodes starting together take turns (an advisory lock), so the first seeds.
/// </summary>
public sealed class DemoCoordinators(IDocumentStore store, RegionCatalog regions, TimeProvider clock, ILogger<DemoCoordinators> logger)
    : IHostedService
{
    private static readonly string[] Given = ["Agus", "Siti", "Budi", "Dewi", "Eko", "Sri", "Hadi", "Nur", "Joko", "Rina", "Bambang", "Yuli"];
    private static readonly string[] Family = ["Santoso", "Wahyuni", "Prasetyo", "Lestari", "Hidayat", "Rahayu", "Setiawan", "Utami", "Purnomo"];

    /// <summary>Advisory lock key, "TKSKDM" in ASCII: nodes started together on an empty database seed once, the others wait and find the seed.</summary>
    public const long SeedLockKey = 0x544B_534B_444D;

    public async Task StartAsync(CancellationToken ct)
    {
        // Its own connection, unlocked before it goes back to the pool (pooled sessions keep their locks: CaseStoreSetup.KeepPlans).
        await using var gate = (Npgsql.NpgsqlConnection)store.Storage.Database.CreateConnection();
        await gate.OpenAsync(ct);
        await using (var take = new Npgsql.NpgsqlCommand($"select pg_advisory_lock({SeedLockKey})", gate)) await take.ExecuteNonQueryAsync(ct);
        try { await SeedOnceAsync(ct); }
        finally
        {
            await using var release = new Npgsql.NpgsqlCommand($"select pg_advisory_unlock({SeedLockKey})", gate);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private async Task SeedOnceAsync(CancellationToken ct)
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
