using JasperFx.Events.Projections;
using Marten;
using TKSK.Cases.Infrastructure.Http;

namespace TKSK.Cases.Sync;

/// <summary>Offline field work: phones' devices, the receipts of their commands (Casework), the conflict queue.</summary>
public static class SyncSetup
{
    public static WebApplicationBuilder AddOfflineSync(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts =>
        {
            // Kept with the events that raise them: the queue never shows a conflict that was not stored, nor misses one.
            opts.Projections.Add<OfflineConflictProjection>(ProjectionLifecycle.Inline);
            opts.Schema.For<OfflineConflict>().Index(c => c.KecamatanCode).Index(c => c.ById).Index(c => c.ReferralId);
            opts.Schema.For<Device>().Index(d => d.UserId);
        });
        builder.Services.AddSingleton<SyncOperations>();
        builder.Services.AddSingleton(DescribedProblem.Of(Device.RevokedProblem, "403: this device was revoked; the app wipes what it holds (action: wipe). 409 when revoking it again."));
        builder.Services.AddSingleton(DescribedProblem.Of(Device.OtherUsersProblem, "403: this device is registered to another user."));
        return builder;
    }
}
