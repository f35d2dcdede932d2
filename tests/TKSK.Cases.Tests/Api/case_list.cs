using System.Net;
using Marten;
using Npgsql;
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
        // Counted whole, a page of one at a time: a rare word past the newest cases the search looks at first (30 here),
        // and a word every case has, in them.
        Assert.Equal(soetrisno.Count, (await AllPages(Api, "q=Sutrisno", pageSize: 1)).Total);
        Assert.Equal(all.Count, (await Api.Get("/api/v1/referrals?q=laporan&pageSize=1")).Body!["total"]!.GetValue<long>());
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
                     ("escalated=1", "escalated"), ("q=ab", "q"), ("q=a%20b%20c", "q"), ("after=not-a-cursor", "after"),
                     ("page=1&after=ci18xNjAwMDAwMDAwMDAwMDAwMDB8MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA", "after"),
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

    /// <summary>Every keyset page of a list, following nextAfter: the numbers, and how many pages it took.</summary>
    private static async Task<(List<string> Numbers, int Pages)> AllAfter(Support.Api api, string query, int pageSize = 40)
    {
        var numbers = new List<string>();
        string? after = null;
        for (var pages = 1; ; pages++)
        {
            var reply = await api.Get($"/api/v1/referrals?{query}&pageSize={pageSize}" + (after is null ? "" : $"&after={after}"));
            Assert.True(reply.Status == HttpStatusCode.OK, $"{query}: {reply}");
            var items = reply.Body!["items"]!.AsArray();
            numbers.AddRange(items.Select(i => i!["number"]!.GetValue<string>()));
            after = reply.Body["nextAfter"]?.GetValue<string>();
            if (after is null) return (numbers, pages);
            Assert.Equal(pageSize, items.Count);
        }
    }

    [Fact]
    public async Task keyset_pages_walk_the_whole_list_once_while_received_times_tie()
    {
        var all = await Fixture.StoreGeneratedAsync();
        // Many cases received at the same instant (a bulk import's): only the id tells them apart.
        await using (var connection = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await connection.OpenAsync();
            var table = $"{Fixture.Store.Options.DatabaseSchemaName}.mt_doc_referralsummary";
            await using var tie = new NpgsqlCommand($"update {table} set received_at = date_trunc('month', received_at), " +
                "data = jsonb_set(data, '{receivedAt}', to_jsonb(date_trunc('month', received_at)))", connection);
            Assert.Equal(all.Count, await tie.ExecuteNonQueryAsync());
        }

        foreach (var query in new[] { "sort=-receivedAt", "sort=receivedAt", "status=in_progress", "kabupaten=35.78", "q=laporan%20warga" })
        {
            var byPage = await AllPages(Api, query);
            var (byCursor, _) = await AllAfter(Api, query, pageSize: 40);
            Assert.Equal(byCursor.Distinct().Count(), byCursor.Count);
            Assert.Equal(byPage.Numbers, byCursor);
        }
        var (walked, pages) = await AllAfter(Api, "sort=-receivedAt", pageSize: 7);
        SameSet(all, (walked, all.Count));
        Assert.Equal((all.Count + 6) / 7, pages);

        // A keyset page answers page 0 and the whole list's total; the last page has no cursor.
        var first = (await Api.Get("/api/v1/referrals?pageSize=100")).Body!;
        var second = (await Api.Get($"/api/v1/referrals?pageSize=100&after={first["nextAfter"]!.GetValue<string>()}")).Body!;
        Assert.Equal((0, all.Count), (second["page"]!.GetValue<int>(), second["total"]!.GetValue<int>()));
        var byUrgency = await Api.Get("/api/v1/referrals?pageSize=100&sort=urgency");
        Assert.Equal((HttpStatusCode.OK, 100), (byUrgency.Status, byUrgency.Body!["items"]!.AsArray().Count));
        Assert.Null(byUrgency.Body["nextAfter"]);

        // The cursor is for the order it was made in, and for receivedAt orders only.
        var cursor = first["nextAfter"]!.GetValue<string>();
        foreach (var query in new[] { $"sort=receivedAt&after={cursor}", $"sort=-urgency&after={cursor}", $"page=2&after={cursor}" })
        {
            var reply = await Api.Get($"/api/v1/referrals?{query}");
            Assert.True(reply.Status == HttpStatusCode.BadRequest, $"{query}: {reply}");
            Assert.True(reply.Body!["errors"]!.AsObject().ContainsKey("after"), $"{query}: {reply}");
        }
    }

    [Fact]
    public async Task a_search_needs_a_word_of_three_letters_and_ignores_shorter_ones()
    {
        var all = await Fixture.StoreGeneratedAsync();
        var soetrisno = all.Where(r => r.SubjectName == "Soetrisno").Select(r => r.Number).Order().ToList();
        Assert.Equal(soetrisno, (await AllPages(Api, "q=Sutrisno%20a%20b")).Numbers.Order().ToList());
        var reply = await Api.Get("/api/v1/referrals?q=Su%20T");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("3 huruf", reply.Body!["errors"]!["q"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task the_list_indexes_exist_and_a_restart_keeps_them()
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        async Task<Dictionary<string, (uint Oid, string Definition)>> Indexes()
        {
            await using var read = new NpgsqlCommand("select c.relname, c.oid, pg_get_indexdef(c.oid) from pg_index i join pg_class c on c.oid = i.indexrelid " +
                "join pg_class t on t.oid = i.indrelid where t.relname = 'mt_doc_referralsummary'", connection);
            await using var rows = await read.ExecuteReaderAsync();
            var found = new Dictionary<string, (uint, string)>();
            while (await rows.ReadAsync()) found[rows.GetString(0)] = (rows.GetFieldValue<uint>(1), rows.GetString(2));
            return found;
        }

        var before = await Indexes();
        foreach (var columns in new[] { "(received_at, id)", "(kabupaten_code, status, received_at, id)", "(kecamatan_code, status, received_at, id)", "(coordinator_id, status)" })
            Assert.Contains(before.Values, i => i.Definition.EndsWith("USING btree " + columns));
        Assert.Contains(before.Values, i => i.Definition.EndsWith("USING btree (received_at, id) WHERE overdue"));
        // The composites lead with these columns: their own indexes would only cost writes.
        foreach (var gone in new[] { "status", "kabupaten_code", "kecamatan_code", "province_code", "coordinator_id", "received_at", "urgency", "channel" })
            Assert.DoesNotContain("mt_doc_referralsummary_idx_" + gone, before.Keys);
        Assert.Equal(14, before.Count); // 13 and the primary key

        // What the service applies at every start changes nothing: no index is dropped and made again (same oids).
        await Fixture.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        Assert.Equal(before, await Indexes());
    }
}
