using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// Two operators at night on one report: the second sees that the first has it open (in the queue and on the
/// case), and a page left behind by a change is told so, instead of overwriting it, and keeps what was typed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class two_operators_on_one_case(ConsoleFixture fixture)
{
    [Fact]
    public async Task the_second_sees_it_open_and_a_stale_page_is_told_it_changed()
    {
        var (id, number) = await fixture.Api.ReportAsync("35.78.01.1003", "Bapak tua di Kedurus tidur di pos ronda sejak seminggu, sakit-sakitan.");
        await using var siti = await Visitor.OpenAsync(fixture);
        await using var budi = await Visitor.OpenAsync(fixture);
        await siti.SignInAsync("Operator JSC", "Siti Rahayu");
        await budi.SignInAsync("Operator JSC", "Budi Santoso");

        // Siti's page has said that she has the case open before Budi looks.
        await siti.Page.RunAndWaitForResponseAsync(() => siti.Page.GotoAsync($"/kasus/{id}"),
            r => r.Url.EndsWith("/api/v1/presence") && r.Request.Method == "POST");
        await Expect(siti.Page.GetByRole(AriaRole.Heading, new() { Name = $"Kasus {number}", Level = 1 })).ToBeVisibleAsync();
        // Siti starts a note and leaves it unsent.
        await siti.Page.GetByRole(AriaRole.Button, new() { Name = "Tambah catatan" }).ClickAsync();
        await siti.Page.GetByLabel("Catatan").FillAsync("Sudah telepon RT setempat, bapak masih di pos ronda.");

        // Budi's queue names who has the report open.
        await budi.Page.GotoAsync($"/antrean?q={number}");
        var row = budi.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = number });
        await Expect(row).ToContainTextAsync("sedang dibuka oleh Siti Rahayu");
        await Pages.ScreenshotAsync(budi.Page, "antrean-sedang-dibuka-1280");
        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(budi.Page.GetByText("Kasus ini juga sedang dibuka oleh Siti Rahayu (Operator JSC).")).ToBeVisibleAsync();
        await Pages.AssertAccessibleAsync(budi.Page, "kasus sedang dibuka");

        // Budi decides meanwhile.
        await budi.Page.GetByRole(AriaRole.Button, new() { Name = "Asesmen meja" }).ClickAsync();
        await budi.Page.GetByLabel("Ditangani di lapangan (tugaskan TKSK)").CheckAsync();
        await budi.Page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(budi.Page.Locator(".tag--status")).ToHaveTextAsync(new Regex("Dinilai|Ditugaskan"));

        // Siti's page is behind: her note is refused with words, not written over Budi's decision.
        await siti.Page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        var stale = siti.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Kasus ini sudah diubah — muat ulang" });
        await Expect(stale).ToBeVisibleAsync();
        await Pages.ScreenshotAsync(siti.Page, "kasus-sudah-diubah-1280");
        await Pages.AssertAccessibleAsync(siti.Page, "kasus sudah diubah");
        await stale.GetByRole(AriaRole.Button, new() { Name = "Muat ulang kasus" }).ClickAsync();
        await Expect(siti.Page.Locator(".tag--status")).ToHaveTextAsync(new Regex("Dinilai|Ditugaskan"));
        await Expect(siti.Page.GetByLabel("Catatan")).ToHaveValueAsync("Sudah telepon RT setempat, bapak masih di pos ronda.");
        await siti.Page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(siti.Page.GetByRole(AriaRole.Region, new() { Name = "Riwayat (waktu WIB)" }))
            .ToContainTextAsync("Catatan: Sudah telepon RT setempat, bapak masih di pos ronda.");
        await Expect(siti.Page.GetByRole(AriaRole.Region, new() { Name = "Riwayat (waktu WIB)" }))
            .ToContainTextAsync("Asesmen meja: ditangani di lapangan, urgensi tinggi");
        Assert.Empty(siti.Errors);
        Assert.Empty(budi.Errors);
    }
}
