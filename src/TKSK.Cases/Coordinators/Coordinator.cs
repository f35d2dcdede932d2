using Marten;
using TKSK.Cases.Infrastructure.Http;

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
    /// <summary>primary: routing's first choice in the kecamatan; backup: takes over when the primary is absent or too slow.</summary>
    public CoordinatorRole Role { get; init; } = CoordinatorRole.Primary;
    public bool Active { get; init; } = true;
    public DateTimeOffset? DeactivatedAt { get; init; }
    public string? DeactivationReason { get; init; }
    /// <summary>True for the invented coordinators seeded in Development; never real people.</summary>
    public bool Demo { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
}

public enum CoordinatorRole { Primary, Backup }

public static class CoordinatorStore
{
    public static WebApplicationBuilder AddCoordinators(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(DescribedProblem.Of("coordinator-inactive", "409: the coordinator is already inactive (deactivation)."));
        builder.Services.ConfigureMarten(Configure);
        if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Demo:SeedCoordinators", true))
            builder.Services.AddHostedService<DemoCoordinators>();
        return builder;
    }

    private static void Configure(StoreOptions opts) =>
        opts.Schema.For<Coordinator>()
            .Index(c => c.KecamatanCode)
            .Index(c => c.KabupatenCode)
            .Index(c => c.Active)
            .Metadata(m => m.LastModifiedBy.Enabled = true);
}
