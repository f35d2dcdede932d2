using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// A first visit, with nothing cached, transfers at most 150 KB in all (every response's headers and body as
/// sent, compressed), for the sign-in page and for the queue of someone already signed in; on a slow-4G
/// connection the sign-in form is usable within a few seconds.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class the_first_page_load_is_light(ConsoleFixture fixture, ITestOutputHelper output)
{
    private const long Budget = 150 * 1024;
    private readonly List<string> _fetched = [];

    [Fact]
    public async Task sign_in_page_and_queue_each_transfer_at_most_150_kb()
    {
        var signIn = await MeasureAsync("/masuk", null, page => Expect(page.GetByRole(AriaRole.Button, new() { Name = "Masuk" })).ToBeVisibleAsync());
        var token = await fixture.Api.TokenAsync("jsc_operator", "Siti Rahayu", "35");
        var queue = await MeasureAsync("/antrean", token, page => Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Antrean", Level = 1 })).ToBeVisibleAsync());
        Assert.True(signIn <= Budget, $"the sign-in page transferred {signIn:N0} bytes, more than {Budget:N0}");
        Assert.True(queue <= Budget, $"the queue transferred {queue:N0} bytes, more than {Budget:N0}");
    }

    /// <summary>
    /// The supervisor's pages, each a first visit with nothing cached; the dashboards add the chart library (72 KB
    /// compressed), which no other page fetches, so they get a budget of their own.
    /// </summary>
    [Fact]
    public async Task the_supervisors_pages_are_light_and_only_the_dashboards_fetch_the_chart_library()
    {
        var token = await fixture.Api.TokenAsync("supervisor", "Bambang Wijaya", "35.78");
        var attention = await MeasureAsync("/perlu-tindakan", token, page => Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beban TKSK" })).ToBeVisibleAsync());
        Assert.DoesNotContain(_fetched, url => url.Contains("/vendor/chart/"));
        var inbox = await MeasureAsync("/pemberitahuan", token, page => Expect(page.GetByText("belum dibaca.")).ToBeVisibleAsync());
        Assert.DoesNotContain(_fetched, url => url.Contains("/vendor/chart/"));
        var dashboard = await MeasureAsync("/dasbor", token, page => page.WaitForFunctionAsync("() => window.Chart && Object.keys(window.Chart.instances).length >= 2"));
        Assert.Contains(_fetched, url => url.Contains("/vendor/chart/"));
        Assert.True(attention <= Budget, $"Perlu tindakan transferred {attention:N0} bytes, more than {Budget:N0}");
        Assert.True(inbox <= Budget, $"Pemberitahuan transferred {inbox:N0} bytes, more than {Budget:N0}");
        Assert.True(dashboard <= Budget + 100 * 1024, $"Dasbor transferred {dashboard:N0} bytes, more than {Budget + 100 * 1024:N0}");
    }

    /// <summary>The field app (a TKSK's phone), first visit: the page, its modules and the worker's registration.</summary>
    [Fact]
    public async Task the_field_app_transfers_at_most_150_kb()
    {
        using var http = new HttpClient { BaseAddress = fixture.Url };
        var tksk = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>(http, "/api/v1/dev/coordinators?region=35.78.01"))!
            .First(c => c!["name"]!.GetValue<string>() == "Agus Salim")!["id"]!.GetValue<string>();
        var token = await fixture.Api.TokenAsync("tksk", "Agus Salim", "35.78.01", tksk);
        var field = await MeasureAsync("/lapangan", token, page => Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Buat kata sandi untuk HP ini" })).ToBeVisibleAsync());
        Assert.True(field <= Budget, $"the field app transferred {field:N0} bytes, more than {Budget:N0}");
    }

    [Fact]
    public async Task sign_in_is_usable_within_five_seconds_on_slow_4g()
    {
        await using var visitor = await Visitor.OpenAsync(fixture, 360, 740);
        var cdp = await visitor.Page.Context.NewCDPSessionAsync(visitor.Page);
        // Lighthouse's "slow 4G": 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up.
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 150, ["downloadThroughput"] = 1_600_000 / 8, ["uploadThroughput"] = 750_000 / 8,
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await visitor.Page.GotoAsync("/masuk");
        await Expect(visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Masuk" })).ToBeVisibleAsync();
        output.WriteLine($"slow 4G: the sign-in form was usable after {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the sign-in form took {clock.Elapsed.TotalSeconds:F1} s on slow 4G");
    }

    /// <summary>Loads a page in a fresh browser (empty cache) and adds up what every response transferred.</summary>
    private async Task<long> MeasureAsync(string path, string? token, Func<IPage, Task> ready)
    {
        await using var visitor = await Visitor.OpenAsync(fixture);
        var page = visitor.Page;
        if (token is not null)
        {
            // Signed in already, as after the sign-in page: the session the console keeps, put there before it loads.
            var user = await fixture.Api.SendAsync(HttpMethod.Get, "/api/v1/me", null, token);
            var session = System.Text.Json.JsonSerializer.Serialize(new { token, mode = "development", user });
            await page.Context.AddInitScriptAsync($"localStorage.setItem('tksk.session', {System.Text.Json.JsonSerializer.Serialize(session)});");
        }
        var finished = new List<IRequest>();
        page.RequestFinished += (_, request) => finished.Add(request);
        await page.GotoAsync(path);
        await ready(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        long total = 0;
        var lines = new List<string>();
        _fetched.Clear();
        _fetched.AddRange(finished.Select(r => r.Url));
        foreach (var request in finished.ToList())
        {
            var sizes = await request.SizesAsync();
            var bytes = sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            total += bytes;
            // A module preloaded by the page and then imported is listed twice, the second time from memory (0 bytes).
            if (bytes > 0) lines.Add($"  {bytes,7:N0}  {new Uri(request.Url).PathAndQuery}");
        }
        output.WriteLine($"{path}: {lines.Count} files fetched, {total:N0} bytes ({total / 1024.0:F1} KB) transferred");
        foreach (var line in lines) output.WriteLine(line);
        Assert.Empty(visitor.Errors);
        return total;
    }
}
