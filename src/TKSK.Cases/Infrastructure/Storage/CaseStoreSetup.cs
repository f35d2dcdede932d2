using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;
using Weasel.Core;
using Wolverine;
using TKSK.Cases.EmbeddedPostgres;
using Wolverine.ErrorHandling;
using Wolverine.Marten;
using TKSK.Cases.Infrastructure.Json;
using TKSK.Cases.Infrastructure.Validation;
using TKSK.Cases.Infrastructure.Hosting;

namespace TKSK.Cases.Infrastructure.Storage;

/// <summary>Marten (event store, documents) and Wolverine (handlers, outbox) on one PostgreSQL.</summary>
public static class CaseStoreSetup
{
    public const string Schema = "tksk";

    /// <summary>
    /// Pooled connections keep their session when handed back (unless the connection string says otherwise). Npgsql's
    /// reset is DISCARD ALL, which also drops the plans PL/pgSQL caches: Marten's append function and the case-number
    /// function were planned again on every use. Measured per intake over 300 (pg_stat_statements, 2026-12-07):
    /// mt_quick_append_events 0.85 → 0.36 ms, next_referral_numbers 0.16 → 0.09 ms, 6.8 DISCARD ALL (0.21 ms) → none;
    /// per note the append 0.96 → 0.33 ms. Nothing here leaves state behind on a connection: Marten and Wolverine
    /// release their advisory locks themselves, and the one session setting of ours is cleared (<see cref="Webhooks.SubscriptionLock"/>).
    /// The statements a connection runs again and again are prepared by Npgsql (Max Auto Prepare): PostgreSQL parsed and
    /// planned Marten's statement text on every call, the largest part of its CPU per intake in a profile
    /// (tests/TKSK.Cases.Bench/profile-intake.sh: base_yyparse, copyObject, expression_tree_walker on top).
    /// Each setting is left as the connection string gives it.
    /// </summary>
    public static string KeepPlans(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose")) builder.NoResetOnClose = true;
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare")) builder.MaxAutoPrepare = 64;
        return builder.ConnectionString;
    }

