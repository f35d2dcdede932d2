using JasperFx.Events.Projections;
using Marten;
using NpgsqlTypes;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace TKSK.Cases.Search;

/// <summary>The case list's storage: the summary document, kept inline, with a column and an index for each filter.</summary>
public static class SearchStore
{
    public static WebApplicationBuilder AddCaseSearch(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(Configure);
        builder.Services.Configure<CaseListOptions>(builder.Configuration.GetSection("CaseList"));
        builder.Services.AddSingleton<ExportLimiter>();
        return builder;
    }

    private static void Configure(StoreOptions opts)
    {
        opts.Projections.Add<ReferralSummaryProjection>(ProjectionLifecycle.Inline);
        opts.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
        // Columns, not JSON paths: the planner has statistics on them and ORDER BY … LIMIT can walk an index.
        // Marten 9.58 makes one single-column index per duplicated field (a composite set through configure is not
        // kept); with received_at's own index PostgreSQL walks newest first and stops, or bitmaps a rare filter (docs/read-side.md).
        opts.Schema.For<ReferralSummary>()
            .Duplicate(x => x.Status, notNull: true)
            .Duplicate(x => x.KabupatenCode, notNull: true)
            .Duplicate(x => x.KecamatanCode, notNull: true)
            .Duplicate(x => x.ProvinceCode, notNull: true)
            .Duplicate(x => x.Category, notNull: true)
            .Duplicate(x => x.Urgency, notNull: true)
            .Duplicate(x => x.Channel, notNull: true)
            .Duplicate(x => x.CoordinatorId, dbType: NpgsqlDbType.Uuid)
            .Duplicate(x => x.ReceivedAt, dbType: NpgsqlDbType.TimestampTz, notNull: true)
            .Duplicate(x => x.UrgencyLevel, dbType: NpgsqlDbType.Integer, notNull: true)
            .Duplicate(x => x.NextDueAt, dbType: NpgsqlDbType.TimestampTz, configure: i => i.Predicate = "next_due_at is not null")
            // Flags that are rarely true: a partial index holds just the rows that have them.
            .Duplicate(x => x.Pasung, dbType: NpgsqlDbType.Boolean, notNull: true, configure: i => i.Predicate = "pasung")
            .Duplicate(x => x.Overdue, dbType: NpgsqlDbType.Boolean, notNull: true, configure: i => i.Predicate = "overdue")
            .Duplicate(x => x.Unassigned, dbType: NpgsqlDbType.Boolean, notNull: true, configure: i => i.Predicate = "unassigned")
            .Duplicate(x => x.Orphaned, dbType: NpgsqlDbType.Boolean, notNull: true, configure: i => i.Predicate = "orphaned")
            // Nullable, unlike the flags above: a store written before it gets the column filled from each document's JSON.
            .Duplicate(x => x.EscalationLevel, dbType: NpgsqlDbType.Integer, configure: i => i.Predicate = "escalation_level > 0")
            // q: trigram similarity on the folded text (SearchTerms), through a GIN trigram index.
            .Duplicate(x => x.SearchText, notNull: true, configure: i =>
            {
                i.Method = IndexMethod.gin;
                i.Mask = "? gin_trgm_ops";
            });
    }
}
