using FluentValidation;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.OpenApi;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Sync;

/// <summary>
/// One entry of the conflict queue, kept from the referral's events (<see cref="OfflineChangeConflicted"/>,
/// <see cref="OfflineConflictResolved"/>) in the same transaction: ours (the operation and body the phone sent, and who),
/// theirs (what others stored since the phone's base version), the base, and the supervisor's answer once given.
/// </summary>
public sealed record OfflineConflict
{
    public Guid Id { get; init; }
    public Guid ReferralId { get; init; }
    public string Number { get; init; } = "";
    public string KecamatanCode { get; init; } = "";
    /// <summary>open or resolved.</summary>
    public string Status { get; init; } = Open;
    /// <summary>A fact kept on a case that moved on (flagged to look at), or a decision held back (to apply or discard).</summary>
    public bool FactKept { get; init; }
    /// <summary>reassigned, closed or decided_meanwhile.</summary>
    public string Reason { get; init; } = "";
    public Guid CommandId { get; init; }
    public string DeviceId { get; init; } = "";
    public string Operation { get; init; } = "";
    /// <summary>The body as the phone sent it (JSON); null once the subject's personal data was erased.</summary>
    public string? Payload { get; init; }
    public long BaseVersion { get; init; }
    public ReferralStatus BaseStatus { get; init; }
    public Guid? BaseCoordinatorId { get; init; }
    public IReadOnlyList<TheirChange> Theirs { get; init; } = [];
    public string ById { get; init; } = "";
    public string ByName { get; init; } = "";
    public string? ByRegion { get; init; }
    public Guid? ByCoordinatorId { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public bool ClockSkewed { get; init; }
    public DateTimeOffset DetectedAt { get; init; }
    public string? Choice { get; init; }
    public string? Note { get; init; }
    public string? ResolvedBy { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }

    public const string Open = "open", Resolved = "resolved";
}

public sealed class OfflineConflictProjection : MultiStreamProjection<OfflineConflict, Guid>
{
    public OfflineConflictProjection()
    {
        Identity<OfflineChangeConflicted>(e => e.ConflictId);
        Identity<OfflineConflictResolved>(e => e.ConflictId);
    }

    public override OfflineConflict? Evolve(OfflineConflict? snapshot, Guid id, IEvent e) => e.Data switch
    {
        OfflineChangeConflicted c => new OfflineConflict
        {
            Id = c.ConflictId, ReferralId = e.StreamId, Number = c.Number, KecamatanCode = c.KecamatanCode, FactKept = c.FactKept, Reason = c.Reason,
            CommandId = c.CommandId, DeviceId = c.DeviceId, Operation = c.Operation, Payload = c.Payload, BaseVersion = c.BaseVersion,
            BaseStatus = c.BaseStatus, BaseCoordinatorId = c.BaseCoordinatorId, Theirs = c.Theirs, ById = c.ById, ByName = c.ByName,
            ByRegion = c.ByRegion, ByCoordinatorId = c.ByCoordinatorId, RecordedAt = c.RecordedAt, ClockSkewed = c.ClockSkewed, DetectedAt = c.DetectedAt,
        },
        OfflineConflictResolved r when snapshot is not null => snapshot with
        {
            Status = OfflineConflict.Resolved, Choice = r.Choice, Note = r.Note, ResolvedBy = r.ResolvedBy, ResolvedAt = r.ResolvedAt,
        },
        _ => snapshot,
    };
}

/// <param name="Choice">apply: the command goes through the pipeline now, as the TKSK who sent it (a kept fact: marked as seen); discard: it is not applied.</param>
public sealed record ConflictResolutionRequest(string? Choice, string? Note);

public sealed class ConflictResolutionValidator : AbstractValidator<ConflictResolutionRequest>
{
    public ConflictResolutionValidator()
    {
        RuleFor(x => x.Choice).Required().Must(c => c is null or ConflictChoice.Apply or ConflictChoice.Discard)
            .WithMessage(_ => Text.T("Pilihan: apply, discard.", "Allowed: apply, discard."));
        RuleFor(x => x.Note).OptionalText();
    }
}

/// <summary>A supervisor's answer to a conflict that applies nothing: discarded, or a kept fact marked as seen. Recorded on the case.</summary>
[Allowed(Role.Supervisor)]
public sealed record ResolveOfflineConflict(Guid ReferralId, Guid ConflictId, string Choice, string? Note) : ReferralCommand(ReferralId)
{
    public override string Action => "conflict-resolution";
    // A conflict is answered whatever became of the case since.
    public override bool AnyStatus => true;
}

public static class ResolveOfflineConflictHandler
{
    public static Decision Decide(Referral referral, ResolveOfflineConflict command, string by, DecisionContext at) =>
        OfflineReplay.CannotResolve(referral, command.ConflictId, command.Choice) is { } refused ? Decision.Reject(refused)
            : Decision.Accept(new OfflineConflictResolved(command.ConflictId, command.Choice, command.Note?.Trim(), by, at.Now));

