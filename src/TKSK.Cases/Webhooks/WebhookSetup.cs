using Marten;

namespace TKSK.Cases.Webhooks;

public static class WebhookSetup
{
    /// <summary>Webhook subscriptions and their delivery loop ("Webhooks" in configuration: <see cref="WebhookPolicy"/>).</summary>
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        var policy = builder.Configuration.GetSection("Webhooks").Get<WebhookPolicy>() ?? new WebhookPolicy();
        builder.Services.AddSingleton(policy);
        var allowInternal = builder.Environment.IsDevelopment();
        builder.Services.AddHttpClient(WebhookSender.ClientName, c =>
            {
                c.Timeout = policy.Timeout;
                c.DefaultRequestHeaders.UserAgent.ParseAdd("TKSK.Cases-Webhooks/1");
            })
            .ConfigurePrimaryHttpMessageHandler(() => WebhookTargets.Handler(allowInternal));
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddHostedService<WebhookDispatcher>();
        builder.Services.ConfigureMarten(opts =>
        {
            opts.Schema.For<WebhookSubscription>().Index(s => s.OwnerId);
            opts.Schema.For<WebhookDeliveryRecord>().Index(d => d.SubscriptionId);
        });
        return builder;
    }
}
