using static TKSK.Cases.Access.Role;

namespace TKSK.Cases.Access;

/// <summary>Who may call an operation: no one signed in, these roles, and agencies holding this API-key scope.</summary>
public sealed record Rule(bool Anonymous, IReadOnlySet<Role> Roles, string? AgencyScope = null)
{
    public static Rule Open => new(true, new HashSet<Role>());
    public static Rule For(params Role[] roles) => new(false, new HashSet<Role>([.. roles, ProvinceAdmin]));
    public Rule OrAgency(string scope) => this with { AgencyScope = scope };

    public bool Allows(Actor actor) =>
        Anonymous || Roles.Contains(actor.Role)
        || (actor.Role == Agency && AgencyScope is { } scope && actor.Scopes?.Contains(scope) == true);
}

/// <summary>
/// The authorization matrix, one row per operation (its OpenAPI operation id; a referral command's
/// type name is its operation id). Every endpoint must have a row: one without fails at start-up
/// (<see cref="AccessPolicy"/>), and the authorization matrix test calls every route as every role.
/// The province admin may do everything. Region scope (which referrals) is <see cref="Scope"/>.
/// </summary>
public static class AccessRules
{
    private static readonly Role[] People = [JscOperator, Tksk, Supervisor];

    public static readonly IReadOnlyDictionary<string, Rule> ByOperation = new Dictionary<string, Rule>
    {
        // Reference data and the service's own description: open to all.
        ["ListCategories"] = Rule.Open, ["ListProvinces"] = Rule.Open, ["ListKabupaten"] = Rule.Open,
        ["ListKecamatan"] = Rule.Open, ["ListDesa"] = Rule.Open, ["CreateDevelopmentToken"] = Rule.Open,
        // The web console: how to sign in is public; the rest is for the people who use it.
        ["GetConsoleConfig"] = Rule.Open, ["ListDevelopmentCoordinators"] = Rule.Open,
        ["GetSignedInUser"] = Rule.For(People),
        // Who has a case open: the people who work cases see each other, within their scope.
        ["UpdatePresence"] = Rule.For(People), ["ListPresence"] = Rule.For(People),

        // Referrals: intake and the desk are the hotline's; the field is the TKSK's; the kabupaten supervises.
        ["ReceiveReferral"] = Rule.For(JscOperator).OrAgency(ApiKeyScopes.Intake),
        // Bulk intake is the same intake, many at once; each report is checked against the caller's grant on its own.
        ["ReceiveReferralBatch"] = Rule.For(JscOperator).OrAgency(ApiKeyScopes.Intake),
        ["GetReferral"] = Rule.For(People).OrAgency(ApiKeyScopes.Read),
        ["GetReferralHistory"] = Rule.For(People),
        // Asked before intake, by those who take reports (agencies' systems get their duplicates in the intake's answer).
        ["CheckPossibleDuplicates"] = Rule.For(JscOperator),
        ["ListPermittedOperations"] = Rule.For(People),
        ["AssessReferral"] = Rule.For(JscOperator),
        ["AssignCoordinator"] = Rule.For(Supervisor, Automation),
        ["AcceptAssignment"] = Rule.For(Tksk),
        ["DeclineAssignment"] = Rule.For(Tksk),
        ["RecordVisit"] = Rule.For(Tksk),
        ["RecordFieldAssessment"] = Rule.For(Tksk),
        ["AddStep"] = Rule.For(Tksk), ["StartStep"] = Rule.For(Tksk), ["CompleteStep"] = Rule.For(Tksk), ["CancelStep"] = Rule.For(Tksk),
        ["ResolveReferral"] = Rule.For(Tksk),
        ["ReviewResolution"] = Rule.For(Supervisor),
        ["ReopenReferral"] = Rule.For(Supervisor),
        ["AddNote"] = Rule.For(JscOperator, Tksk, Automation),
        ["RecordFollowUp"] = Rule.For(Tksk),

        // Automation's own commands (never over HTTP): routing, hand-over and deadline checks.
        ["RouteReferral"] = Rule.For(Automation),
        ["DeadlineDue"] = Rule.For(Automation),

        // Notifications: each reads their own inbox (checked by recipient); operators watch the outgoing gateway.
        ["ListNotifications"] = Rule.For(People), ["MarkNotificationRead"] = Rule.For(People),
        ["ListDeliveries"] = Rule.For(), ["RetryDelivery"] = Rule.For(),

        // The read side: people only, each within their scope (README: Read side). Agencies get the change feed instead.
        ["ListReferrals"] = Rule.For(People), ["ExportReferrals"] = Rule.For(People),
        ["GetOverviewDashboard"] = Rule.For(People), ["GetKabupatenDashboard"] = Rule.For(People),
        ["GetSlaDashboard"] = Rule.For(People), ["GetCoordinatorDashboard"] = Rule.For(People),
        ["GetPasungDashboard"] = Rule.For(People), ["GetTrendDashboard"] = Rule.For(People),
        ["GetMonthlyReport"] = Rule.For(People),

        // Coordinators: the kabupaten's supervisor registers and lists its own TKSK.
        ["RegisterCoordinator"] = Rule.For(Supervisor),
        ["DeactivateCoordinator"] = Rule.For(Supervisor), ["ReactivateCoordinator"] = Rule.For(Supervisor),
        ["ListCoordinators"] = Rule.For(People),
        ["GetCoordinator"] = Rule.For(People),

        // Agency integration: the change feed and webhooks, each behind its own API-key scope (the province admin watches all).
        ["GetFeed"] = Rule.For().OrAgency(ApiKeyScopes.Feed),
        ["CreateSubscription"] = Rule.For().OrAgency(ApiKeyScopes.Webhooks), ["ListSubscriptions"] = Rule.For().OrAgency(ApiKeyScopes.Webhooks),
        ["GetSubscription"] = Rule.For().OrAgency(ApiKeyScopes.Webhooks), ["CancelSubscription"] = Rule.For().OrAgency(ApiKeyScopes.Webhooks),
        ["ListSubscriptionDeliveries"] = Rule.For().OrAgency(ApiKeyScopes.Webhooks), ["RetrySubscriptionDelivery"] = Rule.For().OrAgency(ApiKeyScopes.Webhooks),
        ["ReplaySubscription"] = Rule.For().OrAgency(ApiKeyScopes.Webhooks),

        // Operations and personal data: the province admin only.
        ["ListRefusedCommands"] = Rule.For(),
        ["CreateApiKey"] = Rule.For(), ["ListApiKeys"] = Rule.For(), ["RevokeApiKey"] = Rule.For(),
        ["ListAccessLog"] = Rule.For(),
        ["ErasePersonalData"] = Rule.For(),
        // A basis for sharing is documented by whoever obtained it: the desk, the TKSK in the field, the supervisor.
        ["RecordSharingConsent"] = Rule.For(People), ["RevokeSharingConsent"] = Rule.For(People),
    };

