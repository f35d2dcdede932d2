using JasperFx.Events.Projections;
using Marten;
using NpgsqlTypes;

namespace TKSK.Cases.Dashboards;

/// <summary>The dashboards' storage: one async projection and the documents it keeps, indexed for the dashboards' look-ups.</summary>
public static class DashboardStore
{
    public static WebApplicationBuilder AddDashboards(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(Configure);
        builder.Services.AddHostedService<ProjectionLagMonitor>();
        builder.Services.AddHealthChecks().AddCheck<ReadSideHealthCheck>("read-side", tags: ["ready"]);
        return builder;
    }

    private static void Configure(StoreOptions opts)
    {
        opts.Projections.Add(new CaseFiguresProjection(), ProjectionLifecycle.Async, CaseFiguresProjection.Name, o =>
        {
            // A rebuild starts from nothing: every document this projection writes is its own.
            o.DeleteViewTypeOnTeardown<ReferralFacts>();
            o.DeleteViewTypeOnTeardown<RegionFigures>();
            o.DeleteViewTypeOnTeardown<MonthlyFigures>();
            o.DeleteViewTypeOnTeardown<CoordinatorFigures>();
            o.DeleteViewTypeOnTeardown<CoordinatorDayFigures>();
            o.BatchSize = 1000;
        });
        // The SLA dashboard finds referrals by region and intake date (SlaDashboard's SQL); the stage times are read from their JSON.
        opts.Schema.For<ReferralFacts>()
            .Duplicate(x => x.KabupatenCode, notNull: true, configure: i => i.Columns = ["kabupaten_code", "received_at"])
            .Duplicate(x => x.KecamatanCode, notNull: true, configure: i => i.Columns = ["kecamatan_code", "received_at"])
            .Duplicate(x => x.ReceivedAt, dbType: NpgsqlDbType.TimestampTz, notNull: true);
        opts.Schema.For<MonthlyFigures>()
            .Duplicate(x => x.ParentCode, configure: i => i.Columns = ["parent_code", "month_index"])
            .Duplicate(x => x.MonthIndex, dbType: NpgsqlDbType.Integer, notNull: true);
        opts.Schema.For<CoordinatorDayFigures>()
            .Duplicate(x => x.CoordinatorId, dbType: NpgsqlDbType.Uuid, notNull: true, configure: i => i.Columns = ["coordinator_id", "day"])
            .Duplicate(x => x.Day, dbType: NpgsqlDbType.Integer, notNull: true);
        opts.Schema.For<RegionFigures>();
        opts.Schema.For<CoordinatorFigures>();
    }
}
