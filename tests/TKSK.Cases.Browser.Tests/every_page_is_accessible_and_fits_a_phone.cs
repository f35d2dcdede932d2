using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// Every page of the console, at a desk's 1280 px and a phone's 360 px: axe-core finds nothing serious or
/// critical, nothing scrolls sideways, and its picture is saved for the docs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class every_page_is_accessible_and_fits_a_phone(ConsoleFixture fixture, ITestOutputHelper output)
{
    private sealed record Check(string Page, int Width, IReadOnlyList<(string Impact, string Text)> Findings, int Overflow)
    {
        public IReadOnlyList<string> Problems => [.. Findings.Where(f => f.Impact is "serious" or "critical").Select(f => f.Text)];
    }

    [Fact]
    public async Task at_1280_and_360_pixels()
    {
        var (id, _) = await fixture.Api.ReportAsync("35.78.01.1004", "Ibu dengan gangguan jiwa dipasung keluarganya di rumah, Kelurahan Waru Gunung.", "penyandang_disabilitas", "emergency", pasung: true);
        var (assigned, _) = await fixture.Api.ReportAsync("35.78.01.1001", "Lansia sebatang kara sakit, tidak bisa berjalan ke puskesmas.");
        await fixture.Api.AssignedAsync(assigned);
        // Every chart of Dasbor has figures to draw (pasung and the TKSK's load included).
        await fixture.Api.DashboardsCaughtUpAsync();
        // The desk's width and the phone's are walked side by side (one browser, two contexts): half the time.
        var walks = await Task.WhenAll(WalkAsync(1280, id, assigned), WalkAsync(360, id, assigned));
        var checks = walks[0].Concat(walks[1]).ToList();

        output.WriteLine("page | width | axe serious+critical | axe moderate+minor | sideways overflow (px)");
        foreach (var c in checks)
            output.WriteLine($"{c.Page} | {c.Width} | {c.Problems.Count} | {c.Findings.Count - c.Problems.Count} | {c.Overflow}{string.Concat(c.Findings.Select(p => "\n    " + p.Text))}");
        Assert.All(checks, c => Assert.True(c.Problems.Count == 0, $"{c.Page} at {c.Width} px: {string.Join("; ", c.Problems)}"));
        Assert.All(checks, c => Assert.True(c.Overflow <= 0, $"{c.Page} at {c.Width} px scrolls sideways by {c.Overflow} px"));
    }

    private async Task<List<Check>> WalkAsync(int width, string id, string assigned)
    {
        var checks = new List<Check>();
        await using (var visitor = await Visitor.OpenAsync(fixture, width, width == 360 ? 740 : 900))
        {
            var page = visitor.Page;
            await page.GotoAsync("/masuk");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Masuk" })).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "masuk", width, screenshot: true));
            await visitor.SignInAsync("Operator JSC", "Siti Rahayu");
            await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "antrean", width, screenshot: true));

            await page.GotoAsync("/laporan-baru");
            await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Kabupaten/kota" })).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "laporan-baru", width, screenshot: width == 360));
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan laporan" }).ClickAsync();
            await Expect(page.GetByText("Ada masalah")).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "laporan-baru (kesalahan)", width, screenshot: false));
            await page.GetByRole(AriaRole.Combobox, new() { Name = "Kabupaten/kota" }).FillAsync("mal");
            await Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "laporan-baru (daftar pilihan)", width, screenshot: false));

            await page.GotoAsync($"/kasus/{id}");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Asesmen meja" })).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "kasus", width, screenshot: true));
            await page.GetByRole(AriaRole.Button, new() { Name = "Asesmen meja" }).ClickAsync();
            checks.Add(await CheckAsync(page, "kasus (asesmen meja)", width, screenshot: false));

            await page.GotoAsync($"/kasus/{Guid.NewGuid()}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kasus tidak ditemukan" })).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "kasus (tidak ditemukan)", width, screenshot: false));

            await page.GotoAsync("/antrean");
            await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Queues", Level = 1 })).ToBeVisibleAsync();
            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
            checks.Add(await CheckAsync(page, "antrean (English)", width, screenshot: false));
            Assert.Empty(visitor.Errors);
        }
        await using (var supervisor = await Visitor.OpenAsync(fixture, width, width == 360 ? 740 : 900))
        {
            var page = supervisor.Page;
            await supervisor.SignInAsync("Supervisor kabupaten", "Bambang Wijaya", "35.78");
            await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "antrean (supervisor)", width, screenshot: false));
            await page.GotoAsync($"/kasus/{assigned}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tugaskan TKSK" }).ClickAsync();
            await Expect(page.GetByLabel("TKSK", new() { Exact = true }).Locator("option", new() { HasText = "Agus Salim" })).ToHaveCountAsync(1);
            checks.Add(await CheckAsync(page, "kasus (supervisor, penugasan)", width, screenshot: width == 360));
            await page.GotoAsync("/perlu-tindakan");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beban TKSK" })).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "perlu tindakan", width, screenshot: width == 360));
            await page.GotoAsync("/pemberitahuan");
            await Expect(page.GetByText("belum dibaca.")).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "pemberitahuan (supervisor)", width, screenshot: width == 360));
            await page.GotoAsync("/dasbor");
            await page.WaitForFunctionAsync("() => window.Chart && Object.keys(window.Chart.instances).length >= 5");
            checks.Add(await CheckAsync(page, "dasbor (supervisor)", width, screenshot: true));
            await page.GotoAsync("/rekap");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cetak" })).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "rekap", width, screenshot: width == 360));
            Assert.Empty(supervisor.Errors);
        }
        await using (var admin = await Visitor.OpenAsync(fixture, width, width == 360 ? 740 : 900))
        {
            var page = admin.Page;
            await admin.SignInAsync("Admin provinsi", "Sri Wahyuni", "35");
            await page.GotoAsync("/dasbor");
            await page.WaitForFunctionAsync("() => window.Chart && Object.keys(window.Chart.instances).length >= 5");
            // The places' table, and the pasung and TKSK tables, open: axe reads them as a screen reader would.
            foreach (var section in new[] { "dash-places", "dash-pasung", "dash-tksk" })
                await page.Locator($"section[aria-labelledby={section}] summary").ClickAsync();
            checks.Add(await CheckAsync(page, "dasbor (provinsi)", width, screenshot: true));
            foreach (var (path, name, ready) in new[]
            {
                ("/koordinator", "koordinator", "Daftarkan TKSK"), ("/kunci-api", "kunci api", "Buat kunci API"),
                ("/log-akses", "log akses", "Log akses"), ("/gangguan", "gangguan", "Perintah otomatis yang ditolak"),
            })
            {
                await page.GotoAsync(path);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ready }).First).ToBeVisibleAsync();
                checks.Add(await CheckAsync(page, name, width, screenshot: width == 1280 && name == "koordinator"));
            }
            // A reversed date range: the API's message beside the field.
            await page.GotoAsync("/log-akses?dari=2026-12-07&sampai=2026-12-01");
            await Expect(page.Locator("#log-sampai-error")).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "log akses (saringan ditolak)", width, screenshot: false));
            Assert.Empty(admin.Errors);
        }
        await using (var tksk = await Visitor.OpenAsync(fixture, width, width == 360 ? 740 : 900))
        {
            var page = tksk.Page;
            await tksk.SignInAsync("TKSK", "Agus Salim", "35.78.01", coordinator: "Agus Salim");
            await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "antrean (TKSK)", width, screenshot: width == 360));
            await page.GotoAsync($"/kasus/{assigned}");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Terima tugas" })).ToBeVisibleAsync();
            checks.Add(await CheckAsync(page, "kasus (TKSK)", width, screenshot: width == 360));
            Assert.Empty(tksk.Errors);
        }
        return checks;
    }

    private static async Task<Check> CheckAsync(IPage page, string name, int width, bool screenshot)
    {
        if (screenshot) await Pages.ScreenshotAsync(page, $"{name.Replace(",", "").Replace(' ', '-').Replace("(", "").Replace(")", "").ToLowerInvariant()}-{width}");
        return new Check(name, width, await Pages.AccessibilityProblemsAsync(page), await Pages.OverflowAsync(page));
    }
}