    /// <summary>The rule of an operation; an operation without one is a programming error, found at start-up.</summary>
    public static Rule For(string operationId) =>
        ByOperation.TryGetValue(operationId, out var rule) ? rule
            : throw new InvalidOperationException($"Operation '{operationId}' has no row in AccessRules: decide who may call it.");
}

/// <summary>
/// Which referrals an actor may see and act on: its region (a code prefix at any level), a TKSK
/// also the cases assigned to them, an agency only its granted categories. Outside the scope a
/// referral does not exist for the actor (404, so its existence does not leak).
/// </summary>
public static class Scope
{
    public static bool Covers(Actor actor, string kecamatanCode, string category, Guid? assignedCoordinator) => actor.Role switch
    {
        Tksk => (actor.CoordinatorId is { } me && assignedCoordinator == me) || InRegion(actor.Region, kecamatanCode),
        Agency => InRegion(actor.Region, kecamatanCode) && (actor.Categories is not { Count: > 0 } granted || granted.Contains(category)),
        _ => InRegion(actor.Region, kecamatanCode),
    };

    /// <summary>"35.78" covers 35.78 and 35.78.01, not 35.7 nor 35.781; null covers the whole served area.</summary>
    public static bool InRegion(string? region, string code) =>
        region is null || code == region || code.StartsWith(region + ".", StringComparison.Ordinal);

    /// <summary>
    /// A TKSK works on the cases assigned to them: field work needs them to be the assignee
    /// (seeing a case of their kecamatan is not enough to act on it). Everyone else acts within scope.
    /// </summary>
    public static bool MayWorkOn(Actor actor, Guid? assignedCoordinator, string operationId) =>
        actor.Role != Tksk || operationId == "AddNote" || (actor.CoordinatorId is { } me && assignedCoordinator == me);
}
