using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// The kabupaten supervisor of Kota Surabaya: reassigns a case to the kecamatan's backup TKSK choosing by each
/// one's load (and sees it change), approves a resolution after reading its evidence, and clears their inbox.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class a_supervisor_works_their_kabupaten(ConsoleFixture fixture)
{
    [Fact]
    public async Task reassigns_a_case_to_the_backup_and_sees_the_load_change()
    {
        var (id, number) = await fixture.Api.ReportAsync("35.78.01.1002", "Lansia hidup sendiri di Kedurus, tidak ada yang merawat sejak anaknya merantau.");
        await fixture.Api.AssignedAsync(id);
        await fixture.Api.BackupAsync("Budi Santoso", "081234500033", "35.78.01");
        await fixture.Api.DashboardsCaughtUpAsync();
        await using var bambang = await Visitor.OpenAsync(fixture);
        var page = bambang.Page;
        await bambang.SignInAsync("Supervisor kabupaten", "Bambang Wijaya", "35.78");

        await page.GotoAsync($"/kasus/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Kasus {number}" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tugaskan TKSK" }).ClickAsync();
        var choice = page.GetByLabel("TKSK", new() { Exact = true });
        await Expect(choice.Locator("option", new() { HasText = "Budi Santoso (cadangan) — 0 kasus terbuka, 0 terlambat" })).ToHaveCountAsync(1);
        var agusBefore = (await choice.Locator("option", new() { HasText = "Agus Salim" }).TextContentAsync())!;
        var agusOpen = int.Parse(Regex.Match(agusBefore, @"— (\d+) kasus terbuka").Groups[1].Value);
        await choice.SelectOptionAsync(new SelectOptionValue { Label = "Budi Santoso (cadangan) — 0 kasus terbuka, 0 terlambat" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(page.Locator(".summary-list").First).ToContainTextAsync("Budi Santoso");

        // The load is an asynchronous projection: once it has caught up, the same form shows the moved case.
        await fixture.Api.DashboardsCaughtUpAsync();
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tugaskan TKSK" }).ClickAsync();
        await Expect(choice.Locator("option", new() { HasText = "Budi Santoso (cadangan) — 1 kasus terbuka" })).ToHaveCountAsync(1);
        await Expect(choice.Locator("option", new() { HasText = $"Agus Salim (utama) — {agusOpen - 1} kasus terbuka" })).ToHaveCountAsync(1);
        Assert.Empty(bambang.Errors);
    }

    [Fact]
    public async Task approves_a_closure_after_reading_its_evidence()
    {
        var (id, number) = await fixture.Api.ReportAsync("35.78.01.1003", "Lansia di Kebraon sakit menahun, tidak punya kartu BPJS.");
        await fixture.Api.AssignedAsync(id);
        await fixture.Api.ResolvedAsync(id, fixture.KarangPilangTksk, "35.78.01");
        await using var bambang = await Visitor.OpenAsync(fixture);
        var page = bambang.Page;
        await bambang.SignInAsync("Supervisor kabupaten", "Bambang Wijaya", "35.78");

        await page.GetByRole(AriaRole.Link, new() { Name = "Perlu tindakan" }).ClickAsync();
        var row = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Menunggu tinjauan penutupan") }) })
            .GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Regex.Escape(number)) });
        await Expect(row).ToContainTextAsync("Diselesaikan oleh Agus Salim");
        await Pages.ScreenshotAsync(page, "perlu-tindakan-1280");
        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();

        var resolution = page.GetByRole(AriaRole.Region, new() { Name = "Penyelesaian" });
        await Expect(resolution).ToContainTextAsync("Menerima bantuan");
        await Expect(resolution).ToContainTextAsync("Terdaftar PKH");
        await Expect(resolution).ToContainTextAsync("Risiko Sedang");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tinjau penyelesaian" }).ClickAsync();
        await page.GetByLabel("Setujui dan tutup kasus").CheckAsync();
        await Pages.ScreenshotAsync(page, "tinjauan-penutupan-1280");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(page.Locator(".tag--status")).ToHaveTextAsync("Ditutup");
        await Expect(resolution).ToContainTextAsync("Disetujui, kasus ditutup");
        Assert.Empty(bambang.Errors);
    }

    [Fact]
    public async Task reads_and_clears_the_inbox()
    {
        // Rungkut (35.78.03) has no TKSK: routing finds nobody and tells the kabupaten.
        var (id, number) = await fixture.Api.ReportAsync("35.78.03.1001", "Anak terlantar di Kalirungkut tidur di pos ronda.", "anak_telantar");
        var operatorToken = await fixture.Api.TokenAsync("jsc_operator", "Rina", "35");
        await fixture.Api.SendAsync(HttpMethod.Post, $"/api/v1/referrals/{id}/assessment", new { category = "anak_telantar", urgency = "high", decision = "field_response" }, operatorToken);
        var admin = await fixture.Api.AdminTokenAsync();
        for (var i = 0; i < 100 && (await fixture.Api.SendAsync(HttpMethod.Get, "/api/v1/notifications?recipient=kabupaten:35.78", null, admin))["items"]!.AsArray()
                 .All(n => n!["number"]!.GetValue<string>() != number); i++)
            await Task.Delay(100);

        await using var bambang = await Visitor.OpenAsync(fixture);
        var page = bambang.Page;
        await bambang.SignInAsync("Supervisor kabupaten", "Bambang Wijaya", "35.78");
        var inbox = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Pemberitahuan") });
        await Expect(inbox).ToHaveAccessibleNameAsync(new Regex(@"^Pemberitahuan \d+ belum dibaca$"));
        await inbox.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pemberitahuan", Level = 1 })).ToBeVisibleAsync();
        var notice = page.Locator(".notices__item", new() { HasText = number });
        await Expect(notice).ToContainTextAsync("Tanpa TKSK");
        await Pages.ScreenshotAsync(page, "pemberitahuan-1280");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tandai semua di halaman ini sudah dibaca" }).ClickAsync();
        await Expect(page.GetByText("0 belum dibaca.")).ToBeVisibleAsync();
        await Expect(inbox).ToHaveAccessibleNameAsync("Pemberitahuan");
        await Expect(notice).ToContainTextAsync("dibaca");
        await notice.GetByRole(AriaRole.Link, new() { Name = $"Kasus {number}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Kasus {number}" })).ToBeVisibleAsync();
        Assert.Empty(bambang.Errors);
    }
}
