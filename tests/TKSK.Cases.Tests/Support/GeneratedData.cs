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

public static class ReadSide
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>Waits for the async daemon to apply every event stored so far; a stalled high-water mark fails the test instead of hanging it.</summary>
    public static Task CaughtUpAsync(this AppFixture fixture) =>
        Marten.Events.TestingExtensions.WaitForNonStaleProjectionDataAsync(fixture.Host, TimeSpan.FromSeconds(60));

    public static string Month(DateTimeOffset at) => at.ToOffset(Wib).ToString("yyyy-MM");
    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Wib).DateTime);
}
