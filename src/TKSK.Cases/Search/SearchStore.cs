using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using NpgsqlTypes;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;
using TKSK.Cases.Infrastructure.Storage;

namespace TKSK.Cases.Search;

/// <summary>
/// The case list's storage: the summary document, kept inline, with a column for each filter and an index for each
/// query the list really makes (docs/read-side.md, "Which query uses which index"). Every index is written on every
/// summary write, so a column gets one only when a query needs it.
/// </summary>
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
        opts.Projections.Add<ReferralSummaryProjection>(ProjectionLifecycle.Inline, RebuildPace.Snapshots);
        opts.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
        // Schema.For<T>().Duplicate always adds a one-column index (its configure cannot change the columns), so the
        // mapping is shaped here, on the DocumentMapping itself: columns first, then only the indexes listed below.
        // Marten's migration compares these like any other index: created once, left alone on the next start (tested).
        opts.Policies.ForAllDocuments(mapping =>
        {
            if (mapping is DocumentMapping<ReferralSummary> summary) Map(summary);
        });
    }

    private static void Map(DocumentMapping<ReferralSummary> m)
    {
        // Columns, not JSON paths: the planner has statistics on them and ORDER BY … LIMIT can walk an index.
        Column(m, nameof(ReferralSummary.Status), notNull: true);
        Column(m, nameof(ReferralSummary.KabupatenCode), notNull: true);
        Column(m, nameof(ReferralSummary.KecamatanCode), notNull: true);
        Column(m, nameof(ReferralSummary.ProvinceCode), notNull: true);
        Column(m, nameof(ReferralSummary.Category), notNull: true);
        Column(m, nameof(ReferralSummary.Urgency), notNull: true);
        Column(m, nameof(ReferralSummary.Channel), notNull: true);
        Column(m, nameof(ReferralSummary.CoordinatorId), NpgsqlDbType.Uuid);
        Column(m, nameof(ReferralSummary.ReceivedAt), NpgsqlDbType.TimestampTz, notNull: true);
        Column(m, nameof(ReferralSummary.UrgencyLevel), NpgsqlDbType.Integer, notNull: true);
        Column(m, nameof(ReferralSummary.NextDueAt), NpgsqlDbType.TimestampTz);
        Column(m, nameof(ReferralSummary.Pasung), NpgsqlDbType.Boolean, notNull: true);
        Column(m, nameof(ReferralSummary.Overdue), NpgsqlDbType.Boolean, notNull: true);
        Column(m, nameof(ReferralSummary.Unassigned), NpgsqlDbType.Boolean, notNull: true);
        Column(m, nameof(ReferralSummary.Orphaned), NpgsqlDbType.Boolean, notNull: true);
        // Nullable, unlike the flags above: a store written before it gets the column filled from each document's JSON.
        Column(m, nameof(ReferralSummary.EscalationLevel), NpgsqlDbType.Integer);
        Column(m, nameof(ReferralSummary.SearchText), notNull: true);

        // The default order (newest first, the id breaking ties) and its keyset cursor: walk backwards and stop.
        m.AddIndex("received_at", "id");
        // A supervisor's kabupaten or a TKSK's kecamatan, one status, newest first: equality on the first two
        // columns leaves the rows in (received_at, id) order. Also serves the region alone (scope, kecamatan=).
        m.AddIndex("kabupaten_code", "status", "received_at", "id");
        m.AddIndex("kecamatan_code", "status", "received_at", "id");
        // A TKSK's open cases (coordinator + assigned/in_progress), and the cases assigned to them outside their kecamatan.
        m.AddIndex("coordinator_id", "status");
        // Overdue is rare and listed newest first: a partial index holds just those rows, in order.
        m.Indexes.Add(new DocumentIndex(m, "received_at", "id") { Name = "mt_doc_referralsummary_idx_overdue_received_at", Predicate = "overdue" });
        m.AddIndex("next_due_at").Predicate = "next_due_at is not null";
        m.AddIndex("urgency_level");
        // A rare category (pasung's disability reports, victims of violence) is found without walking every row.
        m.AddIndex("category");
        // Flags that are rarely true: a partial index holds just the rows that have them.
        m.AddIndex("pasung").Predicate = "pasung";
        m.AddIndex("unassigned").Predicate = "unassigned";
        m.AddIndex("orphaned").Predicate = "orphaned";
        m.AddIndex("escalation_level").Predicate = "escalation_level > 0";
        // q: trigram similarity on the folded text (SearchTerms), through a GIN trigram index.
        var search = m.AddIndex("search_text");
        search.Method = IndexMethod.gin;
        search.Mask = "? gin_trgm_ops";
    }

    private static void Column(DocumentMapping m, string member, NpgsqlDbType? dbType = null, bool notNull = false)
    {
        var field = m.DuplicateField(member, notNull: notNull);
        if (dbType is { } type) field.DbType = type;
    }
}