    public static Task<ReferralCommandOutcome> Handle(ResolveOfflineConflict command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, command.Actor.Id, at));
}

public static class ConflictQueue
{
    /// <summary>The conflict queue: commands from phones that met a case which moved on, open or resolved, oldest first.</summary>
    /// <remarks>
    /// For a `supervisor` (their kabupaten/kota) and the `province_admin`. `kabupaten` (a code such as `35.78`, default: the caller's
    /// whole region) outside the caller's region answers 403; `status` is `open` (default) or `resolved`. At most 500. Each conflict has
    /// its `id`, the referral (`referralId`, `number`, `kecamatanCode`), `factKept` (true: a fact kept on a case reassigned or closed
    /// meanwhile, to look at; false: a decision held back, to apply or discard), `reason` (`reassigned`, `closed`, `decided_meanwhile`),
    /// ours (`operation`, `payload` as sent, `commandId`, `deviceId`, `byId`, `byName`, `recordedAt` by the phone's clock, `clockSkewed`),
    /// the base (`baseVersion`, `baseStatus`, `baseCoordinatorId`), theirs (`theirs`: version, event type, who, when) and, once resolved,
    /// `choice`, `note`, `resolvedBy`, `resolvedAt`. The payload may hold personal data and is erased with the subject's.
    /// </remarks>
    [WolverineGet("/api/v1/conflicts", OperationId = "ListConflicts"), Tags("Offline sync")]
    [Allowed(Role.Supervisor)]
    [ProducesResponseType<IReadOnlyList<OfflineConflict>>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(403, "application/problem+json")]
    public static async Task<IResult> List(
        [Query("A kabupaten/kota code (35.78); default: the caller's whole region.")] string? kabupaten,
        [Query("open (default) or resolved.")] string? status, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        status ??= OfflineConflict.Open;
        if (status is not (OfflineConflict.Open or OfflineConflict.Resolved))
            return ProblemResults.Invalid("status", Text.T("Pilihan: open, resolved.", "Allowed: open, resolved."));
        var region = kabupaten ?? caller.Region;
        if (kabupaten is not null && !Scope.InRegion(caller.Region, kabupaten))
            return ProblemResults.Forbidden(Text.T($"Kabupaten{Echo.Code(kabupaten)} di luar wilayah Anda.", $"Kabupaten{Echo.Code(kabupaten)} lies outside your region."));
        IQueryable<OfflineConflict> query = session.Query<OfflineConflict>().Where(c => c.Status == status);
        if (region is not null)
        {
            var below = region + ".";
            query = query.Where(c => c.KecamatanCode == region || c.KecamatanCode.StartsWith(below));
        }
        return Results.Ok(await query.OrderBy(c => c.DetectedAt).Take(500).ToListAsync(ct));
    }

