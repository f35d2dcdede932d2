using TKSK.Cases.Testing;

namespace TKSK.Cases.Browser.Tests.Support;

/// <summary>
/// The service as `dotnet run` starts it (Development, its own process — <see cref="ServiceProcess"/>, shared with
/// the fault tests and the benchmark — on a real port Chromium can reach), on the tests' throwaway database.
/// </summary>
public static class RunningService
{
    /// <param name="release">A release label of its own (Console:Release): another build of the console, as far as a phone can tell.</param>
    /// <param name="port">The address of one that stopped: the same origin, so the same service worker and storage.</param>
    public static Task<ServiceProcess> StartAsync(string connectionString, string? release = null, int? port = null) =>
        ServiceProcess.StartReadyAsync(Path.Combine(AppContext.BaseDirectory, "TKSK.Cases.dll"), new Dictionary<string, string>
        {
            ["Console__Release"] = release ?? "",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Marten"] = connectionString,
            // The tests register the few coordinators they need; 666 invented ones would only slow the start.
            ["Demo__SeedCoordinators"] = "false",
            ["Notifications__Webhook__Url"] = "",
            ["RateLimits__PerMinute"] = "100000",
        }, TimeSpan.FromSeconds(60), port: port);
}
