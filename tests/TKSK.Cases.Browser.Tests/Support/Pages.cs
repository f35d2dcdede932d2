using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TKSK.Cases.Browser.Tests.Support;

/// <summary>What every page is checked for: axe-core's serious and critical findings, sideways scrolling, and its picture for the docs.</summary>
public static class Pages
{
    /// <summary>Every axe-core finding (WCAG 2.x A and AA and best practices), each as its impact and "rule: help, at where".</summary>
    public static async Task<IReadOnlyList<(string Impact, string Text)>> AccessibilityProblemsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Select(v => (v.Impact ?? "", $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"))
            .ToList();
    }

    /// <summary>Fails on any serious or critical axe-core finding in the page as it is now.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var serious = (await AccessibilityProblemsAsync(page)).Where(f => f.Impact is "serious" or "critical").Select(f => f.Text).ToList();
        Assert.True(serious.Count == 0, $"{what}: {string.Join("; ", serious)}");
    }

    /// <summary>How many CSS pixels the page is wider than the window (0: no sideways scrolling).</summary>
    public static async Task<int> OverflowAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    /// <summary>Saved to docs/screenshots/, so the README's and docs/console.md's pictures are of the console as it is.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Repository.PathTo("docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }

    /// <summary>One part of a page (a long page's section the picture is about), saved as <see cref="ScreenshotAsync(IPage, string)"/> does.</summary>
    public static async Task ScreenshotAsync(ILocator part, string name)
    {
        var folder = Repository.PathTo("docs", "screenshots");
        Directory.CreateDirectory(folder);
        await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, name + ".png"), Animations = ScreenshotAnimations.Disabled });
    }
}
