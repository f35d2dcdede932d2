using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// Intake assist in the console: a pasted post fills the empty fields, each marked as suggested with the words it came
/// from highlighted in the post; the operator confirms or changes each before saving, and the case records which.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class an_operator_pastes_a_post(ConsoleFixture fixture)
{
    private const string Post = "Tulung min, ada mbah2 tinggal sendirian di Ds. Plumpungrejo kec. Wonoasri Madiun, ga ada yg ngurus, udah 3 hari ga makan 😢";

    [Fact]
    public async Task sees_the_form_filled_with_highlights_changes_one_and_finds_the_case()
    {
        await using var siti = await Visitor.OpenAsync(fixture);
        var page = siti.Page;
        await siti.SignInAsync("Operator JSC", "Siti Rahayu");
        await page.GetByRole(AriaRole.Link, new() { Name = "Laporan baru" }).ClickAsync();

        // Pasted as a person pastes: from the clipboard, with the keyboard.
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.EvaluateAsync("text => navigator.clipboard.writeText(text)", Post);
        await page.GetByLabel("Isi laporan").FocusAsync();
        await page.Keyboard.PressAsync("Control+V");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "diisi dari teks" })).ToBeVisibleAsync();

        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Kabupaten/kota" })).ToHaveValueAsync(new Regex("Madiun"));
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Kecamatan" })).ToHaveValueAsync("Wonoasri");
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Desa/kelurahan (jika diketahui)" })).ToHaveValueAsync("Plumpungrejo");
        await Expect(page.GetByLabel("Kategori PPKS", new() { Exact = true })).ToHaveValueAsync("lanjut_usia_telantar");
        await Expect(page.GetByLabel("Darurat", new() { Exact = true })).ToBeCheckedAsync();
        // The words each suggestion came from, highlighted in the post as it was read.
        var read = page.Locator(".read-post");
        await Expect(read.Locator("mark").Filter(new() { HasText = "Plumpungrejo" })).ToBeVisibleAsync();
        await Expect(read.Locator("mark").Filter(new() { HasText = "makan" })).ToBeVisibleAsync();
        await Pages.AssertAccessibleAsync(page, "laporan baru with suggestions");
        await Pages.ScreenshotAsync(page, "laporan-baru-saran-1280");

        // The operator judges the urgency high (someone brought food this morning) and changes it.
        await page.GetByLabel("Tinggi", new() { Exact = true }).CheckAsync();
        await Expect(page.Locator(".suggestion--done").Filter(new() { HasText = "Diubah dari saran" })).ToBeVisibleAsync();
        await page.GetByLabel("Saluran").SelectOptionAsync(new SelectOptionValue { Label = "Facebook" });
        await page.GetByLabel("Pelapor ingin tetap anonim").CheckAsync();

        // Saved with suggestions nobody checked: each is asked for beside its field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan laporan" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Ada masalah" });
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Periksa saran ini: pilih Sudah benar atau ubah isinya." })).ToHaveCountAsync(5);
        await Expect(page.Locator("#f-location-kecamatanCode-error")).ToContainTextAsync("Periksa saran ini");

        foreach (var field in new[] { "Kabupaten/kota", "Kecamatan", "Desa/kelurahan (jika diketahui)", "Kategori PPKS", "Dipasung atau dikurung oleh keluarga" })
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($@"^Sudah benar\s*, saran untuk {Regex.Escape(field).Replace("/", "\\/")}$") }).ClickAsync();
        await Expect(page.Locator(".suggestion--done").Filter(new() { HasText = "sudah diperiksa" })).ToHaveCountAsync(5);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan laporan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Laporan tersimpan" })).ToBeFocusedAsync();
        var number = (await page.Locator(".case-number").TextContentAsync())!.Trim();
        await page.GetByRole(AriaRole.Link, new() { Name = "Buka kasus " + number }).ClickAsync();
        await Expect(page.GetByText("Saran dari teks: 5 dari 6 isian dipakai")).ToBeVisibleAsync();
        Assert.Empty(siti.Errors);
    }

    [Fact]
    public async Task the_suggestions_fit_a_phone()
    {
        await using var visitor = await Visitor.OpenAsync(fixture, width: 360, height: 780);
        var page = visitor.Page;
        await visitor.SignInAsync("Operator JSC", "Siti Rahayu");
        await page.GetByRole(AriaRole.Link, new() { Name = "Laporan baru" }).ClickAsync();
        await page.GetByLabel("Isi laporan").FillAsync(Post);
        await page.GetByRole(AriaRole.Button, new() { Name = "Isi dari teks" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Kecamatan" })).ToHaveValueAsync("Wonoasri");
        Assert.Equal(0, await Pages.OverflowAsync(page));
        await Pages.AssertAccessibleAsync(page, "laporan baru with suggestions, 360 px");
        await Pages.ScreenshotAsync(page, "laporan-baru-saran-360");
        Assert.Empty(visitor.Errors);
    }
}
