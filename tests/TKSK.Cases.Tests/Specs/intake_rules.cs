using TKSK.Cases.Intake;
using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Tests.Specs;

/// <summary>The intake's rules, without a database.</summary>
public sealed class intake_rules
{
    private static readonly RegionCatalog Regions = RegionCatalog.LoadEmbedded();
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.FromHours(7));

    private static ReceiveReferral Report(ReporterInput? reporter = null, DateTimeOffset? reportedAt = null, SubjectInput? subject = null) => new(
        Guid.NewGuid(), Channel.Whatsapp, null, reportedAt, reporter ?? new ReporterInput("  Bu Ani ", "081234567890", false),
        subject ?? new SubjectInput(" Mbah K ", null, null, 80), new LocationInput("35.78.01.1002", null, null, null, null),
        "lanjut_usia_telantar", false, "  Nenek tinggal sendirian tanpa makanan.  ", Urgency.High);

    private static ReferralReceived Receive(ReceiveReferral report) =>
        ReferralIntake.Receive(report, "JSC-2026-000007", Places.Resolve(report.Location, Regions), outOfArea: false, [], ReferralStories.At(Now));

    [Fact]
    public void a_report_becomes_a_received_referral_with_every_region_level_named()
    {
        var state = ReferralEvolution.Replay([Receive(Report())])!;
        Assert.Equal(ReferralStatus.Received, state.Status);
        Assert.Equal(1, state.Version);
        Assert.Equal("JSC-2026-000007", state.Number);
        Assert.Equal(("35", "Jawa Timur"), (state.Place.ProvinceCode, state.Place.ProvinceName));
        Assert.Equal(("35.78", "Kota Surabaya"), (state.Place.KabupatenCode, state.Place.KabupatenName));
        Assert.Equal("Kebraon", state.Place.DesaName);
        Assert.Equal("Lanjut Usia Telantar", state.CategoryName);
        Assert.Equal(["assessment", "notes"], ReferralActions.For(state.Status));
    }

    [Fact]
    public void reported_at_defaults_to_now_and_text_is_trimmed()
    {
        var received = Receive(Report());
        Assert.Equal(Now, received.ReportedAt);
        Assert.Equal(Now, received.ReceivedAt);
        Assert.Equal("Nenek tinggal sendirian tanpa makanan.", received.Summary);
        Assert.Equal("Bu Ani", received.Reporter.Name);
        Assert.Equal("Mbah K", received.Subject.Name);
    }

    [Fact]
    public void sex_defaults_to_unknown_and_pasung_to_false()
    {
        var received = Receive(Report());
        Assert.Equal(Sex.Unknown, received.Subject.Sex);
        Assert.False(received.Pasung);
    }

    [Fact]
    public void an_anonymous_reporter_leaves_no_name_or_phone_behind()
    {
        var received = Receive(Report(reporter: new ReporterInput("Bu Ani", "081234567890", true)));
        Assert.Equal(new Reporter(null, null, true), received.Reporter);
    }

    [Fact]
    public void a_kecamatan_without_desa_names_the_kecamatan_and_leaves_desa_empty()
    {
        var place = Places.Resolve(new LocationInput(null, "35.07.01", " dekat pasar ", -8.2, 112.6), Regions);
        Assert.Equal(("35.07", "35.07.01", null as string), (place.KabupatenCode, place.KecamatanCode, place.DesaCode));
        Assert.Equal("dekat pasar", place.Address);
    }

    [Theory]
    [InlineData("3578011204800001", true)]  // man, born 12 April 1980
    [InlineData("3578015204800001", true)]  // woman: day + 40
    [InlineData("3578012902000001", true)]  // 29 February
    [InlineData("3578013204800001", false)] // day 32
    [InlineData("3578011213800001", false)] // month 13
    [InlineData("3578017204800001", false)] // woman's day 32
    [InlineData("357801120480000", false)]  // 15 digits
    [InlineData("35780112048000a1", false)]
    [InlineData("3578011204800000", false)] // serial 0000
    public void nik_must_be_16_digits_with_a_plausible_birth_date(string nik, bool plausible) =>
        Assert.Equal(plausible, Nik.IsPlausible(nik));

    [Fact]
    public void every_east_java_kecamatan_and_desa_is_in_the_catalog()
    {
        var kabupaten = Regions.ChildrenOf("35")!;
        var kecamatan = kabupaten.SelectMany(k => Regions.ChildrenOf(k.Code)!).ToList();
        Assert.Equal(38, kabupaten.Count);
        Assert.Equal(666, kecamatan.Count);
        Assert.Equal(8494, kecamatan.Sum(k => Regions.ChildrenOf(k.Code)!.Count));
        Assert.Equal("Ra\"as", Regions.Find("35.29.22")!.Name); // quoted names survive parsing
    }
}
