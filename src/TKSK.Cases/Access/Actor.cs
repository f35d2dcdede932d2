using System.Security.Claims;

namespace TKSK.Cases.Access;

/// <summary>The roles of people and systems that act on referrals (docs/access.md, "Who may do what").</summary>
public enum Role { JscOperator, Tksk, Supervisor, ProvinceAdmin, Agency, Automation }

/// <summary>
/// Who does something: a person signed in with a token, an agency system with an API key, or the
/// service's own automation. Every command carries one, so a command queued or scheduled for later
/// is checked and recorded as the one who sent it.
/// </summary>
/// <param name="Id">The user id (token subject), "apikey:{id}", or "system:{what}".</param>
/// <param name="Region">The region code the actor works in (35, 35.78 or 35.78.01); null for the whole served area.</param>
/// <param name="CoordinatorId">For a TKSK: the coordinator record that is them.</param>
/// <param name="Categories">For an agency: the PPKS categories it is granted (empty: all).</param>
/// <param name="Scopes">For an agency: intake, read, feed, webhooks.</param>
/// <param name="AgencyId">For an agency: the agency its key belongs to (bases for sharing name it).</param>
public sealed record Actor(
    string Id, string Name, Role Role, string? Region, Guid? CoordinatorId = null,
    IReadOnlyList<string>? Categories = null, IReadOnlyList<string>? Scopes = null, Guid? AgencyId = null)
{
    public const string RoleClaim = "role", RegionClaim = "region", CoordinatorClaim = "coordinator_id", NameClaim = "name",
        SubjectClaim = "sub", ScopeClaim = "scope", CategoryClaim = "category", AgencyClaim = "agency_id";

    /// <summary>The service's own automation, e.g. system:routing.</summary>
    public static Actor System(string what) => new($"system:{what}", $"Otomasi {what}", Role.Automation, null);

    public bool IsPerson => Role is not (Role.Agency or Role.Automation);

    /// <summary>The role's code as tokens and the API spell it (jsc_operator, …).</summary>
    public static string Code(Role role) => global::System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(role.ToString());

    public static Role? ParseRole(string? code) =>
        Enum.GetValues<Role>().Where(r => r != Role.Automation).Select(r => (Role?)r).FirstOrDefault(r => Code(r!.Value) == code);

    /// <summary>The signed-in caller, or null when nobody (or nobody we know how to read) is signed in.</summary>
    public static Actor? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || ParseRole(user.FindFirst(RoleClaim)?.Value) is not { } role) return null;
        var id = user.FindFirst(SubjectClaim)?.Value;
        if (string.IsNullOrWhiteSpace(id)) return null;
        return new Actor(id, user.FindFirst(NameClaim)?.Value ?? id, role, NullIfEmpty(user.FindFirst(RegionClaim)?.Value),
            Guid.TryParse(user.FindFirst(CoordinatorClaim)?.Value, out var coordinator) ? coordinator : null,
            [.. user.FindAll(CategoryClaim).Select(c => c.Value)], [.. user.FindAll(ScopeClaim).Select(c => c.Value)],
            Guid.TryParse(user.FindFirst(AgencyClaim)?.Value, out var agency) ? agency : null);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