    /// <summary>Resolve a conflict: apply (through the pipeline, as the TKSK who sent it) or discard, with a note; recorded either way.</summary>
    /// <remarks>
    /// For a `supervisor` of the conflict's kabupaten/kota and the `province_admin`; a conflict that does not exist or lies outside the
    /// caller's region answers 404. `choice` `apply` sends the held-back command through the same pipeline as the API, as the TKSK who
    /// recorded it, on the case as it is now: if the case no longer allows it (another TKSK has it, its status forbids it) the answer is
    /// that problem (403, 409) and the conflict stays open. For a kept fact, `apply` marks it as seen (it was applied already) and
    /// `discard` is a 400 (a fact from the field stays). `discard` records the choice and applies nothing. A conflict already resolved
    /// answers 409 `conflict-resolved`. Answers 200 with the conflict as resolved; an `OfflineConflictResolved` event on the case records
    /// who chose what. The TKSK is told at their next sync.
    /// </remarks>
    [WolverinePost("/api/v1/conflicts/{id}/resolution", OperationId = "ResolveConflict"), Tags("Offline sync")]
    [Allowed(Role.Supervisor)]
    [ProducesResponseType<OfflineConflict>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(403, "application/problem+json"), ProducesResponseType<ProblemDetails>(404, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(409, "application/problem+json")]
    public static async Task<IResult> Resolve(
        Guid id, ConflictResolutionRequest request, IMessageBus bus, IDocumentStore store, SyncOperations operations, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        await using var query = store.QuerySession();
        if (await query.LoadAsync<OfflineConflict>(id, ct) is not { } conflict || !Scope.InRegion(caller.Region, conflict.KecamatanCode))
            return ProblemResults.NotFound(Text.T($"Konflik {id} tidak ditemukan.", $"Conflict {id} not found."));
        var choice = request.Choice!;
        ReferralCommand command;
        if (choice == ConflictChoice.Apply && !conflict.FactKept)
        {
            var (ours, problem) = await operations.ReadAsync(conflict.Operation, conflict.ReferralId, Payload(conflict));
            if (ours is null) return Results.Problem(problem ?? new ProblemDetails { Status = 409 });
            var tksk = new Actor(conflict.ById, conflict.ByName, Role.Tksk, conflict.ByRegion, conflict.ByCoordinatorId);
            command = ours with { Actor = tksk, Resolving = new ConflictApplied(id, request.Note?.Trim(), caller.Id) };
        }
        else command = new ResolveOfflineConflict(conflict.ReferralId, id, choice, request.Note) { Actor = caller };

        var outcome = await bus.InvokeAsync<ReferralCommandOutcome>(command, ct);
        switch (outcome)
        {
            case { Result: CommandResult.Rejected, Rejection: { } rejection }:
                return Results.Problem(ReferralProblems.For(rejection, outcome.View));
            case { Result: CommandResult.Forbidden }:
                return ProblemResults.Forbidden(Text.T($"{conflict.ByName} tidak lagi dapat melakukan {conflict.Operation} pada rujukan ini.",
                    $"{conflict.ByName} may no longer do {conflict.Operation} on this referral."));
            case { Result: CommandResult.Done }:
                await using (var read = store.QuerySession())
                    return Results.Ok(await read.LoadAsync<OfflineConflict>(id, ct));
            default:
                return ProblemResults.NotFound(Text.T($"Konflik {id} tidak ditemukan.", $"Conflict {id} not found."));
        }
    }

    // Erased with the subject's personal data: nothing left to apply, which its validator then says.
    private static System.Text.Json.JsonElement Payload(OfflineConflict conflict) =>
        System.Text.Json.JsonDocument.Parse(conflict.Payload ?? "{}").RootElement;

    /// <summary>This user's conflicts resolved since <paramref name="since"/> (all, for a device's first sync): told to the phone.</summary>
    public static async Task<IReadOnlyList<ConflictOutcome>> ResolvedForAsync(IQuerySession session, string userId, DateTimeOffset? since, CancellationToken ct)
    {
        var query = session.Query<OfflineConflict>().Where(c => c.ById == userId && c.Status == OfflineConflict.Resolved);
        if (since is { } after) query = query.Where(c => c.ResolvedAt > after);
        var resolved = await query.OrderBy(c => c.ResolvedAt).Take(500).ToListAsync(ct);
        return [.. resolved.Select(c => new ConflictOutcome(c.Id, c.CommandId, c.ReferralId, c.Choice!, c.Note, c.ResolvedAt!.Value))];
    }
}
