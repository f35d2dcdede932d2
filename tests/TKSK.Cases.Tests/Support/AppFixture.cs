using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TKSK.Cases.EmbeddedPostgres;
using Wolverine;

namespace TKSK.Cases.Tests.Support;

/// <summary>
/// One throwaway PostgreSQL cluster and one Alba host for the whole integration collection.
/// TKSK_TEST_POSTGRES (a connection string) uses an existing server instead of starting one.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private PostgresCluster? _cluster;
    private string? _directory;

    public IAlbaHost Host { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";
    public CapturedLogs Logs { get; } = new();
    public TestClock Clock { get; } = new();
    public GatewayReceiver Gateway { get; } = new();
    public WebhookReceivers Webhooks { get; }

    public AppFixture() => Webhooks = new WebhookReceivers(Clock.GetUtcNow);

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable("TKSK_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            // TMPDIR may be private (mode 0700) while the server runs as 'postgres': then /tmp.
            var name = $"tksk-tests-{Guid.NewGuid():N}";
            var (pg, _) = DataLocation.Choose(Path.Combine(Path.GetTempPath(), name, "pg"), Path.Combine("/tmp", name, "pg"));
            _directory = Path.GetDirectoryName(pg);
            _cluster = await PostgresCluster.StartAsync(pg, throwaway: true);
            connectionString = _cluster.ConnectionString;
        }
        ConnectionString = connectionString;
        // Environment, not UseSetting: Program reads the connection string as soon as the builder exists.
        Environment.SetEnvironmentVariable("ConnectionStrings__Marten", connectionString);
        Environment.SetEnvironmentVariable("Demo__SeedCoordinators", "false");
        // One test caller makes thousands of requests a minute; the rate-limit test uses an API key with its own limit.
        Environment.SetEnvironmentVariable("RateLimits__PerMinute", "10000000");
        Environment.SetEnvironmentVariable("RateLimits__PerAddressPerMinute", "10000000");
        // Notifications go to the stand-in gateway; a failing delivery is retried twice, quickly.
        Environment.SetEnvironmentVariable("Notifications__Webhook__Url", Gateway.Url);
        Environment.SetEnvironmentVariable("Notifications__Webhook__Retries__0", "00:00:00.2");
        Environment.SetEnvironmentVariable("Notifications__Webhook__Retries__1", "00:00:00.4");
        // Agencies' webhooks: new events looked for ten times a second, a failed delivery retried after 0.1 s, then every 0.2 s.
        Environment.SetEnvironmentVariable("Webhooks__PollInterval", "00:00:00.1");
        Environment.SetEnvironmentVariable("Webhooks__Retries__0", "00:00:00.1");
        Environment.SetEnvironmentVariable("Webhooks__Retries__1", "00:00:00.2");
        // The case list counts totals up to this many (10,000 in service): a few hundred generated cases pass it.
        Environment.SetEnvironmentVariable("CaseList__CountLimit", "500");
        // A search looks among this many newest cases first (2,000 in service): with a few hundred cases, every search
        // test goes both ways, found in the window or past it through the trigram index.
        Environment.SetEnvironmentVariable("CaseList__SearchWindow", "30");
        // Scheduled retries (gateway deliveries) come round in a fraction of a second instead of several.
        Environment.SetEnvironmentVariable("Wolverine__ScheduledJobPollingTime", "00:00:00.25");
        // Deadline checks made due by a test (their rows' time set back) are run within a fraction of a second.
        Environment.SetEnvironmentVariable("Deadlines__SweepEvery", "00:00:00.25");
        // The dashboards' projection looks for events a little sooner than in service (250 ms) when it waits.
        Environment.SetEnvironmentVariable("ReadSide__PollWhenWaiting", "00:00:00.2");

        Host = await AlbaHost.For<Program>(builder => builder.ConfigureServices(services =>
        {
            // One host: Solo runs every agent (projection shards, the deadline sweeper) here, with no leader to elect.
            services.RunWolverineInSoloMode();
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            services.DisableAllExternalWolverineTransports();
        }));
    }

    /// <summary>
    /// Starts every shard (again after a reset, which stops them; starting a running shard does nothing). The
    /// coordinator is Wolverine's (managed distribution): it drives the same daemon its agents run.
    /// </summary>
    public Task StartDaemonAsync() =>
        Host.Services.GetRequiredService<Marten.Events.Daemon.Coordination.IProjectionCoordinator>().DaemonForMainDatabase().StartAllAsync();

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Gateway.DisposeAsync();
        await Webhooks.DisposeAsync();
        if (_cluster is not null) await _cluster.DisposeAsync();
        if (_directory is not null)
            try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class IntegrationCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "integration";
}

/// <summary>Base of every integration test: a clean database before each test, and the HTTP helpers.</summary>
[Collection(IntegrationCollection.Name)]
public abstract class IntegrationContext(AppFixture fixture) : IAsyncLifetime
{
    protected AppFixture Fixture { get; } = fixture;
    protected IAlbaHost Host => Fixture.Host;
    protected Api Api { get; } = new(fixture.Host);

    // Pauses the async daemon, empties every table, resumes it: no projection keeps a position past the reset.
    public async Task InitializeAsync()
    {
        Fixture.Clock.Offset = TimeSpan.Zero;
        Fixture.Gateway.Reset();
        // Background writers (Wolverine's scheduled messages, webhook deliveries) can meet the reset's deletes in a
        // deadlock, which PostgreSQL resolves by failing one side: when that is the reset, it is simply done again.
        for (var attempt = 1; ; attempt++)
            try { await Host.ResetAllMartenDataAsync(); break; }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DeadlockDetected && attempt < 5) { }
        await Fixture.StartDaemonAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
