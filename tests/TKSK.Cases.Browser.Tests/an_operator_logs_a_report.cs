using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// The hotline's main flow in Chromium through the real service: the intake form (its errors in the GOV.UK
/// pattern, the API's own messages beside the field they name, a place found despite a typo, a possible
/// duplicate shown before saving), the case number after saving, and the report waiting in the desk's queue.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class an_operator_logs_a_report(ConsoleFixture fixture)
{
    [Fact]
    public async Task and_finds_it_in_the_desk_assessment_queue()
    {
        // Someone else reported the same desa and category this month: the form says so before saving.
        var (_, earlier) = await fixture.Api.ReportAsync("35.78.01.1002", "Nenek di Kebraon hidup sendiri, tidak ada yang merawat.");
        await using var siti = await Visitor.OpenAsync(fixture);
        var page = siti.Page;
        await siti.SignInAsync("Operator JSC", "Siti Rahayu");
        await page.GetByRole(AriaRole.Link, new() { Name = "Laporan baru" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Laporan baru", Level = 1 })).ToBeVisibleAsync();
        await Pages.ScreenshotAsync(page, "laporan-baru-1280");

        // Sent empty: a summary at the top, focused, linking to each field; the message again beside the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan laporan" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Ada masalah" });
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(6);
        await summary.GetByRole(AriaRole.Link, new() { Name = "Pilih saluran laporan." }).ClickAsync();
        await Expect(page.GetByLabel("Saluran")).ToBeFocusedAsync();
        await Expect(page.Locator("#f-channel-error")).ToHaveTextAsync("Kesalahan: Pilih saluran laporan.");
        await Pages.ScreenshotAsync(page, "laporan-baru-kesalahan-1280");

        await page.GetByLabel("Isi laporan").FillAsync(
            "Tulung min, ada mbah2 tinggal sendirian di Kebraon, Karang Pilang. Ga ada yg ngurus, udah 3 hari ga makan 😢 @dinsosjatim");
        await page.GetByLabel("Saluran").SelectOptionAsync(new SelectOptionValue { Label = "Instagram" });
        await page.GetByLabel("Tautan unggahan atau pesan (jika ada)").FillAsync("https://www.instagram.com/p/Cx1234");
        // A typo still finds the place; the keyboard alone chooses it.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Kabupaten/kota" }).FillAsync("surabya");
        await page.GetByRole(AriaRole.Option, new() { Name = "Kota Surabaya" }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Kecamatan" }).FillAsync("karangpilang");
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Karang Pilang" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Kecamatan" }).PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Kecamatan" })).ToHaveValueAsync("Karang Pilang");
        var desa = page.GetByRole(AriaRole.Combobox, new() { Name = "Desa/kelurahan (jika diketahui)" });
        await desa.FillAsync("kebraom");
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Kebraon" })).ToBeVisibleAsync();
        await desa.PressAsync("ArrowDown");
        await desa.PressAsync("ArrowUp");
        await desa.PressAsync("Enter");
        await Expect(desa).ToHaveValueAsync("Kebraon");
        await page.GetByLabel("Kategori PPKS").SelectOptionAsync(new SelectOptionValue { Label = "Lanjut Usia Telantar" });
        await page.GetByLabel("Tinggi").CheckAsync();
        await page.GetByLabel("Nama (jika diketahui)").FillAsync("Mbah Sainem");
        await page.GetByLabel("Perkiraan usia (tahun)").FillAsync("78");
        // Sixteen digits, but no birth date: only the service knows, and its words appear beside the field.
        await page.GetByLabel("NIK (jika diketahui)").FillAsync("3578010000000001");
        await page.GetByLabel("Pelapor ingin tetap anonim").CheckAsync();

        var duplicates = page.GetByRole(AriaRole.Region, new() { Name = "Mungkin sudah dilaporkan" });
        await Expect(duplicates.GetByRole(AriaRole.Link, new() { Name = earlier })).ToBeVisibleAsync();
        await Pages.AssertAccessibleAsync(page, "laporan baru with possible duplicates");

        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan laporan" }).ClickAsync();
        await Expect(page.Locator("#f-subject-nik-error")).ToContainTextAsync("tanggal lahir");
        await Expect(summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^NIK harus 16 angka") })).ToBeVisibleAsync();
        await page.GetByLabel("NIK (jika diketahui)").FillAsync("3578014507480003");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan laporan" }).ClickAsync();

        var saved = page.GetByRole(AriaRole.Heading, new() { Name = "Laporan tersimpan" });
        await Expect(saved).ToBeFocusedAsync();
        var number = (await page.Locator(".case-number").TextContentAsync())!.Trim();
        Assert.Matches(@"^JSC-\d{4}-\d{6}$", number);
        await Pages.ScreenshotAsync(page, "laporan-tersimpan-1280");
        await Pages.AssertAccessibleAsync(page, "laporan tersimpan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Antrean" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Menunggu asesmen meja") })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true })).ToBeVisibleAsync();

        // "Laporan baru" again: an empty form, ready for the next post.
        await page.GetByRole(AriaRole.Link, new() { Name = "Laporan baru" }).ClickAsync();
        await Expect(page.GetByLabel("Isi laporan")).ToHaveValueAsync("");
        Assert.Empty(siti.Errors);
    }
}
