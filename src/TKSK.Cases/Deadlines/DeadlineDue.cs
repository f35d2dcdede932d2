using Marten;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Notifications;
using TKSK.Cases.Referrals;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;

namespace TKSK.Cases.Deadlines;

public enum DeadlineStage { Reminder, Missed, Escalation }

/// <summary>
/// A deadline's check, stored in PostgreSQL when the deadline is set (<see cref="DeadlineChecks"/>), so it
/// fires after a crash too. It decides on the case as it is then: a deadline met meanwhile makes
/// it a no-op, and a second delivery finds nothing left to do. Checks stored before 2026-12-07 are
/// Wolverine scheduled messages without <see cref="CheckId"/> and still arrive that way.
/// </summary>
[Allowed(Role.Automation)]
public sealed record DeadlineDue(Guid ReferralId, Guid DeadlineId, DeadlineStage Stage) : ReferralCommand(ReferralId)
{
    public override string Action => "deadline";
    public override bool AnyStatus => true;
    /// <summary>The stored check this runs (the sweeper's); its row goes with this transaction.</summary>
    public Guid? CheckId { get; init; }
}

public static class DeadlineDueHandler
{
    /// <summary>For an overdue acceptance: the kecamatan's active backup TKSK, if any.</summary>
    public static async Task<Backup?> LoadAsync(DeadlineDue due, IQuerySession session, CancellationToken ct)
    {
        if (due.Stage != DeadlineStage.Escalation || await session.LoadAsync<Referral>(due.ReferralId, ct) is not { } referral) return null;
        var kecamatan = referral.Place.KecamatanCode;
        var backup = await session.Query<Coordinator>()
            .Where(c => c.Active && c.KecamatanCode == kecamatan && c.Role == CoordinatorRole.Backup)
            .OrderBy(c => c.RegisteredAt).FirstOrDefaultAsync(ct);
        return backup is null ? null : new Backup(backup.Id, backup.Name, backup.Phone, backup.KecamatanCode);
    }

    public static Decision Decide(Referral referral, DeadlineDue due, Backup? backup, DecisionContext at)
    {
        if (referral.Deadlines.FirstOrDefault(d => d.Id == due.DeadlineId) is not { Open: true } deadline) return Decision.Nothing;
        switch (due.Stage)
        {
            case DeadlineStage.Reminder:
                return Decision.Nothing with { Messages = [Notices.Reminder(referral, deadline)] };
            case DeadlineStage.Missed when at.Now >= deadline.DueAt && !deadline.Breached:
                object[] missed = referral.EscalationLevel == EscalationLevel.None
                    ? [new DeadlineMissed(deadline.Id, deadline.Kind, deadline.DueAt, at.Now),
                       new ReferralEscalated(EscalationLevel.Kabupaten, Notices.MissedReason(deadline), at.Now)]
                    : [new DeadlineMissed(deadline.Id, deadline.Kind, deadline.DueAt, at.Now)];
                return Decision.Accept(missed);
            case DeadlineStage.Escalation when deadline.Kind == DeadlineKind.Acceptance && referral.Assignment is { Accepted: false } assignment:
                if (backup is not null && backup.Id != assignment.CoordinatorId)
                    return Decision.Accept(new CoordinatorAssigned(backup.Id, backup.Name, backup.Phone, backup.KecamatanCode,
                        "Eskalasi: penugasan belum diterima, dialihkan ke TKSK cadangan", assignment.CoordinatorId, at.Now,
                        OutOfKecamatan: backup.KecamatanCode != referral.Place.KecamatanCode));
                return referral.EscalationLevel == EscalationLevel.Province ? Decision.Nothing
                    : Decision.Accept(new ReferralEscalated(EscalationLevel.Province, "Penugasan belum diterima dan tidak ada TKSK cadangan.", at.Now));
            default:
                return Decision.Nothing;
        }
    }

    public static Task<ReferralCommandOutcome> Handle(DeadlineDue due, Backup? backup, ReferralPipeline pipeline, IDocumentSession session)
    {
        // Whatever the decision (a met deadline decides nothing), the check is done once this commits: exactly once.
        if (due.CheckId is { } check) DeadlineChecks.Done(session, check);
        return pipeline.RunAsync(due, (referral, at) => Decide(referral, due, backup, at));
    }
}

public sealed record Backup(Guid Id, string Name, string Phone, string KecamatanCode);