    public static WebApplicationBuilder AddCaseStore(this WebApplicationBuilder builder)
    {
        var connectionString = KeepPlans(DatabaseOutage.FailFast(builder.Configuration.GetConnectionString(EmbeddedDatabase.ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{EmbeddedDatabase.ConnectionName} is not configured.")));

        var cluster = ClusterHealth.From(builder.Configuration);
        var marten = builder.Services.AddMarten(opts =>
            {
                opts.Connection(connectionString);
                opts.DatabaseSchemaName = Schema;
                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, configure: json =>
                {
                    json.Converters.Add(new SnakeCaseEnumConverterFactory());
                });

                // The audit trail: who (user name), which request (correlation), caused by what.
                opts.Events.MetadataConfig.UserNameEnabled = true;
                opts.Events.MetadataConfig.CorrelationIdEnabled = true;
                opts.Events.MetadataConfig.CausationIdEnabled = true;
                opts.Events.MetadataConfig.HeadersEnabled = true;
                // Required by the placeholder lock package (build/placeholders/README.md): the served
                // DistributedLock.Postgres refuses multiplexing, which the daemon's lock would ask for.
                opts.Events.UseAdvisoryLockTransaction = true;
                // The daemon looks for new events every 100 ms while they come, and every 250 ms when caught up or
                // when the newest events wait behind one not yet committed (Marten's defaults: 250 ms and 1 s).
                // Under steady intake a commit is nearly always in flight, so that wait is the usual one: with 1 s the
                // dashboards trailed 200 intakes/s by 1.2 s p99, with 250 ms by 0.3-0.5 s (benchmark, 2 cores). The cost,
                // idle: 4 look-ups a second instead of 1 (4 short statements each) on the node running the projection.
                // LISTEN/NOTIFY wake-ups (UseListenNotifyForEventAppends) were worse: a page of 1-3 events per commit.
                opts.Projections.FastPollingTime = builder.Configuration.GetValue("ReadSide:PollWhileBusy", TimeSpan.FromMilliseconds(100));
                opts.Projections.SlowPollingTime = builder.Configuration.GetValue("ReadSide:PollWhenWaiting", TimeSpan.FromMilliseconds(250));

            })
            // The read side (dashboards, SLA, recaps) is built by the async daemon. Its shards are Wolverine agents,
            // spread by the cluster's leader over the live nodes and moved off a node that dies (ClusterHealth).
            .IntegrateWithWolverine(x => x.UseWolverineManagedEventSubscriptionDistribution = cluster.DistributeProjections)
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        // Cluster:DistributeProjections=false: HotCold, one node runs every shard and another takes over when it dies.
        if (!cluster.DistributeProjections) marten.AddAsyncDaemon(DaemonMode.HotCold);

        // CodeGeneration__TypeLoadMode (Dynamic, Auto, Static) overrides both defaults below: the
        // benchmark runs a Release build with pre-generated code in Development (for its sign-in)
        // and must load that code as production does, not compile it at start-up.
        var typeLoadMode = builder.Configuration.GetValue<TypeLoadMode?>("CodeGeneration:TypeLoadMode");
        builder.Services.CritterStackDefaults(x =>
        {
            // No generated code is committed: it would silently miss a middleware added later.
            // Development and tests compile at start-up (routes warmed eagerly in Program.cs).
            // Production (Auto) loads what 'codegen write' generated in the image build
            // (deploy/Dockerfile) and compiles only what is missing, so start-up never fails.
            x.Development.GeneratedCodeMode = typeLoadMode ?? TypeLoadMode.Dynamic;
            // Written files would be compiled into the next build and could go stale there.
            x.Development.SourceCodeWritingEnabled = false;
            x.Production.GeneratedCodeMode = typeLoadMode ?? TypeLoadMode.Auto;
            x.Production.ResourceAutoCreate = AutoCreate.CreateOrUpdate;
        });

        builder.Host.UseWolverine(opts =>
        {
            // Extensions are named here, not found by scanning every assembly in the folder. The Roslyn
            // compiler is registered only where code may be compiled (Dynamic, Auto): with Static it is
            // never loaded, which saves a second of start-up and tens of megabytes.
            if (typeLoadMode != TypeLoadMode.Static) opts.UseRuntimeCompilation();
            // Handlers and endpoints live in this assembly, whichever program hosts it (the load program does).
            opts.ApplicationAssembly = typeof(CaseStoreSetup).Assembly;
            opts.Policies.AutoApplyTransactions();
            opts.Policies.UseDurableLocalQueues();
            // The signed-in user's name becomes Marten's LastModifiedBy, i.e. each event's user name.
            opts.EnableRelayOfUserName = true;
            // How often stored scheduled messages (delivery retries, and deadline checks stored before
            // 2026-12-07; newer ones are Deadlines/DeadlineChecks) are looked for. Tests shorten it.
            opts.Durability.ScheduledJobPollingTime = builder.Configuration.GetValue("Wolverine:ScheduledJobPollingTime", TimeSpan.FromSeconds(5));
            // Wolverine counts the stored envelopes by status for its metrics, every 5 s by default. Every open
            // deadline was a scheduled envelope until 2026-12-07 (1.2 M of them, 1.4 GB, at the benchmark's 1 M
            // events), and that count ran half the time on such a store: once a minute keeps the gauge.
            cluster.ApplyTo(opts.Durability);
            opts.Durability.UpdateMetricsPeriod = builder.Configuration.GetValue("Wolverine:MetricsPeriod", TimeSpan.FromMinutes(1));
            // Referral commands lock their stream (ReferralWorkflow), so races are rare: an append to a
            // second stream (a duplicate's original) or a deadlock between two such commands. The
            // loser is decided again on fresh state, inline, before its sender would hear 409.
            opts.OnException<ConcurrencyException>().Or<PostgresException>(e => e.SqlState is PostgresErrorCodes.DeadlockDetected)
                .RetryWithCooldown(TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20),
                    TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(80), TimeSpan.FromMilliseconds(160));
        }, ExtensionDiscovery.ManualOnly);
        builder.Services.AddSingleton<RequestValidators>();
        return builder;
    }
}
