using JasperFx.Events.Projections;
using Marten;
using NpgsqlTypes;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Storage;

namespace TKSK.Cases.Dashboards;

/// <summary>The dashboards' storage: one async projection and the documents it keeps, indexed for the dashboards' look-ups.</summary>
public static class DashboardStore
{
    public static WebApplicationBuilder AddDashboards(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new DescribedProblem(DashboardHttp.RebuildingType, "503: the dashboards are being rebuilt; retry after Retry-After."));
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
            o.DeleteViewTypeOnTeardown<SlaFigures>();
            o.DeleteViewTypeOnTeardown<SlaFiguresComplete>();
            RebuildPace.Pages(o);
        });
        // The SLA dashboard finds referrals by region and intake date and reads their stage times as columns
        // (SlaDashboard's SQL): parsing each row's JSON instead costs ten times more.
        opts.Schema.For<ReferralFacts>()
            .Duplicate(x => x.KabupatenCode, notNull: true)
            .Duplicate(x => x.KecamatanCode, notNull: true)
            .Duplicate(x => x.ReceivedAt, dbType: NpgsqlDbType.TimestampTz, notNull: true)
            .Duplicate(x => x.IntakeUrgency, notNull: true)
            .Duplicate(x => x.Urgency, notNull: true)
            .Duplicate(x => x.DeskAt, dbType: NpgsqlDbType.TimestampTz)
            .Duplicate(x => x.RejectedAt, dbType: NpgsqlDbType.TimestampTz)
            .Duplicate(x => x.FirstAssignedAt, dbType: NpgsqlDbType.TimestampTz)
            .Duplicate(x => x.FirstAcceptedAt, dbType: NpgsqlDbType.TimestampTz)
            .Duplicate(x => x.FirstVisitAt, dbType: NpgsqlDbType.TimestampTz)
            .Duplicate(x => x.FirstVisitKnownAt, dbType: NpgsqlDbType.TimestampTz)
            .Duplicate(x => x.FirstResolvedAt, dbType: NpgsqlDbType.TimestampTz);
        opts.Schema.For<MonthlyFigures>()
            .Duplicate(x => x.ParentCode)
            .Duplicate(x => x.MonthIndex, dbType: NpgsqlDbType.Integer, notNull: true);
        opts.Schema.For<CoordinatorDayFigures>()
            .Duplicate(x => x.CoordinatorId, dbType: NpgsqlDbType.Uuid, notNull: true)
            .Duplicate(x => x.Day, dbType: NpgsqlDbType.Integer, notNull: true);
        // The SLA dashboard reads a region's children (or the region itself) over a range of intake days.
        opts.Schema.For<SlaFigures>()
            .Duplicate(x => x.ParentCode)
            .Duplicate(x => x.RegionCode, notNull: true)
            .Duplicate(x => x.Day, dbType: NpgsqlDbType.Integer, notNull: true);
        opts.Schema.For<SlaFiguresComplete>();
        opts.Schema.For<RegionFigures>();
        opts.Schema.For<CoordinatorFigures>();
    }
}
