using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;
using JasperFx.Events.Projections;
using Weasel.Core;
using Weasel.Postgresql.Tables;

namespace TKSK.Cases.Referrals;

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
        });
        builder.Services.AddScoped<ReferralWorkflow>();
        builder.Services.AddSingleton<Intake.ServedArea>();
        return builder;
    }

    private static void Configure(StoreOptions opts)
    {
        opts.Projections.Add<ReferralProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<Referral>()
            .Index(r => r.Number, i => i.IsUnique = true)
            .Index(r => r.Subject.Nik)
            .Index(r => r.Place.DesaCode)
            .Index(r => r.Place.KecamatanCode)
            .Index(r => r.Place.KabupatenCode)
            // Routing counts, and a hand-over finds, each TKSK's open cases.
            .Index(r => r.Assignment!.CoordinatorId);
        opts.Storage.ExtendedSchemaObjects.Add(ReferralNumbers.Function(opts.DatabaseSchemaName));
        PersonalData.RegisterEventMasking(opts);
    }
}

/// <summary>Folds each referral stream into its case view in the same transaction as the append.</summary>
public sealed class ReferralProjection : SingleStreamProjection<Referral, Guid>
{
    public override Referral Evolve(Referral? snapshot, Guid id, IEvent e) =>
        ReferralEvolution.Evolve(snapshot, e.Data, e.UserName) with { Version = e.Version };
}
