using TKSK.Cases.Access;

namespace TKSK.Cases.Referrals;

public static class ReferralScope
{
    /// <summary>Whether the referral is within the actor's scope (<see cref="Scope"/>): outside it, it does not exist for them.</summary>
    public static bool Covers(this Actor actor, Referral referral) =>
        Scope.Covers(actor, referral.Place.KecamatanCode, referral.Category, referral.Assignment?.CoordinatorId);
}
