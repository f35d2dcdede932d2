using System.Reflection;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;
using JasperFx.Events.Projections;
using Weasel.Core;
using Weasel.Postgresql.Tables;
using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;
using TKSK.Cases.Infrastructure.Storage;

namespace TKSK.Cases.Casework;

/// <summary>How referrals are stored: one event stream each, the case view kept inline with it.</summary>
public static class ReferralStore
{
    /// <summary>Everything referrals bring to the service: storage and the command path.</summary>
    public static WebApplicationBuilder AddReferrals(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts =>
        {
            Configure(opts);
            RefusedCommand.Configure(opts);
            SyncReceipt.Configure(opts);
        });
        builder.Services.AddScoped<ReferralPipeline>();
        builder.Services.AddSingleton<ServedArea>();
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddReferralVersions());
        foreach (var problem in ReferralProblems.Described) builder.Services.AddSingleton(problem);
        return builder;
    }

    private static void Configure(StoreOptions opts)
    {
        opts.Projections.Add<ReferralProjection>(ProjectionLifecycle.Inline, RebuildPace.Snapshots);
        opts.Schema.For<Referral>()
            .Index(r => r.Number, i => i.IsUnique = true)
            .Index(r => r.Subject.Nik)
            .Index(r => r.Place.DesaCode)
            .Index(r => r.Place.KecamatanCode)
            .Index(r => r.Place.KabupatenCode)
            // Routing counts, and a hand-over finds, each TKSK's open cases.
            .Index(r => r.Assignment!.CoordinatorId);
        opts.Storage.ExtendedSchemaObjects.Add(ReferralNumbers.Function(opts.DatabaseSchemaName));
        RegisterEventMasking(opts);
    }

    /// <summary>Lets Marten rewrite stored events when a stream is erased, with each event's own rule (<see cref="IHoldsPersonalData"/>).</summary>
    private static void RegisterEventMasking(StoreOptions opts)
    {
        var register = typeof(ReferralStore).GetMethod(nameof(MaskingRule), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in typeof(IHoldsPersonalData).Assembly.GetTypes().Where(t => t.IsAssignableTo(typeof(IHoldsPersonalData)) && !t.IsInterface))
            register.MakeGenericMethod(type).Invoke(null, [opts]);
    }

    private static void MaskingRule<T>(StoreOptions opts) where T : notnull =>
        opts.Events.AddMaskingRuleForProtectedInformation<T>(e => (T)PersonalData.MaskEvent(e));
}

/// <summary>Folds each referral stream into its case view in the same transaction as the append.</summary>
public sealed class ReferralProjection : SingleStreamProjection<Referral, Guid>
{
    public override Referral Evolve(Referral? snapshot, Guid id, IEvent e) =>
        ReferralEvolution.Evolve(snapshot, e.Data, e.UserName) with { Version = e.Version };
}
