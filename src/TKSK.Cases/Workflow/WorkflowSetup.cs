using Marten;
using Wolverine;
using TKSK.Cases.Casework;
using TKSK.Cases.Deadlines;
using TKSK.Cases.Notifications;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Http;

namespace TKSK.Cases.Workflow;

public static class WorkflowSetup
{
    /// <summary>Deadlines, routing, hand-over, follow-ups and notifications: the SLA policy ("Sla") and the outgoing channel ("Notifications:Webhook").</summary>
    public static WebApplicationBuilder AddWorkflow(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(DescribedProblem.Of("delivery-not-failed", "409: only a notification delivery that failed can be retried."));
        builder.Services.Configure<SlaPolicy>(builder.Configuration.GetSection("Sla"));
        builder.Services.AddSingleton<IReferralReactions, PolicyReactions>();
        builder.Services.Configure<SweeperOptions>(builder.Configuration.GetSection("Deadlines"));
        builder.Services.AddSingleton<DeadlineChecks>();
        builder.Services.AddSingleton<ILaterChecks>(sp => sp.GetRequiredService<DeadlineChecks>());
        // An agent, not a hosted service: one node of the cluster sweeps (Infrastructure/Hosting/ClusterHealth).
        builder.Services.AddSingularAgent<DeadlineSweeper>();
        var channels = builder.Configuration.GetSection("Notifications:Webhook").Get<NotificationChannels>() ?? new NotificationChannels();
        builder.Services.AddSingleton(channels);
        builder.Services.AddHttpClient(nameof(NotificationChannels), c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.ConfigureMarten(opts =>
        {
            NotifyHandler.Configure(opts);
            opts.Storage.ExtendedSchemaObjects.Add(DeadlineChecks.Definition(opts.DatabaseSchemaName));
            opts.Schema.For<Delivery>().Index(d => d.Status).Index(d => d.At);
        });
        return builder;
    }
}
