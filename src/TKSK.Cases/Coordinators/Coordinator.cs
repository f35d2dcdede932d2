using Marten;

namespace TKSK.Cases.Coordinators;

/// <summary>A TKSK: the social-welfare worker of one kecamatan, to whom referrals are assigned.</summary>
public sealed record Coordinator
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string Phone { get; init; } = "";
    public string KecamatanCode { get; init; } = "";
    public string KecamatanName { get; init; } = "";
    public string KabupatenCode { get; init; } = "";
    public string KabupatenName { get; init; } = "";
    public string ProvinceCode { get; init; } = "";
    public bool Active { get; init; } = true;
    /// <summary>True for the invented coordinators seeded in Development; never real people.</summary>
    public bool Demo { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
}

public static class CoordinatorStore
{
    public static WebApplicationBuilder AddCoordinators(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(Configure);
        if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Demo:SeedCoordinators", true))
            builder.Services.AddHostedService<DemoCoordinators>();
        return builder;
    }

    private static void Configure(StoreOptions opts) =>
        opts.Schema.For<Coordinator>()
            .Index(c => c.KecamatanCode)
            .Index(c => c.KabupatenCode)
            .Metadata(m => m.LastModifiedBy.Enabled = true);
}
