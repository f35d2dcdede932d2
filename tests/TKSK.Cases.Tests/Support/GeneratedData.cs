using Marten;
using Microsoft.Extensions.DependencyInjection;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Tests.Support;

/// <summary>A few hundred generated referrals over real kecamatan, stored as events, with their coordinators registered.</summary>
public static class GeneratedData
{
    public static async Task<IReadOnlyList<GeneratedReferral>> StoreGeneratedAsync(this AppFixture fixture, int count = 300, int seed = 7, DateTimeOffset? now = null)
    {
        var regions = fixture.Host.Services.GetRequiredService<RegionCatalog>();
        var kecamatan = ReferralGenerator.KecamatanOf(regions, 4);
        var referrals = new ReferralGenerator(seed, now ?? DateTimeOffset.UtcNow, kecamatan, regions).Generate(count).ToList();
        await using (var session = fixture.Store.LightweightSession())
        {
            session.Store(kecamatan.Select(k => ReferralGenerator.CoordinatorOf(k.Code, regions)).ToArray());
            await session.SaveChangesAsync();
        }
        await ReferralGenerator.AppendAsync(fixture.Store, referrals);
        return referrals;
    }

    public static Coordinator Coordinator(this AppFixture fixture, string kecamatanCode) =>
        ReferralGenerator.CoordinatorOf(kecamatanCode, fixture.Host.Services.GetRequiredService<RegionCatalog>());
}
