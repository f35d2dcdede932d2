namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// Every scenario, in the order they run. A new one is one class (or one line here for another
/// dashboard); until its endpoint exists in the service it reports "not available yet".
/// </summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<Scenario> All() =>
    [
        new ColdStartScenario(),
        new MemoryScenario(),
        new IntakeScenario(),
        new IntakeOverheadScenario(),
        new BulkIntakeScenario(),
        new NoteScenario(),
        new VisitScenario(),
        new CaseViewScenario(),
        new DashboardScenario("overview", (_, _) => "/api/v1/dashboards/overview?province=35"),
        new DashboardScenario("kabupaten", (ctx, k) => $"/api/v1/dashboards/kabupaten/{ctx.Regions.ChildrenOf("35")![(int)(k % 38)].Code}"),
        new DashboardScenario("sla", (_, _) => "/api/v1/dashboards/sla"),
        new DashboardScenario("coordinators", (_, _) => "/api/v1/dashboards/coordinators"),
        new DashboardScenario("pasung", (_, _) => "/api/v1/dashboards/pasung?province=35"),
        new DashboardScenario("trend", (_, _) => "/api/v1/dashboards/trend?months=12"),
        new ListScenario(search: false),
        new ListScenario(search: true),
        new ProjectionLagScenario(),
        new ProjectionRebuildScenario(),
    ];
}
