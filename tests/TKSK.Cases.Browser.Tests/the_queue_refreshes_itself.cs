using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>An operator watching the desk's queue sees a new report arrive, and its count grow, without touching anything.</summary>
[Collection(BrowserCollection.Name)]
public sealed class the_queue_refreshes_itself(ConsoleFixture fixture)
{
    [Fact]
    public async Task a_report_logged_elsewhere_appears_within_half_a_minute()
    {
        await using var visitor = await Visitor.OpenAsync(fixture);
        var page = visitor.Page;
        // The page's own clock, moved on by the test: half a minute passes in no time.
        await page.Clock.InstallAsync();
        await visitor.SignInAsync("Operator JSC", "Siti Rahayu");
        await Expect(page.GetByRole(AriaRole.Table).Or(page.GetByText("Tidak ada kasus di antrean ini."))).ToBeVisibleAsync();
        var (_, number) = await fixture.Api.ReportAsync("35.78.01.1004", "Gelandangan tidur di bawah jembatan Waru Gunung, kaki luka.", "gelandangan");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true })).ToHaveCountAsync(0);
        await page.Clock.RunForAsync(31_000);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true })).ToBeVisibleAsync();
        Assert.Empty(visitor.Errors);
    }

    [Fact]
    public async Task a_search_too_short_is_answered_beside_the_field()
    {
        await using var visitor = await Visitor.OpenAsync(fixture);
        var page = visitor.Page;
        await visitor.SignInAsync("Operator JSC", "Siti Rahayu");
        await page.GotoAsync("/antrean?q=ab");
        // The service's own words (400 naming q), next to the field they are about, and the field marked invalid.
        await Expect(page.Locator("#q-error")).ToContainTextAsync("paling sedikit 3 huruf");
        await Expect(page.Locator("#q")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#q")).ToHaveAttributeAsync("aria-describedby", "q-hint q-error");
    }
}
