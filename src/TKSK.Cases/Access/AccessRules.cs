using System.Reflection;

namespace TKSK.Cases.Access;

/// <summary>Who may call an operation: no one signed in, these roles, and agencies holding this API-key scope. The province admin may do everything.</summary>
/// <param name="AnyCaseInScope">A TKSK may take it on any case in their scope, not only on the cases assigned to them.</param>
public sealed record Rule(bool Anonymous, IReadOnlySet<Role> Roles, string? AgencyScope = null, bool AnyCaseInScope = false)
{
    public static Rule Open => new(true, new HashSet<Role>());

    public bool Allows(Actor actor) =>
        Anonymous || Roles.Contains(actor.Role)
        || (actor.Role == Role.Agency && AgencyScope is { } scope && actor.Scopes?.Contains(scope) == true);
}

/// <summary>
/// Who may take an action, declared beside it: on a command record (whatever sends it: HTTP, automation,
/// a queue, a device) or on an endpoint method that sends none. The province admin is always allowed.
/// <c>tests/…/Api/authorization_matrix.cs</c> calls every route as every kind of caller against its own
/// hand-written table, and the service refuses to start with an endpoint that declares nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class AllowedAttribute(params Role[] roles) : Attribute
{
    /// <summary>The API-key scope that lets an agency system call it too.</summary>
    public string? AgencyScope { get; set; }
    /// <summary>Open to everyone, signed in or not (reference data).</summary>
    public bool Anonymous { get; set; }
    /// <summary>A TKSK may take it on any case of their kecamatan, not only their assignments (a note is any case's).</summary>
    public bool AnyCaseInScope { get; set; }

    public Rule Rule => Anonymous ? Rule.Open : new Rule(false, new HashSet<Role>([.. roles, Role.ProvinceAdmin]), AgencyScope, AnyCaseInScope);

    /// <summary>The rule a type or method declares, or null when it declares none.</summary>
    public static Rule? Of(MemberInfo member) => member.GetCustomAttribute<AllowedAttribute>()?.Rule;

    /// <summary>A command's rule: every command declares one (a command without is a programming error, found by the tests and at start).</summary>
    public static Rule For(Type command) => Of(command)
        ?? throw new InvalidOperationException($"{command.Name} declares no [Allowed]: decide who may send it.");
}

/// <summary>An endpoint that sends one command: who may call it is that command's rule (<see cref="AllowedAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class SendsAttribute<TCommand> : Attribute, ISendsCommand
{
    public Type Command => typeof(TCommand);
}

public interface ISendsCommand
{
    Type Command { get; }
}

/// <summary>
/// Which referrals an actor may see and act on: its region (a code prefix at any level), a TKSK
/// also the cases assigned to them, an agency only its granted categories. Outside the scope a
/// referral does not exist for the actor (404, so its existence does not leak).
/// </summary>
public static class Scope
{
    /// <summary>
    /// The province's desk: a JSC operator or province admin of a whole province (or of every
    /// region). A referral from outside the served area lies in no region of ours, so it is theirs.
    /// </summary>
    public static bool IsProvinceDesk(Actor actor) =>
        actor.Role is Role.JscOperator or Role.ProvinceAdmin && (actor.Region is null || !actor.Region.Contains('.'));

    public static bool Covers(Actor actor, string kecamatanCode, string category, Guid? assignedCoordinator) => actor.Role switch
    {
        Role.Tksk => (actor.CoordinatorId is { } me && assignedCoordinator == me) || InRegion(actor.Region, kecamatanCode),
        Role.Agency => InRegion(actor.Region, kecamatanCode) && (actor.Categories is not { Count: > 0 } granted || granted.Contains(category)),
        _ => InRegion(actor.Region, kecamatanCode),
    };

    /// <summary>"35.78" covers 35.78 and 35.78.01, not 35.7 nor 35.781; null covers the whole served area.</summary>
    public static bool InRegion(string? region, string code) =>
        region is null || code == region || code.StartsWith(region + ".", StringComparison.Ordinal);

    /// <summary>
    /// A TKSK works on the cases assigned to them: field work needs them to be the assignee (seeing a case of
    /// their kecamatan is not enough to act on it), unless the rule says any case in scope. Everyone else acts within scope.
    /// </summary>
    public static bool MayWorkOn(Actor actor, Guid? assignedCoordinator, Rule rule) =>
        actor.Role != Role.Tksk || rule.AnyCaseInScope || (actor.CoordinatorId is { } me && assignedCoordinator == me);
}
