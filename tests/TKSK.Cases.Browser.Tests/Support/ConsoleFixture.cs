using Microsoft.Playwright;
using TKSK.Cases.EmbeddedPostgres;
using TKSK.Cases.Testing;

namespace TKSK.Cases.Browser.Tests.Support;

/// <summary>
/// One Chromium, one running service and one throwaway PostgreSQL for every browser test: starting them once
/// keeps the whole set to about a minute. Each test opens its own browser contexts (separate storage: separate people).
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    private PostgresCluster? _cluster;
    private string? _directory;
    private ServiceProcess? _service;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri Url => _service!.BaseAddress;
    /// <summary>The tests' database, for a test that runs a service of its own beside the fixture's.</summary>
    public string ConnectionString => _cluster!.ConnectionString;
    public ServiceApi Api { get; private set; } = null!;
    /// <summary>The TKSK of Karang Pilang (35.78.01) and of Jambangan (35.78.02), Kota Surabaya.</summary>
    public string KarangPilangTksk { get; private set; } = "";
    public string JambanganTksk { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var chromium = await Chromium.FindOrInstallAsync();
        var name = $"tksk-browser-{Guid.NewGuid():N}";
        // TMPDIR may be private (mode 0700) while the server runs as 'postgres': then /tmp.
        var (pg, _) = DataLocation.Choose(Path.Combine(Path.GetTempPath(), name, "pg"), Path.Combine("/tmp", name, "pg"));
        _directory = Path.GetDirectoryName(pg);
        _cluster = await PostgresCluster.StartAsync(pg, throwaway: true);
        _service = await RunningService.StartAsync(_cluster.ConnectionString);
        Api = new ServiceApi(_service.BaseAddress);
        KarangPilangTksk = await Api.CoordinatorAsync("Agus Salim", "081234500011", "35.78.01");
        JambanganTksk = await Api.CoordinatorAsync("Dewi Lestari", "081234500022", "35.78.02");
        // Two test projects share two cores: a page may take longer than Playwright's 5 s to settle.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        if (_service is not null) await _service.DisposeAsync();
        if (_cluster is not null) await _cluster.DisposeAsync();
        if (_directory is not null)
            try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "browser";
}
