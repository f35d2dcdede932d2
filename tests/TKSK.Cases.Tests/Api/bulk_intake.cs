using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;
using TKSK.Cases.Tests.Support;
using Xunit.Abstractions;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// An agency's system sends its reports in batches of up to 500: each is answered on its own,
/// a bad one refuses only itself, and a retried batch creates nothing twice.
/// </summary>
public sealed class bulk_intake(AppFixture fixture, ITestOutputHelper output) : IntegrationContext(fixture)
{
    private const string Url = "/api/v1/referral-batches";

    private async Task<int> ReferralCount()
    {
        await using var session = Fixture.Store.QuerySession();
        return await session.Query<Referral>().CountAsync();
    }

    /// <summary>Reports over different desa of East Java, without NIK, so that none is a duplicate of another.</summary>
    private IReadOnlyList<object> Reports(int count)
    {
        var regions = Host.Services.GetRequiredService<RegionCatalog>();
        var desa = regions.ChildrenOf("35")!.SelectMany(kabupaten => regions.ChildrenOf(kabupaten.Code)!)
            .Select(kecamatan => regions.ChildrenOf(kecamatan.Code)![0]).Take(count).ToList();
        return Enumerable.Range(0, count).Select(i => Scenarios.PasungReport(nik: null, desa: desa[i % desa.Count].Code)).ToList();
    }

    private string MalangDesa()
    {
        var regions = Host.Services.GetRequiredService<RegionCatalog>();
        return regions.ChildrenOf(regions.ChildrenOf("35.07")![0].Code)![0].Code;
    }

    [Fact]
    public async Task valid_reports_are_created_and_each_invalid_one_gets_its_own_problem()
    {
        var valid = Scenarios.PasungReport(nik: null);
        var noLocation = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(valid, System.Text.Json.JsonSerializerOptions.Web))!.AsObject();
        noLocation.Remove("location");
        var unknownDesa = Scenarios.PasungReport(nik: null, desa: "35.78.01.9999");
        var reply = await Api.Post(Url, new { items = new object?[] { valid, unknownDesa, null, noLocation, Scenarios.PasungReport(nik: "3578011204800009") } });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(2, reply.Node("created")!.GetValue<int>());
        Assert.Equal(3, reply.Node("refused")!.GetValue<int>());
        var items = reply.Node("items")!.AsArray();
        Assert.Equal([201, 400, 400, 400, 201], items.Select(i => i!["status"]!.GetValue<int>()));
        Assert.Equal([0, 1, 2, 3, 4], items.Select(i => i!["index"]!.GetValue<int>()));
        Assert.NotNull(items[1]!["problem"]!["errors"]!["items[1].location.desaCode"]);
        Assert.NotNull(items[2]!["problem"]!["errors"]!["items[2]"]);
        Assert.NotNull(items[3]!["problem"]!["errors"]!["items[3].location"]);
        Assert.Equal("urn:tksk-cases:problem:validation", items[3]!["problem"]!["type"]!.GetValue<string>());

        // The created ones are whole referrals, numbered in item order, found where the answer says.
        var numbers = new[] { items[0]!, items[4]! }.Select(i => int.Parse(i["number"]!.GetValue<string>()[^6..])).ToList();
        Assert.True(numbers[0] < numbers[1], string.Join(", ", numbers));
        foreach (var created in new[] { items[0]!, items[4]! })
        {
            var view = await Api.Get(created["location"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.OK, view.Status);
            Assert.Equal(created["number"]!.GetValue<string>(), view.Str("number"));
            Assert.Equal("received", view.Str("status"));
            Assert.NotNull(view.Node("deadlines"));
        }
        Assert.Equal(2, await ReferralCount());
    }

    [Fact]
    public async Task a_retried_batch_creates_nothing_twice()
    {
        var batch = new { items = Reports(20) };
        var key = Guid.NewGuid().ToString();
        var first = await Api.Post(Url, batch, ("Idempotency-Key", key));
        // The retry arrives twice at once, as a client's timeout and its own retry can.
        var retries = await Task.WhenAll(Task.Run(() => Api.Post(Url, batch, ("Idempotency-Key", key))), Task.Run(() => Api.Post(Url, batch, ("Idempotency-Key", key))));

        Assert.Equal(20, first.Node("created")!.GetValue<int>());
        Assert.All(retries, r => Assert.Equal(first.Body!.ToJsonString(), r.Body!.ToJsonString()));
        Assert.Equal(20, await ReferralCount());
    }

