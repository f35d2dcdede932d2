using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests.Support;

/// <summary>The field app as the tests meet it: a case accepted by Agus Salim (Karang Pilang), and his phone (360 px) opened on it.</summary>
public static class FieldPhone
{
    public const string Passphrase = "sawah hijau di Warugunung";

    /// <summary>A report routed to Agus and accepted by him through the API: its id and number.</summary>
    public static async Task<(string Id, string Number)> AcceptedCaseAsync(ConsoleFixture fixture, string summary)
    {
        var (id, number) = await fixture.Api.ReportAsync("35.78.01.1004", summary);
        await fixture.Api.AssignedAsync(id);
        await fixture.Api.SendAsync(HttpMethod.Post, $"/api/v1/referrals/{id}/acceptance", null, await AgusTokenAsync(fixture));
        return (id, number);
    }

    public static async Task<string> AgusTokenAsync(ConsoleFixture fixture) =>
        await fixture.Api.TokenAsync("tksk", "Agus Salim", "35.78.01", fixture.KarangPilangTksk);

    /// <summary>Agus's phone, signed in, on Lapangan with a new passphrase set: his cases shown.</summary>
    /// <param name="at">Another service than the fixture's (one the test starts and stops itself).</param>
    public static async Task<Visitor> OpenAsync(ConsoleFixture fixture, Uri? at = null)
    {
        var agus = await Visitor.OpenAsync(fixture, 360, 740, at);
        await agus.SignInAsync("TKSK", "Agus Salim", "35.78.01", coordinator: "Agus Salim");
        await agus.Page.GetByRole(AriaRole.Link, new() { Name = "Lapangan" }).ClickAsync();
        await CreatePassphraseAsync(agus.Page);
        return agus;
    }

    public static async Task CreatePassphraseAsync(IPage page)
    {
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(Passphrase);
        await page.GetByLabel("Ulangi kata sandi").FillAsync(Passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dicatat di HP ini" })).ToBeVisibleAsync();
    }

    /// <summary>Whether the field app's IndexedDB store exists in this browser.</summary>
    public static Task<bool> HasStoreAsync(IPage page) =>
        page.EvaluateAsync<bool>("async () => (await indexedDB.databases()).some(d => d.name === 'tksk-field')");

    /// <summary>A readable entry of the store's meta (the device id, the last contact): not sealed, so a test can read or age it.</summary>
    public static Task<T> MetaAsync<T>(IPage page, string name, string change = "v => v") =>
        page.EvaluateAsync<T>($$"""
            async () => {
              const db = await new Promise((ok, fail) => { const r = indexedDB.open('tksk-field'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
              const value = await new Promise((ok, fail) => {
                const tx = db.transaction('meta', 'readwrite'), store = tx.objectStore('meta'), read = store.get('{{name}}');
                let changed;
                read.onsuccess = () => { changed = ({{change}})(read.result); store.put(changed, '{{name}}'); };
                tx.oncomplete = () => ok(changed); tx.onerror = () => fail(tx.error);
              });
              db.close();
              return value;
            }
            """);
}
