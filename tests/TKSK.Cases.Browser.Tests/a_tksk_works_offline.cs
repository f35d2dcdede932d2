using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// The field app on a phone (360 px): a TKSK sets a passphrase, loses the signal, records a visit with the phone's GPS,
/// reloads with no connection and still has the case and the queue, gets the signal back and sees the visit sent and on
/// the case; signing out leaves no case data in the browser and no API answer in its caches.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class a_tksk_works_offline(ConsoleFixture fixture, ITestOutputHelper output)
{
    private const string Passphrase = "sawah hijau di Warugunung";

    [Fact]
    public async Task records_a_visit_without_a_signal_and_sends_it_when_the_signal_returns()
    {
        var (id, number) = await fixture.Api.ReportAsync("35.78.01.1004", "Lansia di Warugunung tinggal sendiri, tidak bisa berjalan.");
        await fixture.Api.AssignedAsync(id);
        var operatorToken = await fixture.Api.TokenAsync("jsc_operator", "Rina", "35");
        var agusId = (await fixture.Api.SendAsync(HttpMethod.Get, $"/api/v1/referrals/{id}", null, operatorToken))["assignment"]!["coordinatorId"]!.GetValue<string>();
        await fixture.Api.SendAsync(HttpMethod.Post, $"/api/v1/referrals/{id}/acceptance", null, await fixture.Api.TokenAsync("tksk", "Agus Salim", "35.78.01", agusId));

        await using var agus = await Visitor.OpenAsync(fixture, 360, 740);
        var page = agus.Page;
        await page.Context.GrantPermissionsAsync(["geolocation"]);
        await page.Context.SetGeolocationAsync(new Geolocation { Latitude = -7.33051f, Longitude = 112.72634f, Accuracy = 12 });
        await agus.SignInAsync("TKSK", "Agus Salim", "35.78.01", coordinator: "Agus Salim");

        await page.GetByRole(AriaRole.Link, new() { Name = "Lapangan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Buat kata sandi untuk HP ini" })).ToBeVisibleAsync();
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync("1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        await Expect(page.Locator("#f-passphrase-error")).ToContainTextAsync("Kata sandi minimal 8 karakter.");
        await Pages.AssertAccessibleAsync(page, "Lapangan: buat kata sandi (360 px)");
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(Passphrase);
        await page.GetByLabel("Ulangi kata sandi").FillAsync(Passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        var theCase = page.GetByRole(AriaRole.Article, new() { Name = number });
        await Expect(theCase).ToContainTextAsync("Ditangani");
        await Expect(page.GetByText("0 belum terkirim")).ToBeVisibleAsync();
        // The shell is kept once the worker is active: from then on the app opens with no connection.
        try
        {
            await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail("the service worker never took control: " + await page.EvaluateAsync<string>(
                "async () => { const r = await navigator.serviceWorker.getRegistration(); return JSON.stringify({ r: !!r, active: r?.active?.state, installing: r?.installing?.state, waiting: r?.waiting?.state }); }"));
        }
        await Pages.AssertAccessibleAsync(page, "Lapangan: kasus di HP (360 px)");
        Assert.Equal(0, await Pages.OverflowAsync(page));
        await Pages.ScreenshotAsync(page, "lapangan-360");

        await page.Context.SetOfflineAsync(true);
        await theCase.GetByRole(AriaRole.Button, new() { Name = "Catat kunjungan" }).ClickAsync();
        await Expect(theCase.GetByText("Lokasi GPS: -7.33051, 112.72634")).ToBeVisibleAsync();
        await theCase.GetByRole(AriaRole.Group, new() { Name = "Orang yang dilaporkan ditemui?" }).GetByLabel("Ya").CheckAsync();
        await theCase.GetByLabel("Catatan kunjungan").FillAsync("Mbah Sainem ditemui di rumahnya, perlu kursi roda.");
        await Pages.AssertAccessibleAsync(page, "Lapangan: catat kunjungan tanpa sinyal (360 px)");
        await Pages.ScreenshotAsync(page, "lapangan-kunjungan-360");
        await theCase.GetByRole(AriaRole.Button, new() { Name = "Simpan di HP" }).ClickAsync();
        await Expect(page.GetByText("1 belum terkirim")).ToBeVisibleAsync();

        // No connection at all: the page, its modules and the cases come from the phone.
        await page.ReloadAsync();
        await Expect(page.GetByText("1 belum terkirim")).ToBeVisibleAsync();
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync("bukan kata sandinya");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buka", Exact = true }).ClickAsync();
        await Expect(page.Locator("#f-passphrase-error")).ToContainTextAsync("Kata sandi salah.");
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(Passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Buka", Exact = true }).ClickAsync();
        await Expect(theCase).ToContainTextAsync("Ditangani");
        var queue = page.GetByRole(AriaRole.Region, new() { Name = "Dicatat di HP ini" });
        await Expect(queue).ToContainTextAsync($"menunggu Kunjungan · {number}");
        await Expect(page.GetByText("Tidak ada sinyal")).ToBeVisibleAsync();
        await Pages.AssertAccessibleAsync(page, "Lapangan: dibuka tanpa sinyal (360 px)");
        await Pages.ScreenshotAsync(page, "lapangan-tanpa-sinyal-360");

        // The signal returns: the queue goes by itself.
        await page.Context.SetOfflineAsync(false);
        await Expect(page.GetByText("0 belum terkirim")).ToBeVisibleAsync();
        await Expect(queue).ToContainTextAsync($"terkirim Kunjungan · {number}");
        await Expect(theCase).ToContainTextAsync("Kunjungan terakhir");
        var visits = (await fixture.Api.SendAsync(HttpMethod.Get, $"/api/v1/referrals/{id}", null, operatorToken))["visits"]!.AsArray();
        var visit = Assert.Single(visits)!;
        Assert.True(visit["subjectFound"]!.GetValue<bool>());
        Assert.Equal(-7.33051, visit["latitude"]!.GetValue<double>(), 4);
        await page.GotoAsync($"/kasus/{id}");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Riwayat (waktu WIB)" })).ToContainTextAsync("Kunjungan: orang yang dilaporkan ditemui");

        var shell = await CachedAsync(page);
        output.WriteLine($"offline cache: {shell.Count} entries, {shell.Sum(e => e.Bytes):N0} bytes (bodies as stored, uncompressed)");
        Assert.Contains(shell, e => e.Url.EndsWith("/"));
        Assert.DoesNotContain(shell, e => e.Url.Contains("/api/"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/masuk"));
        Assert.False(await page.EvaluateAsync<bool>("async () => (await indexedDB.databases()).some(d => d.name === 'tksk-field')"));
        Assert.DoesNotContain(await CachedAsync(page), e => e.Url.Contains("/api/"));
        // Loading a resource with no connection logs a network error: that is the test's doing, not the app's.
        Assert.DoesNotContain(agus.Errors, e => !e.Contains("ERR_INTERNET_DISCONNECTED"));
    }

    /// <summary>Every entry of every cache of the page's origin, with its body's size.</summary>
    private const string CacheContents = """
        async () => {
          const all = [];
          for (const name of await caches.keys()) {
            const cache = await caches.open(name);
            for (const request of await cache.keys())
              all.push({ url: request.url, bytes: (await (await cache.match(request)).arrayBuffer()).byteLength });
          }
          return all;
        }
        """;

    private static async Task<List<CacheEntry>> CachedAsync(IPage page) =>
        (await page.EvaluateAsync<System.Text.Json.JsonElement>(CacheContents)).EnumerateArray()
            .Select(e => new CacheEntry(e.GetProperty("url").GetString()!, e.GetProperty("bytes").GetInt64())).ToList();

    private sealed record CacheEntry(string Url, long Bytes);
}
