using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// A TKSK signs in, finds the case assigned to them, accepts it and records a visit online; the TKSK of the next
/// kecamatan cannot find or open it, in the queue or by its address.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class a_tksk_works_on_their_cases(ConsoleFixture fixture)
{
    [Fact]
    public async Task accepts_an_assigned_case_and_records_a_visit()
    {
        var (id, number) = await fixture.Api.ReportAsync("35.78.01.1004", "Anak jalanan di Warugunung tidur di emperan toko, orang tua tidak diketahui.", "anak_jalanan");
        await fixture.Api.AssignedAsync(id);
        await using var agus = await Visitor.OpenAsync(fixture);
        var page = agus.Page;
        await agus.SignInAsync("TKSK", "Agus Salim", "35.78.01", coordinator: "Agus Salim");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kasus saya", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Ditugaskan kepada saya") })).ToHaveAttributeAsync("aria-current", "page");
        await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Kasus {number}" })).ToBeVisibleAsync();
        // Nothing the desk does is offered to the TKSK.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Asesmen meja" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Terima tugas" }).ClickAsync();
        await Expect(page.Locator(".tag--status")).ToHaveTextAsync("Ditangani");
        await page.GetByRole(AriaRole.Button, new() { Name = "Catat kunjungan" }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Orang yang dilaporkan ditemui" }).GetByLabel("Ya").CheckAsync();
        await page.GetByLabel("Catatan").FillAsync("Anak ditemui di depan toko, bersedia diantar ke UPT.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Riwayat (waktu WIB)" })).ToContainTextAsync("Kunjungan: orang yang dilaporkan ditemui");
        await Pages.ScreenshotAsync(page, "kasus-tksk-1280");
        Assert.Empty(agus.Errors);
    }

    [Fact]
    public async Task cannot_reach_a_case_of_another_kecamatan()
    {
        var (id, number) = await fixture.Api.ReportAsync("35.78.01.1001", "Lansia di Karang Pilang ditinggal keluarganya, rumah hampir roboh.");
        await using var dewi = await Visitor.OpenAsync(fixture);
        var page = dewi.Page;
        await dewi.SignInAsync("TKSK", "Dewi Lestari", "35.78.02", coordinator: "Dewi Lestari");

        await page.GotoAsync($"/antrean?tab=all&q={number}");
        await Expect(page.GetByText("Tidak ada kasus di antrean ini.")).ToBeVisibleAsync();
        await page.GotoAsync($"/kasus/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kasus tidak ditemukan" })).ToBeVisibleAsync();
        await Expect(page.GetByText(number)).ToHaveCountAsync(0);
        Assert.Empty(dewi.Errors);
    }
}
