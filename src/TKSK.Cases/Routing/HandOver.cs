using Marten;
using TKSK.Cases.Access;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Routing;

/// <summary>A TKSK left (Coordinators/Deactivation): each of their open cases is routed again, to the named successor or the kecamatan's TKSK.</summary>
public static class HandOverCaseloadHandler
{
    private static readonly Actor HandOver = Actor.System("handover");

    /// <summary>One routing command per open case, each decided on the case as it then stands.</summary>
    public static async Task<IEnumerable<object>> Handle(HandOverCaseload message, IQuerySession session)
    {
        var open = await session.Query<Referral>()
            .Where(r => r.Assignment!.CoordinatorId == message.CoordinatorId && (r.Status == ReferralStatus.Assigned || r.Status == ReferralStatus.InProgress))
            .Select(r => r.Id).ToListAsync();
        return open.Select(id => new RouteReferral(id, message.CoordinatorId, message.SuccessorId) { Actor = HandOver });
    }
}
