using Marten;
using Marten.Patching;
using Wolverine;
using TKSK.Cases.Infrastructure.Http;

namespace TKSK.Cases.Webhooks;

public static class WebhookSetup
{
    /// <summary>Webhook subscriptions and their delivery loop ("Webhooks" in configuration: <see cref="WebhookPolicy"/>).</summary>
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(DescribedProblem.Of("delivery-not-held", "409: only the delivery a subscription holds (after its retries ran out) can be retried."));
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
        builder.Services.AddHostedService<SubscriptionExpiryBackfill>();
        builder.Services.AddSingularAgent<WebhookDispatcher>();
        builder.Services.ConfigureMarten(opts =>
        {
            opts.Schema.For<WebhookSubscription>().Index(s => s.OwnerId);
            opts.Schema.For<WebhookDeliveryRecord>().Index(d => d.SubscriptionId);
        });
        return builder;
    }
}

/// <summary>
/// Subscriptions made by people before they expired had no end: each gets the one a new subscription gets,
/// counted from when it was made (a field patch, so a delivery in flight on another node loses nothing).
/// </summary>
public sealed class SubscriptionExpiryBackfill(IDocumentStore store, WebhookPolicy policy) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var endless = await session.Query<WebhookSubscription>()
            .Where(s => s.ExpiresAt == null && s.CancelledAt == null && !s.OwnerId.StartsWith("apikey:")).ToListAsync(ct);
        foreach (var s in endless) session.Patch<WebhookSubscription>(s.Id).Set(x => x.ExpiresAt, (DateTimeOffset?)(s.CreatedAt + policy.PersonSubscriptionLifetime));
        if (endless.Count > 0) await session.SaveChangesAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
