using Marten;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Referrals;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;

namespace TKSK.Cases.Routing;

/// <summary>
/// Give the referral to a TKSK of its kecamatan: sent by automation after a desk assessment
/// decides field_response or a relapse opens a new episode (Leaving null), and for each open case
/// of a TKSK who leaves (Leaving = them, Successor = who takes over, if named).
/// </summary>
[Allowed(Role.Automation)]
public sealed record RouteReferral(Guid ReferralId, Guid? Leaving = null, Guid? Successor = null) : ReferralCommand(ReferralId)
{
    public override string Action => "routing";
    public override bool AnyStatus => true;
}

/// <summary>An active TKSK who could take the case, with how many open cases they carry at.Now.</summary>
public sealed record Candidate(Guid Id, string Name, string Phone, string KecamatanCode, CoordinatorRole Role, int OpenCases);

public static class RouteReferralHandler
{
    /// <summary>The active TKSK of the referral's kecamatan (and the named successor), with their open caseloads.</summary>
    public static async Task<IReadOnlyList<Candidate>> LoadAsync(RouteReferral command, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<Referral>(command.ReferralId, ct) is not { } referral) return [];
        var kecamatan = referral.Place.KecamatanCode;
        var coordinators = await session.Query<Coordinator>()
            .Where(c => c.Active && (c.KecamatanCode == kecamatan || c.Id == command.Successor))
            .ToListAsync(ct);
        if (coordinators.Count == 0) return [];
        var ids = coordinators.Select(c => c.Id).ToArray();
        var open = await session.Query<Referral>()
            .Where(r => (r.Status == ReferralStatus.Assigned || r.Status == ReferralStatus.InProgress) && r.Assignment!.CoordinatorId.IsOneOf(ids))
            .Select(r => r.Assignment!.CoordinatorId)
            .ToListAsync(ct);
        return [.. coordinators.Select(c => new Candidate(c.Id, c.Name, c.Phone, c.KecamatanCode, c.Role, open.Count(id => id == c.Id)))];
    }

    /// <summary>
    /// The successor if named and active; else the kecamatan's primary TKSK before its backup, and
    /// among equals the one with the fewest open cases. Nothing to do if someone assigned the case
    /// meanwhile (a manual assignment overrides routing) or the leaving TKSK no longer holds it.
    /// </summary>
    public static Decision Decide(Referral referral, RouteReferral command, IReadOnlyList<Candidate> candidates, DecisionContext at)
    {
        var handOver = command.Leaving is not null;
        var stillToRoute = handOver
            ? referral.Assignment?.CoordinatorId == command.Leaving && referral.Status is ReferralStatus.Assigned or ReferralStatus.InProgress
            : referral.Status == ReferralStatus.Assessed && referral.Assignment is null;
        if (!stillToRoute) return Decision.Nothing;

        var choice = candidates.FirstOrDefault(c => c.Id == command.Successor && c.Id != command.Leaving)
            ?? candidates.Where(c => c.Id != command.Leaving && c.KecamatanCode == referral.Place.KecamatanCode)
                .OrderBy(c => c.Role).ThenBy(c => c.OpenCases).ThenBy(c => c.Id).FirstOrDefault();
        if (choice is not null)
            return Decision.Accept(new CoordinatorAssigned(choice.Id, choice.Name, choice.Phone, choice.KecamatanCode,
                handOver ? "Pengalihan kasus: TKSK sebelumnya tidak aktif" : "Penugasan otomatis ke TKSK kecamatan", referral.Assignment?.CoordinatorId, at.Now,
                OutOfKecamatan: choice.KecamatanCode != referral.Place.KecamatanCode));

        var why = $"Tidak ada TKSK aktif di Kecamatan {referral.Place.KecamatanName}.";
        if (handOver) return Decision.Accept(new ReferralOrphaned(command.Leaving!.Value, why, at.Now));
        return referral.Unassigned is null ? Decision.Accept(new ReferralUnassigned(why, at.Now)) : Decision.Nothing;
    }

    public static Task<ReferralCommandOutcome> Handle(RouteReferral command, IReadOnlyList<Candidate> candidates, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, candidates, at));
}
