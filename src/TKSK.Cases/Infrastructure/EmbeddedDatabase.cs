namespace TKSK.Cases.Infrastructure;

/// <summary>
/// The run command's default database: when no connection string is configured, the service
/// starts a private PostgreSQL in <c>.data/postgres</c> of the working tree (git-ignored) and
/// stops it again when the service stops. A second run reuses the data.
/// </summary>
public static class EmbeddedDatabase
{
    public const string ConnectionName = "Marten";

    public static async Task<PostgresCluster?> StartIfNotConfiguredAsync(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ConnectionName))) return null;

        var dataDirectory = builder.Configuration["EmbeddedPostgres:DataDirectory"]
            ?? Path.Combine(WorkingTreeRoot(builder.Environment.ContentRootPath), ".data", "postgres");
        Console.WriteLine($"No ConnectionStrings:{ConnectionName} configured: starting the embedded PostgreSQL in {dataDirectory} ...");
        var cluster = await PostgresCluster.StartAsync(dataDirectory, throwaway: false);
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
