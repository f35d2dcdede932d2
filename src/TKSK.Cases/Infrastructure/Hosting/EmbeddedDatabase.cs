using TKSK.Cases.EmbeddedPostgres;
namespace TKSK.Cases.Infrastructure.Hosting;

/// <summary>
/// The run command's default database: when no connection string is configured, the service
/// starts a private PostgreSQL in <c>.data/postgres</c> of the working tree (git-ignored), or —
/// when that folder is private to root — in /var/lib/tksk-cases, and stops it with the service.
/// A second run reuses the data.
/// </summary>
public static class EmbeddedDatabase
{
    public const string ConnectionName = "Marten";

    public static async Task<PostgresCluster?> StartIfNotConfiguredAsync(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ConnectionName))) return null;

        var configured = builder.Configuration["EmbeddedPostgres:DataDirectory"];
        var tree = WorkingTreeRoot(builder.Environment.ContentRootPath);
        var (dataDirectory, moved) = DataLocation.Choose(
            configured ?? Path.Combine(tree, ".data", "postgres"),
            configured is null ? DataLocation.SystemStateFor(tree) : null);
        if (moved is not null) Console.WriteLine($"The working tree's .data folder cannot be used: {moved}.");
        Console.WriteLine($"No ConnectionStrings:{ConnectionName} configured: starting the embedded PostgreSQL with its data in {dataDirectory} ...");
        var cluster = await PostgresCluster.StartAsync(dataDirectory, throwaway: false, builder.Configuration.GetValue("EmbeddedPostgres:Port", 0));
        Console.WriteLine($"Embedded PostgreSQL listening on 127.0.0.1:{cluster.Port}; it stops when the service stops.");
        builder.Configuration[$"ConnectionStrings:{ConnectionName}"] = cluster.ConnectionString;
        return cluster;
    }

    private static string WorkingTreeRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TKSK.Cases.sln"))) return dir.FullName;
        return start;
    }
}
