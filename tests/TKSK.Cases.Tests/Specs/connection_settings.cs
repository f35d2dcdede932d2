using Npgsql;
using TKSK.Cases.Infrastructure.Storage;

namespace TKSK.Cases.Tests.Specs;

/// <summary>Pooled connections keep their session and prepare what they repeat, unless the operator's connection string says otherwise.</summary>
public sealed class connection_settings
{
    [Fact]
    public void a_plain_connection_string_keeps_sessions_and_prepares_repeated_statements()
    {
        var kept = new NpgsqlConnectionStringBuilder(CaseStoreSetup.KeepPlans("Host=db;Database=tksk;Username=tksk"));
        Assert.True(kept.NoResetOnClose);
        Assert.Equal(64, kept.MaxAutoPrepare);
        Assert.Equal("db", kept.Host);
    }

    [Fact]
    public void what_the_operator_set_is_left_alone()
    {
        // e.g. behind PgBouncer in transaction mode, where neither a kept session nor a prepared statement survives.
        var kept = new NpgsqlConnectionStringBuilder(CaseStoreSetup.KeepPlans("Host=db;No Reset On Close=false;Max Auto Prepare=0"));
        Assert.False(kept.NoResetOnClose);
        Assert.Equal(0, kept.MaxAutoPrepare);
    }
}
