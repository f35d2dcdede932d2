using System.Net;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// A possible duplicate tells that a person with this NIK has a case somewhere: shown only to those whose
/// region covers that case (others see how many lie outside), and a duplicate named at the desk must be
/// one the desk may see.
/// </summary>
public sealed class duplicates_stay_in_scope(AppFixture fixture) : IntegrationContext(fixture)
{
    private const string InMalang = "35.07.01.2001";

    [Fact]
    public async Task a_possible_duplicate_outside_the_callers_region_is_only_counted()
    {
        var malang = (await Api.Received(Scenarios.PasungReport(desa: InMalang))).Str("id");
        var surabayaOperator = Api.As(Role.JscOperator, "35.78", subject: "operator.surabaya");

        var logged = await surabayaOperator.Received();
        Assert.Empty(logged.Node("possibleDuplicates")!.AsArray());
        Assert.Equal(1, logged.Node("possibleDuplicatesOutsideYourRegion")!.GetValue<int>());
        Assert.DoesNotContain(malang, logged.Body!.ToJsonString());

        var seenByProvince = await Api.Get($"/api/v1/referrals/{logged.Str("id")}");
        Assert.Equal(malang, seenByProvince.Node("possibleDuplicates")!.AsArray().Single()!["referralId"]!.GetValue<string>());
        Assert.Equal(0, seenByProvince.Node("possibleDuplicatesOutsideYourRegion")!.GetValue<int>());
    }

    [Fact]
    public async Task a_desk_cannot_name_as_original_a_referral_outside_its_region()
    {
        var malang = (await Api.Received(Scenarios.PasungReport(nik: "3507011204800009", desa: InMalang))).Str("id");
        var surabaya = (await Api.Received(Scenarios.PasungReport(nik: "3578011204800003"))).Str("id");
        var surabayaOperator = Api.As(Role.JscOperator, "35.78", subject: "operator.surabaya");

        var reply = await surabayaOperator.Command(surabaya, "assessment",
            new { category = "penyandang_disabilitas", urgency = "high", decision = "duplicate", duplicateOf = malang });
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.NotNull(reply.Node("errors.duplicateOf"));
        // Nothing was written into the other kabupaten's referral.
        Assert.Empty((await Api.Get($"/api/v1/referrals/{malang}")).Node("duplicates")!.AsArray());
    }
}
