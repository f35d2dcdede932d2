using Npgsql;
using TKSK.Cases.Infrastructure.Postgres;

namespace TKSK.Cases.Tests.Faults;

/// <summary>
/// The embedded PostgreSQL holds the people's personal data: no local process gets in without the password
/// kept in its data folder, and a cluster made before passwords (trust) is given one at its next start.
/// </summary>
[Collection(ProcessCollection.Name), Trait("Category", "Process")]
public sealed class the_embedded_database_asks_for_a_password
{
    private static async Task<bool> GetsInAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return true;
        }
        // Refused by the server (28P01) or, without a password to offer, by Npgsql before it asks.
        catch (PostgresException e) when (e.SqlState is "28P01" or "28000") { return false; }
        catch (NpgsqlException e) when (e is not PostgresException && e.Message.Contains("password")) { return false; }
    }

    [Fact]
    public async Task only_the_password_opens_it_and_an_old_trusting_cluster_gets_one()
    {
        var name = $"tksk-pw-{Guid.NewGuid():N}";
        var (dataDirectory, _) = DataLocation.Choose(Path.Combine(Path.GetTempPath(), name, "pg"), Path.Combine("/tmp", name, "pg"));
        try
        {
            await using (var cluster = await PostgresCluster.StartAsync(dataDirectory, throwaway: true))
            {
                var withoutPassword = $"Host=127.0.0.1;Port={cluster.Port};Username=postgres;Database=postgres;Pooling=false";
                Assert.False(await GetsInAsync(withoutPassword));
                Assert.True(await GetsInAsync(cluster.ConnectionString));
                await using var connection = new NpgsqlConnection(cluster.ConnectionString);
                await connection.OpenAsync();
                await new NpgsqlCommand("create table kept (v int); insert into kept values (42)", connection).ExecuteNonQueryAsync();
            }

            // As a cluster made before passwords: pg_hba.conf trusts, no password kept.
            var hba = Path.Combine(dataDirectory, "pg_hba.conf");
            await File.WriteAllTextAsync(hba, (await File.ReadAllTextAsync(hba)).Replace("scram-sha-256", "trust"));
            File.Delete(Path.Combine(dataDirectory, "tksk-password"));

            await using (var cluster = await PostgresCluster.StartAsync(dataDirectory, throwaway: true))
            {
                Assert.False(await GetsInAsync($"Host=127.0.0.1;Port={cluster.Port};Username=postgres;Database=postgres;Pooling=false"));
                await using var connection = new NpgsqlConnection(cluster.ConnectionString);
                await connection.OpenAsync();
                Assert.Equal(42, await new NpgsqlCommand("select v from kept", connection).ExecuteScalarAsync());
            }
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(dataDirectory, "tksk-password")));
        }
        finally
        {
            try { Directory.Delete(Path.GetDirectoryName(dataDirectory)!, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
