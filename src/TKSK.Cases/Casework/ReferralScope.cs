using TKSK.Cases.Access;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Casework;

public static class ReferralScope
{
    /// <summary>Whether the referral is within the actor's scope (<see cref="Scope"/>): outside it, it does not exist for them.</summary>
    public static bool Covers(this Actor actor, Referral referral) =>
        Scope.Covers(actor, referral.Place.KecamatanCode, referral.Category, referral.Assignment?.CoordinatorId)
        || (referral.OutOfArea && IsProvinceDesk(actor));

    /// <summary>
    /// The province's desk: a JSC operator or province admin of a whole province (or of every
    /// region). A referral from outside the served area lies in no region of ours, so it is theirs.
    /// </summary>
    public static bool IsProvinceDesk(Actor actor) =>
        actor.Role is Role.JscOperator or Role.ProvinceAdmin && (actor.Region is null || !actor.Region.Contains('.'));
}
