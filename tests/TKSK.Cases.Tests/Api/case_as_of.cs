using System.Net;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>A case as it stood at three moments of its life, rebuilt from its events.</summary>
public sealed class case_as_of(AppFixture fixture) : IntegrationContext(fixture)
{
    private static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O"));

    [Fact]
    public async Task a_case_at_three_points_of_its_life()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = (await Api.Received()).Str("id");
        await Task.Delay(300);
        var received = DateTimeOffset.UtcNow;
        await Task.Delay(300);
        await Api.Assessed(id);
        await Task.Delay(300);
        var assessed = DateTimeOffset.UtcNow;
        await Task.Delay(300);
        var coordinator = await Api.Coordinator();
        await Api.Command(id, "assignment", new { coordinatorId = coordinator }).Ok();
        await Api.Command(id, "acceptance").Ok();
        await Task.Delay(300);
        var accepted = DateTimeOffset.UtcNow;

        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get($"/api/v1/referrals/{id}?asOf={Iso(before)}")).Status);
        var atIntake = await Api.Get($"/api/v1/referrals/{id}?asOf={Iso(received)}");
        Assert.Equal(("received", 1), (atIntake.Str("status"), atIntake.Body!["version"]!.GetValue<int>()));
        Assert.Null(atIntake.Node("deskAssessment"));
        var atDesk = await Api.Get($"/api/v1/referrals/{id}?asOf={Iso(assessed)}");
        // Version 3: the assessment, then routing's flag that Karang Pilang had no TKSK yet.
        Assert.Equal(("assessed", 3), (atDesk.Str("status"), atDesk.Body!["version"]!.GetValue<int>()));
        Assert.Null(atDesk.Node("assignment"));
        var atWork = await Api.Get($"/api/v1/referrals/{id}?asOf={Iso(accepted)}");
        Assert.Equal("in_progress", atWork.Str("status"));
        Assert.Equal(atWork.Body!.ToJsonString(), (await Api.Get($"/api/v1/referrals/{id}")).Body!.ToJsonString());

        Assert.Equal(3, (await Api.Get($"/api/v1/referrals/{id}/history?asOf={Iso(assessed)}")).Body!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get($"/api/v1/referrals/{id}/history?asOf={Iso(before)}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Get($"/api/v1/referrals/{id}?asOf=yesterday")).Status);
        // The same scope as the live view: outside it, the past does not exist either.
        Assert.Equal(HttpStatusCode.NotFound, (await Api.As(Role.Supervisor, "35.07").Get($"/api/v1/referrals/{id}?asOf={Iso(assessed)}")).Status);
    }
}
