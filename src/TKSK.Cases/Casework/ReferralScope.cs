using TKSK.Cases.Access;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Casework;

public static class ReferralScope
{
    /// <summary>Whether the referral is within the actor's scope (<see cref="Scope"/>): outside it, it does not exist for them.</summary>
    public static bool Covers(this Actor actor, Referral referral) =>
        Scope.Covers(actor, referral.Place.KecamatanCode, referral.Category, referral.Assignment?.CoordinatorId)
        || (referral.OutOfArea && Scope.IsProvinceDesk(actor));
}
