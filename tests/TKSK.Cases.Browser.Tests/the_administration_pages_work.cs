using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// The administration pages through the real API: the province admin creates an agency's API key (shown once)
/// and revokes it, and reads the access log of a day; a supervisor registers a TKSK, is told what deactivating them does to their cases, and
/// brings them back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class the_administration_pages_work(ConsoleFixture fixture)
{
    [Fact]
    public async Task an_api_key_is_shown_once_and_revoked()
    {
        await using var sri = await Visitor.OpenAsync(fixture);
        var page = sri.Page;
        await sri.SignInAsync("Admin provinsi", "Sri Wahyuni", "35");
        await page.GetByRole(AriaRole.Link, new() { Name = "Administrasi" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kunci API" }).ClickAsync();
        await page.GetByLabel("Instansi").FillAsync("RSJ Menur Surabaya");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat kunci API" }).ClickAsync();
        await Expect(page.GetByText("Kunci untuk RSJ Menur Surabaya dibuat")).ToBeVisibleAsync();
        var key = (await page.Locator("#new-key").TextContentAsync())!;
        Assert.True(key.Length >= 20, key);
        // Only once is it shown.
        await page.ReloadAsync();
        var row = page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("RSJ Menur Surabaya") });
        await Expect(row).ToContainTextAsync("Aktif");
        await Expect(page.GetByText(key)).ToHaveCountAsync(0);
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Cabut") }).ClickAsync();
        await Expect(page.GetByText("Kunci RSJ Menur Surabaya dicabut.")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("Dicabut");
        Assert.Empty(sri.Errors);
    }

    [Fact]
    public async Task the_access_log_is_read_by_wib_day_and_a_reversed_range_is_refused_beside_its_field()
    {
        var (id, number) = await fixture.Api.ReportAsync("35.78.01.1002", "Anak putus sekolah bekerja di pasar, Karang Pilang.");
        await fixture.Api.SendAsync(HttpMethod.Get, $"/api/v1/referrals/{id}", null, await fixture.Api.AdminTokenAsync());
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        await using var sri = await Visitor.OpenAsync(fixture);
        var page = sri.Page;
        await sri.SignInAsync("Admin provinsi", "Sri Wahyuni", "35");
        await page.GotoAsync("/log-akses");

        async Task FilterAsync(DateTimeOffset from, DateTimeOffset to)
        {
            await page.GetByLabel("Dari tanggal (WIB)").FillAsync(from.ToString("yyyy-MM-dd"));
            await page.GetByLabel("Sampai tanggal (WIB)").FillAsync(to.ToString("yyyy-MM-dd"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Terapkan" }).ClickAsync();
        }
        await FilterAsync(today, today);
        await Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Regex.Escape(number)) }).First).ToContainTextAsync("Admin Provinsi");
        await FilterAsync(today.AddDays(1), today);
        await Expect(page.Locator("#log-sampai-error")).ToContainTextAsync("Tanggal akhir tidak boleh sebelum tanggal awal.");
        await Expect(page.GetByLabel("Sampai tanggal (WIB)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await FilterAsync(today.AddDays(1), today.AddDays(1));
        await Expect(page.GetByText("Tidak ada catatan.")).ToBeVisibleAsync();
        Assert.Empty(sri.Errors);
    }

    [Fact]
    public async Task a_supervisor_registers_deactivates_and_reactivates_a_tksk()
    {
        await using var bambang = await Visitor.OpenAsync(fixture);
        var page = bambang.Page;
        await bambang.SignInAsync("Supervisor kabupaten", "Bambang Wijaya", "35.78");
        await page.GetByRole(AriaRole.Link, new() { Name = "Administrasi" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Koordinator TKSK", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Daftarkan", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Ada masalah")).ToBeVisibleAsync();
        await page.GetByLabel("Nama").FillAsync("Citra Dewi");
        await page.GetByLabel("Nomor ponsel").FillAsync("081234500044");
        await page.GetByLabel("Kecamatan").SelectOptionAsync(new SelectOptionValue { Label = "Wonokromo" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Daftarkan", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Citra Dewi terdaftar.")).ToBeVisibleAsync();

        var row = page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Citra Dewi") });
        await row.GetByRole(AriaRole.Button, new() { Name = "Nonaktifkan Citra Dewi" }).ClickAsync();
        await Expect(row).ToContainTextAsync("kasus terbuka akan dialihkan");
        await row.GetByRole(AriaRole.Button, new() { Name = "Nonaktifkan", Exact = true }).ClickAsync();
        await Expect(row.GetByText("Isi alasan").Or(row.Locator(".error-message")).First).ToBeVisibleAsync();
        await row.GetByLabel("Alasan").FillAsync("Pindah tugas ke luar kota.");
        await row.GetByRole(AriaRole.Button, new() { Name = "Nonaktifkan", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Citra Dewi dinonaktifkan; 0 kasus terbuka dialihkan.")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("Nonaktif sejak");
        await row.GetByRole(AriaRole.Button, new() { Name = "Aktifkan lagi Citra Dewi" }).ClickAsync();
        await Expect(page.GetByText("Citra Dewi aktif lagi.")).ToBeVisibleAsync();
        Assert.Empty(bambang.Errors);
    }
}