    [Fact]
    public async Task possible_duplicates_are_found_as_for_a_single_intake_and_within_the_batch()
    {
        var earlier = (await Api.Received()).Str("id");
        var reply = await Api.Post(Url, new { items = new[] { Scenarios.PasungReport(), Scenarios.PasungReport(), Scenarios.PasungReport(nik: null, desa: "35.78.01.1001") } });
        var items = reply.Node("items")!.AsArray();

        async Task<IReadOnlyList<(string Id, string Reason)>> DuplicatesOf(int index) =>
            (await Api.Get(items[index]!["location"]!.GetValue<string>())).Node("possibleDuplicates")!.AsArray()
            .Select(d => (d!["referralId"]!.GetValue<string>(), d["reason"]!.GetValue<string>())).ToList();
        Assert.Equal([(earlier, "same_nik")], await DuplicatesOf(0));
        // The batch's own earlier report is the newest candidate.
        Assert.Equal([(items[0]!["id"]!.GetValue<string>(), "same_nik"), (earlier, "same_nik")], await DuplicatesOf(1));
        Assert.Empty(await DuplicatesOf(2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task a_batch_of_none_or_over_500_is_refused_whole(int count)
    {
        var reply = await Api.Post(Url, new { items = Enumerable.Repeat(Scenarios.PasungReport(nik: null), count) });
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.NotNull(reply.Node("errors")!["items"]);
        Assert.Equal(0, await ReferralCount());
    }

    [Fact]
    public async Task an_agency_key_creates_what_lies_in_its_grant_and_is_refused_the_rest_per_report()
    {
        var key = (await Api.Post("/api/v1/api-keys", new
        {
            agency = "RSJ Menur Surabaya", scopes = new[] { "intake" }, region = "35.78", categories = new[] { "penyandang_disabilitas" },
        })).Str("key");
        var agency = Api.WithApiKey(key);
        var reply = await agency.Post(Url, new
        {
            items = new[]
            {
                Scenarios.PasungReport(nik: null),
                Scenarios.PasungReport(nik: null, desa: MalangDesa()),                    // Kabupaten Malang: outside its region
                Scenarios.PasungReport(nik: null, category: "lanjut_usia_telantar"),     // a category it was not granted
            },
        });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var items = reply.Node("items")!.AsArray();
        Assert.Equal([201, 403, 403], items.Select(i => i!["status"]!.GetValue<int>()));
        Assert.Equal("urn:tksk-cases:problem:forbidden", items[1]!["problem"]!["type"]!.GetValue<string>());
        Assert.Equal(1, await ReferralCount());

        // A key without the intake scope may not send batches at all.
        var reader = Api.WithApiKey((await Api.Post("/api/v1/api-keys", new { agency = "Dinsos Kota Surabaya", scopes = new[] { "read" } })).Str("key"));
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Post(Url, new { items = Reports(1) })).Status);
    }

    [Fact]
    public async Task a_batch_of_500_is_taken_in_one_request()
    {
        var reports = Reports(500);
        var clock = Stopwatch.StartNew();
        var reply = await Api.Post(Url, new { items = reports }, ("Idempotency-Key", Guid.NewGuid().ToString()));
        var batch = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(500, reply.Node("created")!.GetValue<int>());
        Assert.Equal(500, await ReferralCount());
        var numbers = reply.Node("items")!.AsArray().Select(i => int.Parse(i!["number"]!.GetValue<string>()[^6..])).ToList();
        Assert.Equal(Enumerable.Range(numbers[0], 500), numbers);

        // For comparison only (nothing here is asserted on time): the same kind of report one request at a time.
        clock.Restart();
        foreach (var report in reports.Take(50)) Assert.Equal(HttpStatusCode.Created, (await Api.Post("/api/v1/referrals", report)).Status);
        var single = clock.Elapsed;
        output.WriteLine($"Bulk intake: 500 referrals in one batch over HTTP in {batch.TotalMilliseconds:F0} ms ({500 / batch.TotalSeconds:F0} referrals/s); " +
                         $"single intake: 50 in {single.TotalMilliseconds:F0} ms ({50 / single.TotalSeconds:F0} referrals/s).");
    }
}
