using Marten;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>UU PDP erasure reaches the read side: the name is no longer searchable, and the past views are blanked too.</summary>
public sealed class personal_data_erasure(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task an_erased_subject_is_not_found_by_name_nor_seen_in_the_past()
    {
        var report = await Api.Received();
        var (id, number) = (report.Str("id"), report.Str("number"));
        var before = DateTimeOffset.UtcNow;
        await Task.Delay(200);
        Assert.Single((await Api.Get("/api/v1/referrals?q=pak")).Body!["items"]!.AsArray());

        await using (var session = Fixture.Store.LightweightSession())
        {
            session.Events.Append(Guid.Parse(id), new PersonalDataErased("Permintaan subjek data", "PDP-2026-001", DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }

        Assert.Empty((await Api.Get("/api/v1/referrals?q=pak")).Body!["items"]!.AsArray());
        Assert.Single((await Api.Get($"/api/v1/referrals?q={number}")).Body!["items"]!.AsArray());
        var past = await Api.Get($"/api/v1/referrals/{id}?asOf={Uri.EscapeDataString(before.ToString("O"))}");
        Assert.Equal("received", past.Str("status"));
        Assert.Null(past.Node("subject.name"));
        Assert.Equal("[dihapus]", past.Str("summary"));
        Assert.Null((await Api.Get($"/api/v1/referrals/{id}")).Node("subject.name"));
    }
}
