using Microsoft.AspNetCore.OpenApi;
using TKSK.Cases.Intake;
using TKSK.Cases.Regions;

namespace TKSK.Cases.IntakeAssist;

public static class IntakeAssistSetup
{
    /// <summary>The assistant, and its place index built in the background as the service starts, not on an operator's first paste.</summary>
    public static IServiceCollection AddIntakeAssist(this IServiceCollection services)
    {
        services.AddSingleton(sp => new IntakeAssistant(sp.GetRequiredService<RegionCatalog>(), sp.GetRequiredService<ServedArea>().Covers));
        services.AddHostedService<IndexBuilder>();
        services.Configure<OpenApiOptions>("v1", o => o.AddIntakeAssistDocs());
        return services;
    }

    private sealed class IndexBuilder(IntakeAssistant assistant) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = Task.Run(() => assistant.Index, CancellationToken.None);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
