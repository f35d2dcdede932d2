using FluentValidation;
using JasperFx;
using TKSK.Cases.Access;
using TKSK.Cases.Identity;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Dashboards;
using TKSK.Cases.Erasure;
using TKSK.Cases.EmbeddedPostgres;
using TKSK.Cases.IntakeAssist;
using TKSK.Cases.Presence;
using TKSK.Cases.Sync;
using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Storage;
using TKSK.Cases.Infrastructure.Idempotency;
using TKSK.Cases.Workflow;
using TKSK.Cases.Search;
using TKSK.Cases.Webhooks;
using TKSK.Cases.WebConsole;
using Wolverine.Http;
using TKSK.Cases.Casework;
using TKSK.Cases.Cluster;
using TKSK.Cases.Infrastructure.Validation;
using TKSK.Cases.Infrastructure.Hosting;

try
{
    var builder = WebApplication.CreateBuilder(args);
    StartupChecks.DevelopmentListensOnLoopbackOnly(builder.Configuration, builder.Environment, args);
    StartupChecks.ListenAddressesAreFree(builder.Configuration, args);
    await using var embeddedDatabase = await EmbeddedDatabase.StartIfNotConfiguredAsync(builder);

    builder.AddServiceDefaults();
    builder.AddSignIn(args);
    builder.AddCaseStore();
    builder.AddClusterView();
    builder.AddReferrals();
    builder.AddCaseSearch();
    builder.AddDashboards();
    builder.AddCoordinators();
    builder.AddWorkflow();
    builder.AddIdempotentPosts();
    builder.AddWebhooks();
    builder.AddErasureWatch();
    builder.Services.AddIntakeAssist();
    builder.AddCasePresence();
    builder.AddOfflineSync();
    builder.AddWebConsole();
    builder.Services.AddSingleton(_ => RegionCatalog.LoadEmbedded());
    builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
    builder.Services.AddWolverineHttp();

    var app = builder.Build();
    app.UseServiceDefaults();
    // After sign-in (keys are per caller) and the body guard; before every endpoint.
    app.UseIdempotentPosts();
    app.MapDevelopmentTokens();
    app.MapDevelopmentCoordinators();
    app.MapWebConsole();
    app.MapWolverineEndpoints(http =>
    {
        // Compile every endpoint while starting, not on the first request of an operator at 2 a.m.
        http.WarmUpRoutes = RouteWarmup.Eager;
        // Endpoints read their query values as text and answer our own problems; should a typed one slip in, a value
        // that does not parse is a 400, not a default the caller never asked for.
        http.RejectUnparseableQueryValues = true;
        http.AddPolicy<AccessPolicy>();
        http.AddPolicy<FluentValidationPolicy>();
        http.AddPolicy<ReferralCommandConventions>();
    });

    // A read-side rebuild runs beside the running service: while it does, the service's daemon and dashboards stand aside.
    await using var rebuildClaim = ReadSideRebuild.IsRebuildCommand(args)
        ? await ReadSideRebuild.ClaimAsync(app.Configuration.GetConnectionString(EmbeddedDatabase.ConnectionName)!)
          ?? throw new StartupFailure("Another process is already rebuilding the read side: wait for it to finish.")
        : null;
    // A plain start runs the host itself: the command line would first load every assembly in the
    // folder, Roslyn's and their satellite resources included (about 130), to look for commands.
    if (args.Length == 0)
    {
        await app.RunAsync();
        return 0;
    }
    return await app.RunJasperFxCommands(args);
}
catch (StartupFailure failure)
{
    // A condition the user can fix: one sentence, no stack trace.
    Console.Error.WriteLine(failure.Message);
    return 1;
}

public partial class Program;
