using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Npgsql;
using TKSK.Cases.Access;
using TKSK.Cases.EmbeddedPostgres;
using TKSK.Cases.Identity;
using TKSK.Cases.Testing;

namespace TKSK.Cases.Tests.Support;

/// <summary>
/// The built service as its own process (<see cref="ServiceProcess"/>, shared with the browser tests and the
/// benchmark), in Development, signed in as a province admin, in the two ways the tests run it: on its own
/// embedded PostgreSQL (the crash tests kill both), or on a database of the fixture's server (the durability tests).
/// </summary>
public sealed class RunningService(ServiceProcess process) : IAsyncDisposable
{
    public ServiceProcess Process => process;
    public HttpClient Client { get; } = new()
    {
        BaseAddress = process.BaseAddress, Timeout = TimeSpan.FromSeconds(10),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", Token(Role.ProvinceAdmin)) },
    };

    public static readonly string Dll = ServiceProcess.BuiltService(AppContext.BaseDirectory);

    // The test host sets these for itself; a child must find its own database.
    internal static readonly string[] Inherited = ["ConnectionStrings__Marten", "TKSK_TEST_POSTGRES"];

    internal static Dictionary<string, string> Development(IReadOnlyDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Demo__SeedCoordinators"] = "false", ["Notifications__Webhook__Url"] = "",
            ["Logging__LogLevel__Default"] = "Warning",
            // The load of these tests is one caller's, far above a person's pace.
            ["RateLimits__PerMinute"] = "1000000", ["RateLimits__PerAddressPerMinute"] = "1000000",
        };
        foreach (var (name, value) in settings) environment[name] = value;
        return environment;
    }

    /// <summary>On its own embedded PostgreSQL in <paramref name="dataDirectory"/>; does not wait for it.</summary>
    public static RunningService OnEmbeddedDatabase(string dataDirectory) =>
        new(ServiceProcess.Start(Dll, Development(new Dictionary<string, string> { ["EmbeddedPostgres__DataDirectory"] = dataDirectory }), unset: Inherited));

    /// <summary>On an existing database, ready to answer.</summary>
    public static async Task<RunningService> OnDatabaseAsync(string connectionString, IReadOnlyDictionary<string, string> settings) =>
        new(await ServiceProcess.StartReadyAsync(Dll, Development(new Dictionary<string, string>(settings) { ["ConnectionStrings__Marten"] = connectionString }),
            TimeSpan.FromSeconds(60), unset: Inherited));

    public Task WaitUntilReadyAsync(TimeSpan? timeout = null) => process.WaitUntilReadyAsync(timeout);

    /// <summary>A bearer token the child accepts: minted with its Development signing key.</summary>
    public static string Token(Role role, string? region = null, Guid? coordinator = null) =>
        SignIn.Mint(DevelopmentConfiguration.Value, $"process-{Actor.Code(role)}", "Process test", role, region, coordinator, DateTimeOffset.UtcNow.AddHours(1));

    private static readonly Lazy<IConfiguration> DevelopmentConfiguration = new(() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Path.GetDirectoryName(Dll)!, "appsettings.json"))
        .AddJsonFile(Path.Combine(Path.GetDirectoryName(Dll)!, "appsettings.Development.json")).Build());

    /// <summary>An empty database of its own on the fixture's server.</summary>
    public static async Task<string> NewDatabaseAsync(string serverConnectionString, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..24];
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>A fresh data folder that the 'postgres' account can reach (as the service needs when run as root).</summary>
    public static string NewDataDirectory(out string root)
    {
        var name = $"tksk-process-{Guid.NewGuid():N}";
        var (directory, _) = DataLocation.Choose(Path.Combine(Path.GetTempPath(), name, "pg"), Path.Combine("/tmp", name, "pg"));
        root = Path.GetDirectoryName(directory)!;
        return directory;
    }

    /// <summary>The postmaster of a running cluster: its pid and port, from postmaster.pid (null when none is running).</summary>
    public static (int Pid, int Port)? Postmaster(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(file)) return null;
        var lines = File.ReadAllLines(file);
        var pid = int.Parse(lines[0]);
        return ServiceProcess.IsAlive(pid) ? (pid, int.Parse(lines[3])) : null;
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        Client.Dispose();
    }
}
