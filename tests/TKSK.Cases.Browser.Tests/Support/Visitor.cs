using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests.Support;

/// <summary>
/// One person at one browser: a context of their own (their own storage, so their own sign-in), a page, and
/// every script error the page raised (a test fails on any).
/// </summary>
public sealed class Visitor : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    public IPage Page { get; }
    public IReadOnlyList<string> Errors => _errors;

    private Visitor(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.PageError += (_, error) => _errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.Contains("status of 4")) _errors.Add(message.Text); };
    }

    /// <param name="at">Another service than the fixture's (one the test starts and stops itself).</param>
    public static async Task<Visitor> OpenAsync(ConsoleFixture fixture, int width = 1280, int height = 900, Uri? at = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (at ?? fixture.Url).ToString(), ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "id-ID", TimezoneId = "Asia/Jakarta",
        });
        context.SetDefaultTimeout(10_000);
        return new Visitor(context, await context.NewPageAsync());
    }

    /// <summary>The development sign-in page, as a person uses it: role, name, region (and for a TKSK, who).</summary>
    public async Task SignInAsync(string role, string name, string? region = null, string? coordinator = null)
    {
        await Page.GotoAsync("/masuk");
        await Page.GetByLabel("Peran").SelectOptionAsync(new SelectOptionValue { Label = role });
        if (region is not null) await Page.GetByLabel("Wilayah kerja").FillAsync(region);
        if (coordinator is not null)
        {
            var choice = Page.GetByLabel("TKSK", new() { Exact = true });
            await Expect(choice.Locator("option", new() { HasText = coordinator })).ToHaveCountAsync(1);
            await choice.SelectOptionAsync(new SelectOptionValue { Label = (await choice.Locator("option", new() { HasText = coordinator }).TextContentAsync())!.Trim() });
        }
        await Page.GetByLabel("Nama").FillAsync(name);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/antrean"));
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
