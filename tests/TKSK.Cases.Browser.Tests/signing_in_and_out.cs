using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// Sign-in from the keyboard alone (with a focus one can see), an expired sign-in that leads back to the sign-in
/// page and then to the form as it was typed, and a sign-out that leaves neither the token nor a draft behind.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class signing_in_and_out(ConsoleFixture fixture)
{
    [Fact]
    public async Task the_keyboard_alone_signs_in_finds_a_case_and_opens_it()
    {
        var (_, number) = await fixture.Api.ReportAsync("35.78.01.1003", "Perempuan muda di Kedurus dikurung keluarganya, diduga gangguan jiwa.", "penyandang_disabilitas");
        await using var visitor = await Visitor.OpenAsync(fixture);
        var page = visitor.Page;
        await page.GotoAsync("/masuk");
        await Expect(page.GetByLabel("Peran")).ToBeVisibleAsync();
        // Skip link first, then the header's language switch, then the form.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Langsung ke isi" })).ToBeFocusedAsync();
        Assert.True(await FocusIsVisibleAsync(page));
        await page.Keyboard.PressAsync("Enter");
        for (var i = 0; i < 10 && !await page.GetByLabel("Peran").EvaluateAsync<bool>("e => e === document.activeElement"); i++) await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Peran")).ToBeFocusedAsync();
        Assert.True(await FocusIsVisibleAsync(page));
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Nama")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Wulan");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/antrean"));
        // The queue has drawn and loaded (its shortcut listens from then on).
        await Expect(page.GetByText(new Regex("^Diperbarui "))).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("/");
        await Expect(page.GetByLabel("Cari")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(number);
        await page.Keyboard.PressAsync("Enter");
        var link = page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true });
        await Expect(link).ToBeVisibleAsync();
        for (var i = 0; i < 40 && !await link.EvaluateAsync<bool>("e => e === document.activeElement"); i++) await page.Keyboard.PressAsync("Tab");
        await Expect(link).ToBeFocusedAsync();
        Assert.True(await FocusIsVisibleAsync(page));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Kasus {number}" })).ToBeVisibleAsync();
        // The page moved: so did the keyboard, to its content.
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        Assert.Empty(visitor.Errors);
    }

    [Fact]
    public async Task an_expired_sign_in_returns_to_the_form_as_it_was_typed_and_signing_out_forgets_it()
    {
        await using var visitor = await Visitor.OpenAsync(fixture);
        var page = visitor.Page;
        await visitor.SignInAsync("Operator JSC", "Siti Rahayu");
        await page.GotoAsync("/laporan-baru");
        await page.GetByLabel("Isi laporan").FillAsync("Bapak tua linglung di Pasar Wonokromo, tidak tahu alamat rumahnya.");
        await page.GetByLabel("Saluran").SelectOptionAsync(new SelectOptionValue { Label = "WhatsApp" });
        await page.GetByLabel("Kategori PPKS").SelectOptionAsync(new SelectOptionValue { Label = "Lanjut Usia Telantar" });
        await page.GetByLabel("Biasa").CheckAsync();
        await page.GetByLabel("Pelapor ingin tetap anonim").CheckAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Kabupaten/kota" }).FillAsync("kota surabaya");
        await page.GetByRole(AriaRole.Option, new() { Name = "Kota Surabaya" }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Kecamatan" }).FillAsync("wonokromo");
        await page.GetByRole(AriaRole.Option, new() { Name = "Wonokromo" }).ClickAsync();

        // The token runs out (here: it no longer verifies) while the operator types.
        await page.EvaluateAsync("() => { const s = JSON.parse(localStorage.getItem('tksk.session')); s.token = s.token.slice(0, -4) + 'AAAA'; localStorage.setItem('tksk.session', JSON.stringify(s)); }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan laporan" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/masuk\\?kembali=%2Flaporan-baru"));
        await Expect(page.GetByText("Sesi Anda berakhir.")).ToBeVisibleAsync();

        await page.GetByLabel("Nama").FillAsync("Siti Rahayu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/laporan-baru$"));
        await Expect(page.GetByLabel("Isi laporan")).ToHaveValueAsync("Bapak tua linglung di Pasar Wonokromo, tidak tahu alamat rumahnya.");
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Kecamatan" })).ToHaveValueAsync("Wonokromo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan laporan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Laporan tersimpan" })).ToBeVisibleAsync();

        // A draft left in a form, then signing out: nothing of either stays in the browser.
        await page.GetByRole(AriaRole.Button, new() { Name = "Laporan baru" }).ClickAsync();
        await page.GetByLabel("Isi laporan").FillAsync("Draf yang tidak jadi dikirim: Pak S, NIK 3578011204800001.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/masuk$"));
        var stored = await page.EvaluateAsync<string>("() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })");
        Assert.DoesNotContain("tksk.session", stored);
        Assert.DoesNotContain("3578011204800001", stored);
        await page.GotoAsync("/antrean");
        await Expect(page).ToHaveURLAsync(new Regex("/masuk"));
        Assert.Empty(visitor.Errors);
    }

    /// <summary>The focused element draws an outline or a shadow (the console's yellow focus), not nothing.</summary>
    private static Task<bool> FocusIsVisibleAsync(IPage page) => page.EvaluateAsync<bool>(
        "() => { const s = getComputedStyle(document.activeElement); return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none'; }");
}
