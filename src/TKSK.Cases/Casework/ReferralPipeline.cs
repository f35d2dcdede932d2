using System.Text.Json;
using Marten;
using TKSK.Cases.Access;
using Wolverine;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Validation;
using TKSK.Cases.Infrastructure.Json;

namespace TKSK.Cases.Casework;

/// <summary>
/// The one path every change to a referral takes, whatever sent it (HTTP, a batch, automation, a queue, a
/// schedule, later a device): authorize (the command's role rule, then the referral's scope), validate, load,
/// decide, react (deadlines, routing, notices), append, publish. A new referral (intake) takes the same steps,
/// its scope checked on the case it would start. Wolverine's transaction middleware saves after the handler.
/// A refused command that nobody waits for (a queued or scheduled message) is logged and kept for operators
/// (<see cref="RefusedCommand"/>).
/// </summary>
/// <remarks>
/// Wolverine's aggregate handler workflow ([AggregateHandler], [WriteAggregate]) was tried first
/// (Wolverine 6.62, Marten 9.58): a missing stream runs the handler with null or skips it
/// silently, a nullable If-Match version is never checked, and a stale If-Match and a lost race
/// both surface as exceptions, where this API answers 404, 412 and refusals as data. This class
/// is the small generic path that keeps those answers; each use case keeps its own Decide.
/// </remarks>
public sealed class ReferralPipeline(
    IDocumentSession session, IMessageContext context, RequestValidators validators, IReferralReactions reactions, ILaterChecks later,
    TimeProvider clock, ILogger<ReferralPipeline> logger)
{
    /// <summary>Envelope header: the HTTP edge already authorized the sender's role and validated the request.</summary>
    public const string CheckedAtEdge = "tksk-checked-at-edge";

    /// <summary>
    /// A command on an existing referral. One replayed from a phone (<see cref="ReferralCommand.FromDevice"/>) is judged
    /// first against the case as the phone had it (<see cref="DeviceReplay"/>): sent before, it gets its receipt back; a
    /// decision that clashes with others' changes is recorded as a conflict instead of applied; a fact on a case that
    /// moved on is checked against the case as the phone had it, appended, and flagged.
    /// </summary>
    public async Task<ReferralCommandOutcome> RunAsync(ReferralCommand command, Func<Referral, DecisionContext, Decision> decide)
    {
        var rule = AllowedAttribute.For(command.GetType());
        if (!Edge && !rule.Allows(command.Actor)) return Forbidden(command, null);
        // No stream can have the empty id (Marten refuses it): such a referral does not exist.
        if (command.ReferralId == Guid.Empty) return new(CommandResult.NotFound, null);
        // The stream's row stays locked until the commit: a second command on this referral waits
        // and then decides on the state the first one left, instead of losing a race.
        var stream = await session.Events.FetchForExclusiveWriting<Referral>(command.ReferralId);
        if (stream.Aggregate is not { } state) return new(CommandResult.NotFound, null);
        var replay = command.FromDevice is { } origin ? await DeviceReplay.ReadAsync(session, command, origin, stream.CurrentVersion ?? state.Version, state) : null;
        if (replay?.Earlier is { } earlier) return new(CommandResult.Duplicate, state) { Receipt = earlier };
        // The case the sender decided on: the current one, or for a phone's command that met a changed case, the phone's.
        var judgedOn = replay?.JudgedOn ?? state;
        // Outside the sender's scope the referral does not exist for them (nothing leaks, not even its status).
        if (!command.Actor.Covers(judgedOn)) return new(CommandResult.NotFound, null);
        if (!Scope.MayWorkOn(command.Actor, judgedOn.Assignment?.CoordinatorId, rule)) return Forbidden(command, state);
        if (command.ExpectedVersion is { } expected && expected != stream.CurrentVersion) return new(CommandResult.StaleVersion, state);
        session.Stamp(command.Actor);
        replay?.Stamp(session);

        var at = DecisionContext.Live(clock.GetUtcNow());
        if (replay is { Judgement.Verdict: OfflineVerdict.Clash }) return await ConflictedAsync(command, replay, stream, state, at);
        var decision = await InvalidAsync(command) is { } invalid ? Decision.Reject(invalid)
            : command.Resolving is { } applied && OfflineReplay.CannotResolve(state, applied.ConflictId, ConflictChoice.Apply) is { } unresolvable ? Decision.Reject(unresolvable)
            : Decide(judgedOn, command, at, decide);
        if (decision.Rejection is { } rejection) return Refused(command, state, rejection, at.Now);

        // The workflow's policy completes the events (deadlines) and says what follows (routing, notices, checks).
        var reaction = reactions.After(state, Fold(state, decision.Events, command.Actor.Id), decision.Events, at);
        var appended = reaction.Events.ToList();
        if (command.Resolving is { } resolving)
            appended.Add(new OfflineConflictResolved(resolving.ConflictId, ConflictChoice.Apply, resolving.Note, resolving.ResolvedBy, at.Now));
        var flagged = replay is { Judgement.Verdict: OfflineVerdict.FactOnMovedCase } ? replay.Conflict(command, state, at.Now) : null;
        if (flagged is not null) appended.Add(flagged);
        stream.AppendMany(appended);
        foreach (var (referralId, @event) in decision.Elsewhere) session.Events.Append(referralId, @event);
        await PublishAsync(decision.Messages, reaction);
        // The case after the events, as the inline projection will store it: no second read.
        var after = Fold(state, appended, command.Actor.Id);
        // A fact kept on a moved case is told to whoever must look at it (the workflow's notices).
        if (flagged is not null) await PublishAsync([], reactions.After(state, after, [flagged], at));
        if (replay is null) return new(CommandResult.Done, after);
        var receipt = replay.Receipt(command, flagged is null ? SyncOutcome.Applied : SyncOutcome.AppliedWithConflict, after.Version, flagged?.ConflictId, at.Now);
        session.Store(receipt);
        return new(CommandResult.Done, after) { Receipt = receipt };
    }

    // A decision from a phone that others' changes contradict: nothing of it is applied; the conflict and the receipt are stored together.
    private async Task<ReferralCommandOutcome> ConflictedAsync(
        ReferralCommand command, DeviceReplay replay, JasperFx.Events.IEventStream<Referral> stream, Referral state, DecisionContext at)
    {
        var now = at.Now;
        var conflict = replay.Conflict(command, state, now);
        stream.AppendOne(conflict);
        var after = Fold(state, [conflict], command.Actor.Id);
        await PublishAsync([], reactions.After(state, after, [conflict], at));
        var receipt = replay.Receipt(command, SyncOutcome.Conflict, after.Version, conflict.ConflictId, now);
        session.Store(receipt);
        logger.LogInformation("Referral {ReferralId}: {Command} from device {Device} conflicts ({Reason})", command.ReferralId, command.GetType().Name, replay.Origin.DeviceId, conflict.Reason);
        return new(CommandResult.Conflicted, after) { Receipt = receipt };
    }

    /// <summary>
    /// A command that starts a referral (intake). The same steps; scope is checked on the case the first event
    /// would start (an agency reports only within its grant), and a refusal writes nothing. Several may run in
    /// one session (a batch), committed together.
    /// </summary>
    public async Task<ReferralCommandOutcome> StartAsync(ReferralCommand command, Func<DecisionContext, Decision> decide)
    {
        if (!Edge && !AllowedAttribute.For(command.GetType()).Allows(command.Actor)) return Forbidden(command, null);
        var at = DecisionContext.Live(clock.GetUtcNow());
        if (await InvalidAsync(command) is { } invalid) return Refused(command, null, invalid, at.Now);
        var decision = decide(at);
        if (decision.Rejection is { } rejection) return Refused(command, null, rejection, at.Now);
        var started = Fold(null, decision.Events, command.Actor.Id);
        if (!command.Actor.Covers(started)) return Forbidden(command, null);

        var reaction = reactions.After(null, started, decision.Events, at);
        session.Stamp(command.Actor);
        session.Events.StartStream<Referral>(command.ReferralId, reaction.Events);
        await PublishAsync(decision.Messages, reaction);
        return new(CommandResult.Done, Fold(null, reaction.Events, command.Actor.Id));
    }

    private bool Edge => context.Envelope?.Headers.ContainsKey(CheckedAtEdge) == true;

    // Enlisted in the outbox: sent only if the events commit, and never lost once they do.
    private async Task PublishAsync(IReadOnlyList<object> decided, Reaction reaction)
    {
        foreach (var message in decided.Concat(reaction.Messages)) await context.PublishAsync(message);
        later.Add(session, reaction.Scheduled);
    }

    /// <summary>
    /// The command's request rules, for a command that did not come through the HTTP edge (which validated its request
    /// already): read as its request, checked by the same validator, so a queued command obeys the rules of today.
    /// </summary>
    private async Task<Rejection?> InvalidAsync(ReferralCommand command)
    {
        if (Edge || command.RequestType is not { } requestType) return null;
        var request = JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(command, command.GetType(), ApiJson.Options), requestType, ApiJson.Options);
        return request is not null && await validators.ErrorsAsync(request) is { } errors ? Rejection.Invalid(errors) : null;
    }

    private static Referral Fold(Referral? state, IEnumerable<object> events, string actor)
    {
        var folded = state;
        foreach (var e in events) folded = ReferralEvolution.Evolve(folded, e, actor) with { Version = (folded?.Version ?? 0) + 1 };
        return folded!;
    }

    /// <summary>Pure: the status table first (<see cref="ReferralActions"/>), then the command's own rule.</summary>
    public static Decision Decide(Referral state, ReferralCommand command, DecisionContext at, Func<Referral, DecisionContext, Decision> rule) =>
        command.AnyStatus || ReferralActions.For(state.Status).Contains(command.Action) ? rule(state, at) : Decision.Reject(Rejection.InvalidTransition(state, command.Action));

    private ReferralCommandOutcome Forbidden(ReferralCommand command, Referral? state) => Refused(command, state,
        new Rejection(Rejection.ForbiddenCode, new Dictionary<string, string> { ["command"] = command.GetType().Name, ["actor"] = command.Actor.Id }), clock.GetUtcNow());

    private ReferralCommandOutcome Refused(ReferralCommand command, Referral? state, Rejection rejection, DateTimeOffset now)
    {
        var reason = ReferralProblems.Describe(rejection);
        // A caller that waits (HTTP) is told; a queued or scheduled command has nobody to tell.
        if (context.Envelope?.ReplyRequested is not null)
            logger.LogInformation("Referral {ReferralId}: {Command} refused ({Code}): {Reason}", command.ReferralId, command.GetType().Name, rejection.Code, reason);
        else
        {
            logger.LogWarning("Referral {ReferralId}: queued {Command} from {Actor} refused ({Code}): {Reason}",
                command.ReferralId, command.GetType().Name, command.Actor.Id, rejection.Code, reason);
            session.Store(RefusedCommand.Of(command, rejection, reason, command.Actor.Id, context.Envelope?.Id, now));
        }
        return new(rejection.Code == Rejection.ForbiddenCode ? CommandResult.Forbidden : CommandResult.Rejected, state, rejection);
    }
}
