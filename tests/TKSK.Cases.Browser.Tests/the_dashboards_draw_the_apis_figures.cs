using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// The province's dashboards draw what the API says: each chart's table holds the API's figures, row for row;
/// a kabupaten supervisor sees their own kabupaten, and another one's dashboard is refused.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class the_dashboards_draw_the_apis_figures(ConsoleFixture fixture)
{
    [Fact]
    public async Task the_province_charts_tables_equal_the_api()
    {
        await fixture.Api.ReportAsync("35.07.01.2001", "Lansia telantar di Tulungrejo, Kabupaten Malang, tinggal di gubuk.");
        await fixture.Api.ReportAsync("35.07.01.2001", "Pemuda dipasung keluarganya di kandang belakang rumah, Tulungrejo.", "penyandang_disabilitas", "emergency", pasung: true);
        await fixture.Api.DashboardsCaughtUpAsync();
        var admin = await fixture.Api.AdminTokenAsync();
        var overview = await fixture.Api.SendAsync(HttpMethod.Get, "/api/v1/dashboards/overview?province=35", null, admin);
        var trend = await fixture.Api.SendAsync(HttpMethod.Get, "/api/v1/dashboards/trend?region=35&months=12", null, admin);
        // The SLA chart's default stage, the desk's assessment: every report received has it.
        var sla = await fixture.Api.SendAsync(HttpMethod.Get, "/api/v1/dashboards/sla", null, admin);
        var pasung = await fixture.Api.SendAsync(HttpMethod.Get, "/api/v1/dashboards/pasung?province=35", null, admin);
        var coordinators = await fixture.Api.SendAsync(HttpMethod.Get, "/api/v1/dashboards/coordinators", null, admin);
        var categories = (await fixture.Api.SendAsync(HttpMethod.Get, "/api/v1/dashboards/overview?province=35", null, admin))["figures"]!["byCategory"]!.AsObject();

        await using var admin1 = await Visitor.OpenAsync(fixture);
        var page = admin1.Page;
        await admin1.SignInAsync("Admin provinsi", "Sri Wahyuni", "35");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dasbor" }).ClickAsync();
        var places = page.Locator("#chart-places-table");
        await Expect(places.Locator("tbody tr")).ToHaveCountAsync(overview["kabupaten"]!.AsArray().Count);
        // The chart was drawn by the library, loaded for this page only.
        // Places, categories, trend, SLA, pasung and the TKSK's load.
        await page.WaitForFunctionAsync("() => window.Chart && Object.keys(window.Chart.instances).length === 6");
        await Expect(page.Locator("#chart-sla-table tbody tr")).ToHaveCountAsync(sla["rows"]!.AsArray().Count);
        Assert.Equal(sla["rows"]!.AsArray().Select(r => new[] { r!["name"]!.GetValue<string>(), r["stages"]!.AsArray()[0]!["count"]!.GetValue<long>().ToString() }).ToList(),
            (await TableAsync(page.Locator("#chart-sla-table"))).Select(r => new[] { r[0], r[5] }).ToList());

        var shown = await TableAsync(places);
        var expected = overview["kabupaten"]!.AsArray().Select(r => new[]
        {
            r!["name"]!.GetValue<string>(), N(r["figures"]!["open"]!), N(r["figures"]!["overdue"]!), N(r["figures"]!["unassigned"]!), N(r["figures"]!["total"]!),
        }).ToList();
        Assert.Equal(expected, shown);
        Assert.Contains(shown, row => row[0] == "Kabupaten Malang" && row[4] != "0");
        Assert.Equal(trend["months"]!.AsArray().Select(m => new[] { m!["month"]!.GetValue<string>(), N(m["intake"]!) }).ToList(),
            await TableAsync(page.Locator("#chart-trend-table")));
        // The chart's data are the same numbers as the table's.
        Assert.Equal(overview["kabupaten"]!.AsArray().Select(r => r!["figures"]!["open"]!.GetValue<long>()), await DrawnAsync(page, "#chart-places-table"));
        await Expect(page.GetByText("Angka per").First).ToBeVisibleAsync();
        // Every section says when its figures stand: today's, the six charts'.
        await Expect(page.GetByText("Angka per")).ToHaveCountAsync(7);

        // Pasung: a row per kabupaten with any pasung figure, the chart's bars the same numbers.
        var pasungRows = pasung["kabupaten"]!.AsArray().Where(r => new[] { "reported", "freed", "inTreatment", "relapseEpisodes" }.Sum(k => r![k]!.GetValue<long>()) > 0).ToList();
        Assert.Contains(pasungRows, r => r!["name"]!.GetValue<string>() == "Kabupaten Malang");
        Assert.Equal(pasungRows.Select(r => new[] { r!["name"]!.GetValue<string>(), N(r["reported"]!), N(r["freed"]!), N(r["inTreatment"]!), N(r["relapseEpisodes"]!) }).ToList(),
            await TableAsync(page.Locator("#chart-pasung-table")));
        Assert.Equal(pasungRows.Select(r => r!["reported"]!.GetValue<long>()), await DrawnAsync(page, "#chart-pasung-table"));

        // The TKSK carrying the most open cases (then overdue, resolved, name), at most 20 of them.
        var heaviest = coordinators["coordinators"]!.AsArray().OrderByDescending(c => c!["open"]!.GetValue<long>())
            .ThenByDescending(c => c!["overdue"]!.GetValue<long>()).ThenByDescending(c => c!["resolvedLast30Days"]!.GetValue<long>())
            .ThenBy(c => c!["name"]!.GetValue<string>(), StringComparer.Create(Indonesian, false)).Take(20).ToList();
        Assert.NotEmpty(heaviest);
        Assert.Equal(heaviest.Select(c => new[]
        {
            c!["name"]!.GetValue<string>() + (c["active"]!.GetValue<bool>() ? "" : " (nonaktif)"), c["kecamatanName"]!.GetValue<string>(),
            N(c["open"]!), N(c["overdue"]!), N(c["resolvedLast30Days"]!), N(c["followUpsDue"]!),
        }).ToList(), await TableAsync(page.Locator("#chart-tksk-table")));
        Assert.Equal(heaviest.Select(c => c!["open"]!.GetValue<long>()), await DrawnAsync(page, "#chart-tksk-table"));

        // Cases per PPKS category, the most first: the overview's own counts.
        var category = await TableAsync(page.Locator("#chart-category-table"));
        Assert.Equal(categories.Select(c => c.Value!.GetValue<long>()).OrderDescending().Select(n => n.ToString("N0", Indonesian)), category.Select(r => r[1]));
        Assert.Contains(new[] { "Penyandang Disabilitas", N(categories["penyandang_disabilitas"]!) }, category);
        Assert.Empty(admin1.Errors);
    }

    [Fact]
    public async Task a_supervisor_sees_their_kabupaten_and_not_another()
    {
        await using var bambang = await Visitor.OpenAsync(fixture);
        var page = bambang.Page;
        await bambang.SignInAsync("Supervisor kabupaten", "Bambang Wijaya", "35.78");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dasbor" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dasbor: Kota Surabaya", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kasus terbuka dan terlambat per kecamatan" })).ToBeVisibleAsync();
        // No choice of region for them.
        await Expect(page.GetByLabel("Wilayah", new() { Exact = true })).ToHaveCountAsync(0);

        await page.GotoAsync("/dasbor?wilayah=35.07");
        await Expect(page.GetByText("Dasbor ini tidak dapat dibuka")).ToBeVisibleAsync();
        await Expect(page.Locator("canvas")).ToHaveCountAsync(0);
        await Expect(page.Locator("table")).ToHaveCountAsync(0);
        Assert.Empty(bambang.Errors);
    }

    [Fact]
    public async Task the_monthly_recap_matches_the_api_and_downloads_as_csv()
    {
        await fixture.Api.ReportAsync("35.78.01.1004", "Lansia di Warugunung hidup sendiri, rumah bocor.");
        await fixture.Api.DashboardsCaughtUpAsync();
        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM");
        var recap = await fixture.Api.SendAsync(HttpMethod.Get, $"/api/v1/reports/monthly?month={month}&kabupaten=35.78", null, await fixture.Api.AdminTokenAsync());
        await using var bambang = await Visitor.OpenAsync(fixture);
        var page = bambang.Page;
        await bambang.SignInAsync("Supervisor kabupaten", "Bambang Wijaya", "35.78");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rekap bulanan" }).ClickAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = $"Rekap Kota Surabaya, bulan {month}: per kecamatan dan kategori PPKS" });
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(recap["rows"]!.AsArray().Count);
        var totals = recap["totals"]!;
        Assert.Equal(new[] { "Jumlah", N(totals["new"]!), N(totals["resolved"]!), N(totals["stillOpen"]!), N(totals["overdue"]!) },
            await table.Locator("tfoot tr").EvaluateAsync<string[]>("r => [...r.children].map(c => c.textContent.trim())"));
        await Pages.ScreenshotAsync(page, "rekap-1280");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Unduh rekap (CSV)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("Kode Kecamatan;Kecamatan;", csv.TrimStart('\uFEFF'));
        Assert.EndsWith(".csv", download.SuggestedFilename);
        await Expect(page.GetByText($"Berkas {download.SuggestedFilename} diunduh.")).ToBeVisibleAsync();
        Assert.Empty(bambang.Errors);
    }

    private static readonly System.Globalization.CultureInfo Indonesian = System.Globalization.CultureInfo.GetCultureInfo("id-ID");

    private static string N(JsonNode n) => n.GetValue<long>().ToString("N0", Indonesian);

    /// <summary>The first data set the library drew in the chart whose table is <paramref name="table"/>.</summary>
    private static Task<long[]> DrawnAsync(IPage page, string table) => page.EvaluateAsync<long[]>(
        "table => Object.values(window.Chart.instances).find(c => c.canvas.closest('figure').querySelector(table)).data.datasets[0].data", table);

    private static async Task<List<string[]>> TableAsync(ILocator table) =>
        [.. (await table.Locator("tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [...r.children].map(c => c.textContent.trim()))"))];
}
