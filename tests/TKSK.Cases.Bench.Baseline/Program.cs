using TKSK.Cases.Bench.Baseline;

// The same-run baselines of the benchmark (bench/TKSK.Cases.Bench): the least an ASP.NET Core
// endpoint can do for each scenario, published and started the same way as the service.
//   --bare   a bare app with /health/ready only: the floor for the cold-start scenario.
//   default  minimal endpoints over Npgsql against the tables the benchmark prepares (BaselineSql).
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
if (args.Contains("--bare"))
{
    var bare = builder.Build();
    bare.MapGet("/health/ready", () => "Healthy");
    await bare.RunAsync();
    return;
}

builder.Services.AddSingleton(_ => new Npgsql.NpgsqlDataSourceBuilder(
    builder.Configuration.GetConnectionString("Baseline") ?? throw new InvalidOperationException("ConnectionStrings:Baseline is not set.")).Build());
var app = builder.Build();
app.MapGet("/health/ready", () => "Healthy");
app.MapBaselineEndpoints();
await app.RunAsync();
