using JasperFx;
using Marten;
using TKSK.Cases.Assessment;
using TKSK.Cases.Assignment;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Infrastructure;

namespace TKSK.Cases.Referrals;

/// <summary>
/// A command on one referral as a Wolverine message: what the HTTP endpoints send, and what the
/// workflow's own handlers (deadlines, escalation) will send. <paramref name="ExpectedVersion"/>
/// is the caller's If-Match, if any.
/// </summary>
public sealed record ExecuteReferralCommand(Guid ReferralId, IReferralCommand Command, long? ExpectedVersion = null);

public enum CommandResult { Done, NotFound, StaleVersion, Rejected, LostRace }

/// <summary>What came of a command: the updated case view, or why nothing was written.</summary>
public sealed record ReferralCommandOutcome(CommandResult Result, Referral? View, Rejection? Rejection = null);

/// <summary>
/// The one path every referral command takes, with Marten's aggregate workflow: fetch the stream
/// for writing, check the expected version, look up what the decider needs, decide, append,
/// save. The save checks the stream version again, so of two racing commands only one is written.
/// </summary>
public static class ReferralCommandHandler
{
    public static async Task<ReferralCommandOutcome> Handle(
        ExecuteReferralCommand message, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Referral>(message.ReferralId, ct);
        if (stream.Aggregate is not { } state) return new(CommandResult.NotFound, null);
        if (message.ExpectedVersion is { } expected && expected != stream.CurrentVersion)
            return new(CommandResult.StaleVersion, state);

        var (command, missing) = await ResolveReferencesAsync(message.Command, session, ct);
        if (missing is not null) return new(CommandResult.Rejected, state, missing);

        var decision = ReferralDecider.Decide(state, command, clock.GetUtcNow());
        if (decision.Rejection is { } rejection) return new(CommandResult.Rejected, state, rejection);

        stream.AppendMany(decision.Events);
        foreach (var rejected in decision.Events.OfType<ReferralRejected>().Where(r => r.DuplicateOf is not null))
            // The original shows its duplicates too, written in the same transaction.
            session.Events.Append(rejected.DuplicateOf!.Value, new DuplicateLinked(state.Id, state.Number, rejected.RejectedAt));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            return new(CommandResult.LostRace, state);
        }
        return new(CommandResult.Done, await session.LoadAsync<Referral>(message.ReferralId, ct));
    }

    /// <summary>The decider is pure: the other documents a command names are looked up here first.</summary>
    private static async Task<(IReferralCommand, Rejection?)> ResolveReferencesAsync(IReferralCommand command, IQuerySession session, CancellationToken ct)
    {
        switch (command)
        {
            case AssessReferral { DuplicateOf: { } originalId } assess:
                var original = await session.LoadAsync<Referral>(originalId, ct);
                if (original is null)
                    return (command, new Rejection(Problems.ValidationType, 400, Text.T("Rujukan asal tidak ditemukan", "Original referral not found"),
                        Text.T($"Rujukan asal {originalId} tidak ditemukan.", $"Original referral {originalId} not found."), "duplicateOf"));
                return (assess with
                {
                    DuplicateTarget = new DuplicateTarget(original.Id, original.Number, original.DeskAssessment?.Decision == DeskDecision.Duplicate),
                }, null);

            case AssignCoordinator { CoordinatorId: { } coordinatorId } assign:
                var coordinator = await session.LoadAsync<Coordinator>(coordinatorId, ct);
                if (coordinator is null)
                    return (command, new Rejection(Problems.NotFoundType, 404, Text.T("Tidak ditemukan", "Not found"),
                        Text.T($"Koordinator {coordinatorId} tidak ditemukan.", $"Coordinator {coordinatorId} not found.")));
                if (!coordinator.Active)
                    return (command, new Rejection(Problems.ValidationType, 400, Text.T("Koordinator tidak aktif", "Coordinator not active"),
                        Text.T($"Koordinator {coordinator.Name} tidak aktif.", $"Coordinator {coordinator.Name} is not active."), "coordinatorId"));
                return (assign with { Coordinator = new CoordinatorRef(coordinator.Id, coordinator.Name, coordinator.Phone, coordinator.KecamatanCode) }, null);

            default:
                return (command, null);
        }
    }
}
