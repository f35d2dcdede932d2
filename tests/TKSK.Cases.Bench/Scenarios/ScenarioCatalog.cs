namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// Every scenario, in the order they run. A new one is one class (or one line here for another
/// dashboard); until its endpoint exists in the service it reports "not available yet". The reads
/// whose cost may grow with the store come before the write scenarios, which add tens of thousands
/// of events: measured after them, the "10 k" point would not be 10 k.
/// </summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<Scenario> All() =>
    [
        new ColdStartScenario(),
        new MemoryScenario(),
        new DashboardScenario("overview", (_, _) => "/api/v1/dashboards/overview?province=35"),
        new DashboardScenario("kabupaten", (ctx, k) => $"/api/v1/dashboards/kabupaten/{ctx.Regions.ChildrenOf("35")![(int)(k % 38)].Code}"),
        new DashboardScenario("sla", (_, _) => "/api/v1/dashboards/sla"),
        new DashboardScenario("coordinators", (_, _) => "/api/v1/dashboards/coordinators"),
        new DashboardScenario("pasung", (_, _) => "/api/v1/dashboards/pasung?province=35"),
        new DashboardScenario("trend", (_, _) => "/api/v1/dashboards/trend?months=12"),
        new ListScenario(search: false),
        new ListScenario(search: true),
        new IntakeScenario(),
        new IntakeOverheadScenario(),
        new BulkIntakeScenario(),
        new NoteScenario(),
        new VisitScenario(),
        new CaseViewScenario(),
        new ProjectionLagScenario(),
        new ProjectionRebuildScenario(),
    ];
}
