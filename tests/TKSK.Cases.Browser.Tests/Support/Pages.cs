using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TKSK.Cases.Browser.Tests.Support;

/// <summary>What every page is checked for: axe-core's serious and critical findings, sideways scrolling, and its picture for the docs.</summary>
public static class Pages
{
    /// <summary>The axe-core findings of impact serious or critical, each as "rule (impact): where".</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityProblemsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
    }

    /// <summary>How many CSS pixels the page is wider than the window (0: no sideways scrolling).</summary>
    public static async Task<int> OverflowAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    /// <summary>Saved to docs/screenshots/, so the README's pictures are of the console as it is.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Repository.PathTo("docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }
}
