using TKSK.Cases.Testing;

namespace TKSK.Cases.Browser.Tests.Support;

/// <summary>
/// The service as `dotnet run` starts it (Development, its own process — <see cref="ServiceProcess"/>, shared with
/// the fault tests and the benchmark — on a real port Chromium can reach), on the tests' throwaway database.
/// </summary>
public static class RunningService
{
    public static Task<ServiceProcess> StartAsync(string connectionString) =>
        ServiceProcess.StartReadyAsync(Path.Combine(AppContext.BaseDirectory, "TKSK.Cases.dll"), new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Marten"] = connectionString,
            // The tests register the few coordinators they need; 666 invented ones would only slow the start.
            ["Demo__SeedCoordinators"] = "false",
            ["Notifications__Webhook__Url"] = "",
            ["RateLimits__PerMinute"] = "100000",
        }, TimeSpan.FromSeconds(60));
}
