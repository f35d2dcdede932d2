using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// A release reaches a phone that holds an unsent record: the service at the same address is replaced by a new release,
/// the phone's next visit installs the new shell in place of the old one, the record queued by the old version is
/// still there, and the new service accepts it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class a_new_app_version_takes_over(ConsoleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task the_new_shell_replaces_the_old_and_the_queued_record_is_kept_and_sent()
    {
        var (id, number) = await FieldPhone.AcceptedCaseAsync(fixture, "Lansia di Waru Gunung tinggal sendiri, atap rumahnya bocor.");
        var operatorToken = await fixture.Api.TokenAsync("jsc_operator", "Rina", "35");

        var release1 = await RunningService.StartAsync(fixture.ConnectionString, release: "uji-1");
        var port = release1.Port;
        await using var agus = await FieldPhone.OpenAsync(fixture, at: release1.BaseAddress);
        var page = agus.Page;
        await page.Context.GrantPermissionsAsync(["geolocation"]);
        await page.Context.SetGeolocationAsync(new Geolocation { Latitude = -7.32102f, Longitude = 112.70433f, Accuracy = 15 });
        var theCase = page.GetByRole(AriaRole.Article, new() { Name = number });
        await Expect(theCase).ToContainTextAsync("Ditangani");
        var oldShell = Assert.Single(await ShellsWhenControlledAsync(page));

        await page.Context.SetOfflineAsync(true);
        await theCase.GetByRole(AriaRole.Button, new() { Name = "Catat kunjungan" }).ClickAsync();
        await theCase.GetByRole(AriaRole.Group, new() { Name = "Orang yang dilaporkan ditemui?" }).GetByLabel("Tidak").CheckAsync();
        await theCase.GetByLabel("Catatan kunjungan").FillAsync("Mbah tidak ada di rumah, kata tetangga sedang dirawat di puskesmas.");
        await theCase.GetByRole(AriaRole.Button, new() { Name = "Simpan di HP" }).ClickAsync();
        await Expect(page.GetByText("1 belum terkirim")).ToBeVisibleAsync();

        // The new release at the same address. Sending is held back, so the record is still queued when the new shell arrives.
        await release1.DisposeAsync();
        await using var release2 = await RunningService.StartAsync(fixture.ConnectionString, release: "uji-2", port: port);
        await page.RouteAsync("**/api/v1/sync", route => route.AbortAsync());
        await page.Context.SetOfflineAsync(false);
        await page.ReloadAsync();
        var newShell = await ShellReplacingAsync(page, oldShell);
        output.WriteLine($"shell {oldShell} replaced by {newShell}");
        await UnlockAsync(page);
        await Expect(page.GetByText("1 belum terkirim")).ToBeVisibleAsync();
        var queue = page.GetByRole(AriaRole.Region, new() { Name = "Dicatat di HP ini" });
        await Expect(queue).ToContainTextAsync($"menunggu Kunjungan · {number}");

        // The new shell is whole: with no connection the phone opens the new release, queue and all.
        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        Assert.Equal("uji-2", await page.Locator("meta[name=tksk-release]").GetAttributeAsync("content"));
        await UnlockAsync(page);
        await Expect(queue).ToContainTextAsync($"menunggu Kunjungan · {number}");

        // What the old version queued, the new service takes.
        await page.UnrouteAsync("**/api/v1/sync");
        await page.Context.SetOfflineAsync(false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim sekarang" }).ClickAsync();
        await Expect(page.GetByText("0 belum terkirim")).ToBeVisibleAsync();
        await Expect(queue).ToContainTextAsync($"terkirim Kunjungan · {number}");
        var visit = Assert.Single((await fixture.Api.SendAsync(HttpMethod.Get, $"/api/v1/referrals/{id}", null, operatorToken))["visits"]!.AsArray())!;
        Assert.False(visit["subjectFound"]!.GetValue<bool>());
        Assert.DoesNotContain(agus.Errors, e => !e.Contains("ERR_INTERNET_DISCONNECTED") && !e.Contains("ERR_FAILED"));
    }

    private async Task UnlockAsync(IPage page)
    {
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(FieldPhone.Passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Buka", Exact = true }).ClickAsync();
    }

    private const string Shells = "async () => (await caches.keys()).filter(n => n.startsWith('tksk-shell-'))";

    /// <summary>The shell caches once a worker controls the page (polled here: Playwright does not wait on an async predicate).</summary>
    private static async Task<string[]> ShellsWhenControlledAsync(IPage page)
    {
        for (var waited = 0; waited < 150; waited++)
        {
            if (await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"))
                return await page.EvaluateAsync<string[]>(Shells);
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("the service worker never took control of the page");
    }

    /// <summary>Waits until the only shell kept is a new one: the new worker installed its shell and removed the old.</summary>
    private static async Task<string> ShellReplacingAsync(IPage page, string old)
    {
        string[] shells = [];
        for (var waited = 0; waited < 200; waited++)
        {
            shells = await page.EvaluateAsync<string[]>(Shells);
            if (shells is [var only] && only != old && await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"))
                return only;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"the old shell {old} was not replaced; shells now: {string.Join(", ", shells)}");
    }
}
