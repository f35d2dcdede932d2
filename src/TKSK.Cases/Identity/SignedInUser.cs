using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Regions;
using Wolverine.Http;

namespace TKSK.Cases.Identity;

/// <summary>The signed-in person as this service understands their token: what a page shows and what it offers follow from it.</summary>
/// <param name="Role">jsc_operator, tksk, supervisor or province_admin.</param>
/// <param name="Region">The region the person works in (null: the whole served area).</param>
/// <param name="RegionName">That region's name, e.g. Kota Surabaya.</param>
/// <param name="CoordinatorId">For a TKSK: their coordinator record.</param>
public sealed record SignedInUser(string Id, string Name, string Role, string? Region, string? RegionName, Guid? CoordinatorId);

public static class SignedInUserEndpoint
{
    /// <summary>Who is signed in: id, name, role, region and, for a TKSK, their coordinator. Pages ask this rather than read the token themselves.</summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. `region` is the one the service applies:
    /// for a TKSK the kecamatan of their coordinator record, whatever the token says; for a province admin whose token names none, the
    /// served province when the service serves just one. `role` is the role's code (`jsc_operator`, …), `regionName` the region's name.
    /// </remarks>
    [WolverineGet("/api/v1/me", OperationId = "GetSignedInUser"), Tags("Web console")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<SignedInUser>(200)]
    public static SignedInUser Get(HttpContext http, RegionCatalog regions)
    {
        var caller = http.Caller();
        return new SignedInUser(caller.Id, caller.Name, Actor.Code(caller.Role), caller.Region, regions.Find(caller.Region)?.Name, caller.CoordinatorId);
    }
}
