using Marten;
using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure;
using Wolverine;

namespace TKSK.Cases.Referrals;

public enum CommandResult { Done, NotFound, StaleVersion, Rejected, Forbidden }

/// <summary>What came of a command: the case view after it, or why nothing was written (with the case as it stands).</summary>
public sealed record ReferralCommandOutcome(CommandResult Result, Referral? View, Rejection? Rejection = null);

/// <summary>
/// The one path every referral command takes, whatever sent it: fetch the stream for exclusive
/// writing, check the expected version, validate, check the status table, let the command's own
/// Decide rule, append. Wolverine's transaction middleware saves after the handler. A refused
/// command that nobody waits for (a queued or scheduled message) is logged and kept for
/// operators (<see cref="RefusedCommand"/>).
/// </summary>
/// <remarks>
/// Wolverine's aggregate handler workflow ([AggregateHandler], [WriteAggregate]) was tried first
/// (Wolverine 6.62, Marten 9.58): a missing stream runs the handler with null or skips it
/// silently, a nullable If-Match version is never checked, and a stale If-Match and a lost race
/// both surface as exceptions, where this API answers 404, 412 and refusals as data. This class
/// is the small generic path that keeps those answers; each use case keeps its own Decide.
/// </remarks>
public sealed class ReferralWorkflow(
    IDocumentSession session, IMessageContext context, RequestValidators validators, IReferralReactions reactions,
    TimeProvider clock, ILogger<ReferralWorkflow> logger)
{
    public async Task<ReferralCommandOutcome> RunAsync(ReferralCommand command, Func<Referral, DateTimeOffset, Decision> decide)
    {
        // No stream can have the empty id (Marten refuses it): such a referral does not exist.
        if (command.ReferralId == Guid.Empty) return new(CommandResult.NotFound, null);
        // The stream's row stays locked until the commit: a second command on this referral waits
        // and then decides on the state the first one left, instead of losing a race.
        var stream = await session.Events.FetchForExclusiveWriting<Referral>(command.ReferralId);
        // Outside the sender's scope the referral does not exist for them (nothing leaks, not even its status).
        if (stream.Aggregate is not { } state || !command.Actor.Covers(state))
            return new(CommandResult.NotFound, null);
        if (!AccessRules.For(command.Operation).Allows(command.Actor) || !Scope.MayWorkOn(command.Actor, state.Assignment?.CoordinatorId, command.Operation))
            return Refused(command, state, "forbidden", CommandResult.Forbidden);
        if (command.ExpectedVersion is { } expected && expected != stream.CurrentVersion) return new(CommandResult.StaleVersion, state);
        session.Stamp(command.Actor);

        var now = clock.GetUtcNow();
        // The request's validator runs for every origin: HTTP validates before sending too, but a
        // command made by a handler or stored in a queue is checked by the same rules here.
        var decision = await validators.ErrorsAsync(command.AsRequest()) is { } errors
            ? Decision.Reject(Rejection.Invalid(errors))
            : Decide(state, command, now, decide);
        if (decision.Rejection is { } rejection)
        {
            Refused(command, rejection, now);
            return new(CommandResult.Rejected, state, rejection);
        }

        // The workflow's policy completes the events (deadlines) and says what follows (routing, notices, checks).
        var reaction = reactions.After(state, Fold(state, decision.Events, command.Actor.Id), decision.Events, now);
        stream.AppendMany(reaction.Events);
        foreach (var (referralId, @event) in decision.Elsewhere) session.Events.Append(referralId, @event);
        // Enlisted in the outbox: sent only if the events commit, and never lost once they do.
        foreach (var message in decision.Messages.Concat(reaction.Messages)) await context.PublishAsync(message);
        foreach (var (message, at) in reaction.Scheduled) await context.ScheduleAsync(message, at);
        // The case view after the events, as the inline projection will store it: no second read.
        return new(CommandResult.Done, Fold(state, reaction.Events, command.Actor.Id));
    }

    private static Referral Fold(Referral state, IEnumerable<object> events, string actor) =>
        events.Aggregate(state, (s, e) => ReferralEvolution.Evolve(s, e, actor) with { Version = s.Version + 1 });

    /// <summary>Pure: the status table first (<see cref="ReferralActions"/>), then the command's own rule.</summary>
    public static Decision Decide(Referral state, ReferralCommand command, DateTimeOffset now, Func<Referral, DateTimeOffset, Decision> rule) =>
        command.AnyStatus || state.AllowedActions.Contains(command.Action) ? rule(state, now) : Decision.Reject(Rejection.InvalidTransition(state, command.Action));

    private ReferralCommandOutcome Refused(ReferralCommand command, Referral state, string code, CommandResult result)
    {
        Refused(command, new Rejection(code, new Dictionary<string, string> { ["operation"] = command.Operation, ["actor"] = command.Actor.Id }), clock.GetUtcNow());
        return new(result, state);
    }

    private void Refused(ReferralCommand command, Rejection rejection, DateTimeOffset now)
    {
        var reason = ReferralProblems.Describe(rejection);
        // A caller that waits (HTTP) is told; a queued or scheduled command has nobody to tell.
        if (context.Envelope?.ReplyRequested is not null)
        {
            logger.LogInformation("Referral {ReferralId}: {Command} refused ({Code}): {Reason}", command.ReferralId, command.GetType().Name, rejection.Code, reason);
            return;
        }
        logger.LogWarning("Referral {ReferralId}: queued {Command} from {Actor} refused ({Code}): {Reason}",
            command.ReferralId, command.GetType().Name, command.Actor.Id, rejection.Code, reason);
        session.Store(RefusedCommand.Of(command, rejection, reason, command.Actor.Id, context.Envelope?.Id, now));
    }
}
