using System.Net;
using System.Text.Json.Nodes;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>The case list against 300 generated referrals: every expected answer is computed here from what was generated.</summary>
public sealed class case_list(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>Every page of a list, in order: the numbers, and the total each page reported.</summary>
    private async Task<(List<string> Numbers, long Total)> AllPages(Support.Api api, string query, int pageSize = 40)
    {
        var numbers = new List<string>();
        long total = -1;
        for (var page = 1; ; page++)
        {
            var reply = await api.Get($"/api/v1/referrals?{query}&page={page}&pageSize={pageSize}");
            Assert.True(reply.Status == HttpStatusCode.OK, $"{query}: {reply}\n{string.Join("\n", Fixture.Logs.Lines.Where(l => l.StartsWith("Error")).TakeLast(3))}");
            total = reply.Body!["total"]!.GetValue<long>();
            var items = reply.Body["items"]!.AsArray();
            numbers.AddRange(items.Select(i => i!["number"]!.GetValue<string>()));
            if (items.Count < pageSize) break;
        }
        return (numbers, total);
    }

    private static void SameSet(IEnumerable<GeneratedReferral> expected, (List<string> Numbers, long Total) actual)
    {
        var want = expected.Select(r => r.Number).Order().ToList();
        Assert.Equal(want.Count, actual.Total);
        Assert.Equal(want, actual.Numbers.Order().ToList());
    }

    [Fact]
    public async Task filters_match_what_was_generated()
    {
        var all = await Fixture.StoreGeneratedAsync();

        SameSet(all.Where(r => r.Status is "received" or "assessed"), await AllPages(Api, "status=received,assessed"));
        SameSet(all.Where(r => r.KabupatenCode == "35.07" && r.Urgency == "emergency"), await AllPages(Api, "kabupaten=35.07&urgency=emergency"));
        var kec = all[0].KecamatanCode;
        SameSet(all.Where(r => r.KecamatanCode == kec), await AllPages(Api, $"kecamatan={kec}"));
        SameSet(all.Where(r => r.Category == "penyandang_disabilitas" && r.Pasung), await AllPages(Api, "category=penyandang_disabilitas&pasung=true"));
        SameSet(all.Where(r => r.Status == "assessed"), await AllPages(Api, "unassigned=true"));
        SameSet(all.Where(r => r.Channel is "instagram" or "tiktok"), await AllPages(Api, "channel=instagram,tiktok"));
        var coordinator = Fixture.Coordinator(kec).Id;
        SameSet(all.Where(r => r.CoordinatorId == coordinator), await AllPages(Api, $"coordinator={coordinator}"));
        // Nothing is overdue or orphaned until automation's events exist.
        SameSet([], await AllPages(Api, "overdue=true"));
        SameSet(all, await AllPages(Api, "orphaned=false"));

        var from = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-60));
        var to = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30));
        SameSet(all.Where(r => DateOnly.FromDateTime(r.ReceivedAt.ToOffset(Wib).DateTime) is var d && d >= from && d <= to),
            await AllPages(Api, $"receivedFrom={from:yyyy-MM-dd}&receivedTo={to:yyyy-MM-dd}"));
    }

    [Fact]
    public async Task a_total_past_the_count_limit_says_at_least_and_paging_goes_on()
    {
        // The fixture's limit is 500 (CaseList__CountLimit); the service counts up to 10,000.
        var all = await Fixture.StoreGeneratedAsync(count: 530);

        var first = (await Api.Get("/api/v1/referrals?pageSize=100")).Body!;
        Assert.Equal((500L, true), (first["total"]!.GetValue<long>(), first["totalIsLowerBound"]!.GetValue<bool>()));
        // A page past the limit still lists, and counts at least the cases up to it.
        var sixth = (await Api.Get("/api/v1/referrals?pageSize=100&page=6")).Body!;
        Assert.Equal(30, sixth["items"]!.AsArray().Count);
        Assert.Equal((530L, false), (sixth["total"]!.GetValue<long>(), sixth["totalIsLowerBound"]!.GetValue<bool>()));
        var fifth = (await Api.Get("/api/v1/referrals?pageSize=100&page=5")).Body!;
        Assert.Equal((500L, true), (fifth["total"]!.GetValue<long>(), fifth["totalIsLowerBound"]!.GetValue<bool>()));

        // Under the limit the total is exact, as before.
        var open = all.Count(r => r.Status is "received" or "assessed");
        var narrow = (await Api.Get("/api/v1/referrals?status=received,assessed&pageSize=10")).Body!;
        Assert.Equal((open, false), (narrow["total"]!.GetValue<int>(), narrow["totalIsLowerBound"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task sort_is_stable_across_pages()
    {
        var all = await Fixture.StoreGeneratedAsync();
        static int Level(string urgency) => urgency switch { "emergency" => 3, "high" => 2, _ => 1 };

        var byUrgency = await AllPages(Api, "sort=-urgency,receivedAt", pageSize: 33);
        Assert.Equal(all.OrderByDescending(r => Level(r.Urgency)).ThenBy(r => r.ReceivedAt).ThenBy(r => r.Id).Select(r => r.Number), byUrgency.Numbers);

        var newest = await AllPages(Api, "status=in_progress");
        Assert.Equal(all.Where(r => r.Status == "in_progress").OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).Select(r => r.Number), newest.Numbers);

        var reply = await Api.Get("/api/v1/referrals?page=2&pageSize=10");
        Assert.Equal((2, 10, all.Count), (reply.Body!["page"]!.GetValue<int>(), reply.Body["pageSize"]!.GetValue<int>(), reply.Body["total"]!.GetValue<int>()));
        var item = reply.Body["items"]![0]!.AsObject();
        foreach (var field in new[] { "number", "status", "category", "urgency", "kecamatanCode", "kecamatanName", "coordinatorName", "nextDueAt" })
            Assert.True(item.ContainsKey(field), $"list item lacks {field}");
        Assert.False(item.ContainsKey("subjectName"));
        Assert.Equal(25, (await Api.Get("/api/v1/referrals")).Body!["pageSize"]!.GetValue<int>());
    }

    [Fact]
    public async Task a_name_spelt_the_old_way_is_found_by_its_new_spelling()
    {
        var all = await Fixture.StoreGeneratedAsync();
        var soetrisno = all.Where(r => r.SubjectName == "Soetrisno").Select(r => r.Number).Order().ToList();
        Assert.NotEmpty(soetrisno);

        var found = await AllPages(Api, "q=Sutrisno");
        Assert.Equal(soetrisno, found.Numbers.Order().ToList());
        Assert.Equal(soetrisno, (await AllPages(Api, "q=soetrisno")).Numbers.Order().ToList());
        Assert.Equal([all[5].Number], (await AllPages(Api, $"q={all[5].Number}")).Numbers);
    }

    [Fact]
    public async Task invalid_values_are_400_problems_naming_the_parameter()
    {
        foreach (var (query, parameter) in new[]
                 {
                     ("pageSize=101", "pageSize"), ("page=0", "page"), ("status=open", "status"), ("kabupaten=35.99", "kabupaten"),
                     ("kecamatan=35.78", "kecamatan"), ("category=pasung", "category"), ("urgency=urgent", "urgency"), ("channel=fax", "channel"),
                     ("pasung=yes", "pasung"), ("overdue=1", "overdue"), ("receivedFrom=2026-13-01", "receivedFrom"), ("receivedTo=01-11-2026", "receivedTo"),
                     ("sort=name", "sort"), ("coordinator=me", "coordinator"), ("unassigned=maybe", "unassigned"), ("orphaned=x", "orphaned"),
                     ("escalated=1", "escalated"),
                 })
        {
            var reply = await Api.Get($"/api/v1/referrals?{query}");
            Assert.True(reply.Status == HttpStatusCode.BadRequest, $"{query}: {reply}");
            Assert.Equal("application/problem+json", reply.ContentType);
            Assert.True(reply.Body!["errors"]!.AsObject().ContainsKey(parameter), $"{query}: {reply}");
        }
    }

    [Fact]
    public async Task each_caller_sees_only_their_scope()
    {
        var all = await Fixture.StoreGeneratedAsync();
        var supervisor = Api.As(Role.Supervisor, "35.78");
        SameSet(all.Where(r => r.KabupatenCode == "35.78"), await AllPages(supervisor, "sort=receivedAt"));
        SameSet(all.Where(r => r.KabupatenCode == "35.78" && r.Status == "received"), await AllPages(supervisor, "kabupaten=35.78&status=received"));
        var forbidden = await supervisor.Get("/api/v1/referrals?kabupaten=35.07");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.Get("/api/v1/referrals?kecamatan=35.07.01")).Status);

        var kec = all.First(r => r.KabupatenCode == "35.17").KecamatanCode;
        var me = Fixture.Coordinator(kec).Id;
        var tksk = Api.As(Role.Tksk, kec, me);
        SameSet(all.Where(r => r.KecamatanCode == kec || r.CoordinatorId == me), await AllPages(tksk, "sort=dueAt"));
        Assert.Equal(HttpStatusCode.Forbidden, (await tksk.Get("/api/v1/referrals?kabupaten=35.78")).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Anonymous().Get("/api/v1/referrals")).Status);
    }
}
