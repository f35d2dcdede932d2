using System.Net;
using System.Text.RegularExpressions;
using Marten;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

public sealed class referral_intake(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task intake_answers_201_with_location_etag_number_and_the_case_view()
    {
        var reply = await Api.Post("/api/v1/referrals", Scenarios.PasungReport());

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        var id = reply.Str("id");
        Assert.Equal($"/api/v1/referrals/{id}", reply.Headers.Location!.ToString());
        Assert.Equal("\"1\"", reply.ETag);
        Assert.Matches(new Regex(@"^JSC-20\d\d-\d{6}$"), reply.Str("number"));
        Assert.Equal("received", reply.Str("status"));
        Assert.Equal(1, reply.Node("version")!.GetValue<int>());
        Assert.Equal("Kota Surabaya", reply.Str("place.kabupatenName"));
        Assert.Equal("Karang Pilang", reply.Str("place.kecamatanName"));
        Assert.Equal("Kebraon", reply.Str("place.desaName"));
        Assert.Equal("Penyandang Disabilitas", reply.Str("categoryName"));
        Assert.True(reply.Node("pasung")!.GetValue<bool>());
        Assert.Equal("Warga Kebraon", reply.Str("reporter.name"));
        Assert.Equal(["assessment", "notes"], reply.Strings("allowedActions"));

        var fetched = await Api.Get($"/api/v1/referrals/{id}");
        Assert.Equal(HttpStatusCode.OK, fetched.Status);
        Assert.Equal("\"1\"", fetched.ETag);
        Assert.Equal(reply.Str("number"), fetched.Str("number"));
    }

    [Fact]
    public async Task case_numbers_are_sequential_and_unique()
    {
        var numbers = new List<int>();
        for (var i = 0; i < 3; i++) numbers.Add(int.Parse((await Api.Received()).Str("number")[^6..]));
        Assert.Equal([numbers[0], numbers[0] + 1, numbers[0] + 2], numbers);
    }

    [Fact]
    public async Task concurrent_intakes_get_unique_numbers()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Api.Post("/api/v1/referrals", Scenarios.PasungReport(nik: null))));
        Assert.All(replies, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        // Unique, not necessarily contiguous: a failed intake may leave a gap (docs/workflow.md, "Case numbers").
        Assert.Equal(8, replies.Select(r => r.Str("number")).Distinct().Count());
    }

    [Fact]
    public async Task an_unchanged_case_view_is_a_304_for_its_etag()
    {
        var created = await Api.Received();
        var url = $"/api/v1/referrals/{created.Str("id")}";
        var unchanged = await Api.Get(url, ("If-None-Match", created.ETag!));
        Assert.Equal(HttpStatusCode.NotModified, unchanged.Status);
        Assert.Null(unchanged.Body);

        await Api.Command(created.Str("id"), "notes", new { text = "catatan" }).Ok();
        var changed = await Api.Get(url, ("If-None-Match", created.ETag!));
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Equal("\"2\"", changed.ETag);
    }

    [Fact]
    public async Task history_records_each_event_with_version_type_time_actor_and_correlation_id()
    {
        var id = (await Api.As(Role.JscOperator, "35", subject: "siti.operator").Post("/api/v1/referrals", Scenarios.PasungReport())).Str("id");
        var history = (await Api.Get($"/api/v1/referrals/{id}/history")).Body!.AsArray();

        var received = Assert.Single(history)!;
        Assert.Equal(1, received["version"]!.GetValue<int>());
        Assert.Equal("referral_received", received["type"]!.GetValue<string>());
        Assert.Equal("siti.operator", received["actor"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(received["correlationId"]?.GetValue<string>()));
        Assert.True(DateTimeOffset.UtcNow - received["at"]!.GetValue<DateTimeOffset>() < TimeSpan.FromMinutes(1));
        Assert.Equal("Pak S", received["data"]!["subject"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task anonymous_reporter_name_and_phone_are_not_stored()
    {
        var reply = await Api.Received(new
        {
            channel = "hotline", reporter = new { name = "Bu R", phone = "081234567890", anonymous = true },
            subject = new { sex = "female" }, location = new { kecamatanCode = "35.78.01" },
            category = "lanjut_usia_telantar", summary = "Nenek tinggal sendirian tanpa makanan.", urgency = "high",
        });
        Assert.Null(reply.Node("reporter.name"));
        Assert.Null(reply.Node("reporter.phone"));
        Assert.Null(reply.Node("place.desaCode"));
        Assert.Equal("Karang Pilang", reply.Str("place.kecamatanName"));
    }

    [Fact]
    public async Task same_nik_or_same_desa_and_category_within_30_days_is_flagged_as_possible_duplicate()
    {
        var first = (await Api.Received()).Str("id");
        var sameNik = await Api.Received(Scenarios.PasungReport(desa: "35.78.01.1001"));
        var sameDesa = await Api.Received(Scenarios.PasungReport(nik: null));
        var elsewhere = await Api.Received(Scenarios.PasungReport(nik: null, desa: "35.07.01.2001"));

        Assert.Contains(sameNik.Node("possibleDuplicates")!.AsArray(), d => d!["referralId"]!.GetValue<string>() == first && d["reason"]!.GetValue<string>() == "same_nik");
        Assert.Contains(sameDesa.Node("possibleDuplicates")!.AsArray(), d => d!["referralId"]!.GetValue<string>() == first);
        Assert.Empty(elsewhere.Node("possibleDuplicates")!.AsArray());
    }

    [Fact]
    public async Task a_busy_desa_names_its_20_newest_open_reports_as_possible_duplicates()
    {
        const string desa = "35.29.08.2001";
        var earlier = new List<string>();
        for (var i = 0; i < 22; i++) earlier.Add((await Api.Received(Scenarios.PasungReport(nik: null, desa: desa, category: "lanjut_usia_telantar"))).Str("id"));

        var next = await Api.Received(Scenarios.PasungReport(nik: null, desa: desa, category: "lanjut_usia_telantar"));

        var named = next.Node("possibleDuplicates")!.AsArray().Select(d => d!["referralId"]!.GetValue<string>()).ToList();
        Assert.Equal(Enumerable.Reverse(earlier).Take(20), named);
    }
}
