using System.Text.Json;
using FluentValidation;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Sync;

/// <summary>What a phone sends when it has a connection again: its pending commands, in the order they were recorded.</summary>
/// <param name="DeviceId">The app's own id for this phone (1–100 visible ASCII characters), registered to the signed-in TKSK at the first sync.</param>
/// <param name="SentAt">The phone's clock when it sent (browsers cannot set the Date header): a skew over 5 minutes is flagged.</param>
/// <param name="AppVersion">The app's version, shown to admins with the device.</param>
public sealed record SyncRequest(string? DeviceId, DateTimeOffset? SentAt, IReadOnlyList<QueuedCommand?>? Commands, string? AppVersion);

/// <summary>One command recorded on the phone.</summary>
/// <param name="CommandId">Chosen by the phone (a UUID), once per command: the same id sent again is answered, never applied twice.</param>
/// <param name="Type">The command's operation id in the OpenAPI document (RecordVisit, AddNote, RecordFieldAssessment, AcceptAssignment, …).</param>
/// <param name="Payload">The body that operation takes; for a step or a follow-up, also its stepId or followUpId.</param>
/// <param name="BaseVersion">The case version (ETag) the phone had when it was recorded; null: no clash check.</param>
/// <param name="RecordedAt">The phone's clock when it was recorded: kept as a claim; the server orders events itself.</param>
/// <param name="RecordedBy">The user id who recorded it on the phone: a command recorded by another user is refused.</param>
public sealed record QueuedCommand(Guid? CommandId, Guid? ReferralId, string? Type, JsonElement Payload, long? BaseVersion, DateTimeOffset? RecordedAt, string? RecordedBy = null);

/// <param name="Outcome">applied, duplicate, applied_with_conflict, conflict or rejected.</param>
/// <param name="ReferralVersion">The case version after it (applied, applied_with_conflict, conflict).</param>
/// <param name="ConflictId">The conflict it waits in (conflict) or was flagged with (applied_with_conflict).</param>
/// <param name="Problem">Why it was rejected: the problem the API would have answered (RFC 9457).</param>
/// <param name="EarlierOutcome">For a duplicate: the outcome it had when first sent.</param>
public sealed record SyncResult(Guid CommandId, SyncOutcome Outcome, long? ReferralVersion = null, Guid? ConflictId = null,
    ProblemDetails? Problem = null, SyncOutcome? EarlierOutcome = null);

/// <summary>A supervisor's answer to one of this user's conflicts, told at the next sync of each device.</summary>
public sealed record ConflictOutcome(Guid ConflictId, Guid CommandId, Guid ReferralId, string Choice, string? Note, DateTimeOffset ResolvedAt);

/// <param name="ClockSkewed">The phone's clock is more than 5 minutes off the server's: its times were flagged.</param>
public sealed record SyncAnswer(IReadOnlyList<SyncResult> Results, DateTimeOffset ServerTime, bool ClockSkewed, IReadOnlyList<ConflictOutcome> Resolutions);

public sealed class SyncRequestValidator : AbstractValidator<SyncRequest>
{
    public SyncRequestValidator()
    {
        RuleFor(x => x.DeviceId).Required().Must(id => id is null || (id.Length is >= 1 and <= 100 && id.All(c => c is > ' ' and <= '~')))
            .WithMessage(_ => Text.T("1–100 karakter ASCII yang terlihat.", "1–100 visible ASCII characters."));
        RuleFor(x => x.SentAt).Required();
        RuleFor(x => x.AppVersion).OptionalText(100);
        RuleFor(x => x.Commands).Required().Must(c => c is null || c.Count <= SyncEndpoint.MaxCommands).WithMessage(_ => Text.T(
            $"Paling banyak {SyncEndpoint.MaxCommands} perintah per sinkronisasi; kirim sisanya berikutnya, tetap berurutan.",
            $"At most {SyncEndpoint.MaxCommands} commands a sync; send the rest next, still in order."));
        // The id is what each result is known by: without it a command cannot be answered.
        RuleForEach(x => x.Commands).Must(c => c?.CommandId is { } id && id != Guid.Empty).When(x => x.Commands is { Count: <= SyncEndpoint.MaxCommands })
            .WithMessage(_ => Text.T("Setiap perintah memerlukan commandId (UUID).", "Every command needs a commandId (UUID)."));
    }
}

public static class SyncEndpoint
{
    public const int MaxCommands = 1000;
    private const long MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>Send a phone's pending commands, in order: each is applied as if sent live, kept as a late fact, held as a conflict, or refused.</summary>
    /// <remarks>
    /// For the signed-in `tksk` (and `province_admin`). Answers 200 even when some commands are refused, with one result per command in
    /// order: `applied`; `duplicate` (that `commandId` was sent before by this user: nothing is written again, and the earlier result is
    /// returned with `earlierOutcome`); `applied_with_conflict` (a fact — visit, note, follow-up visit, step completed — on a case
    /// reassigned or closed since `baseVersion`: kept without reopening the case, and flagged in the conflict queue); `conflict` (a
    /// decision — field assessment, acceptance, decline, a step's start or cancellation, resolution, … — that others' changes since
    /// `baseVersion` contradict: not applied; an `OfflineChangeConflicted` event records ours, theirs and the base, and it waits for a
    /// supervisor); `rejected` with the `problem` the API would have answered (a 400 naming the field, 403, 404, 409). A refused command
    /// does not stop the ones after it. Each command runs through the same pipeline as the API, as the signed-in user; one whose
    /// `recordedBy` is another user is rejected (403). `type` is the operation id (`RecordVisit`, `AddNote`, …) and `payload` its body.
    /// The device is registered to the caller at its first sync; a device of another user answers 403 `device-of-another-user`, a revoked
    /// one 403 `device-revoked` with `action: "wipe"`. `sentAt` more than 5 minutes off the server's time sets `clockSkewed` on the
    /// answer, the device and the events written. `resolutions` tells the supervisors' answers to this user's conflicts since this
    /// device's previous sync. The whole body is refused (400) only without `deviceId`, `sentAt`, `commands`, a `commandId`, or with more
    /// than 1,000 commands; the body may be up to 4 MiB.
    /// </remarks>
    [WolverinePost("/api/v1/sync", OperationId = "Sync"), Tags("Offline sync")]
    [Allowed(Role.Tksk)]
    [RequestSizeLimit(MaxBodyBytes)]
    [ProducesResponseType<SyncAnswer>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(403, "application/problem+json")]
    public static async Task<IResult> Post(SyncRequest request, IMessageBus bus, IDocumentStore store, SyncOperations operations, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var now = clock.GetUtcNow();
        var commands = request.Commands!;
        await using var session = store.LightweightSession();
        session.Stamp(caller);
        var device = await session.LoadAsync<Device>(request.DeviceId!, ct);
        if (device is { RevokedAt: not null }) return Results.Problem(Device.Revoked(device));
        if (device is not null && device.UserId != caller.Id) return Results.Problem(Device.OfAnotherUser(device.Id));
        var skew = request.SentAt!.Value - now;
        var skewed = skew.Duration() > Device.SkewTolerated;
        var previousContact = device?.LastContact;
        session.Store((device ?? new Device(request.DeviceId!, caller.Id, caller.Name, caller.CoordinatorId, now, now, 0, null, 0, false)) with
        {
            LastContact = now, PendingReported = commands.Count, AppVersion = request.AppVersion ?? device?.AppVersion,
            ClockSkewSeconds = Math.Round(skew.TotalSeconds, 1), ClockSkewed = skewed,
        });
        await session.SaveChangesAsync(ct);

        var answered = (await session.LoadManyAsync<SyncReceipt>(ct, commands.Select(c => SyncReceipt.IdOf(caller.Id, c!.CommandId!.Value)).Distinct()))
            .ToDictionary(r => r.CommandId);
        var results = new List<SyncResult>(commands.Count);
        foreach (var queued in commands)
        {
            var commandId = queued!.CommandId!.Value;
            if (answered.TryGetValue(commandId, out var earlier))
            {
                results.Add(new(commandId, SyncOutcome.Duplicate, earlier.ReferralVersion, earlier.ConflictId, earlier.Problem, earlier.Outcome));
                continue;
            }
            // The phone keeps each user's queue apart: another user's command is theirs to send, signed in as themselves.
            if (queued.RecordedBy is { } by && by != caller.Id)
            {
                results.Add(new(commandId, SyncOutcome.Rejected, Problem: RecordedByAnother()));
                continue;
            }
            var receipt = await ReplayAsync(queued, caller, request.DeviceId!, skewed, bus, operations, now, ct);
            // A command that wrote something keeps its receipt with its events; a refusal's is kept here.
            if (receipt.Outcome == SyncOutcome.Rejected) session.Store(receipt);
            answered[commandId] = receipt;
            results.Add(new(commandId, receipt.Outcome, receipt.ReferralVersion, receipt.ConflictId, receipt.Problem));
        }
        await session.SaveChangesAsync(ct);
        var resolutions = await ConflictQueue.ResolvedForAsync(session, caller.Id, previousContact, ct);
        return Results.Ok(new SyncAnswer(results, now, skewed, resolutions));
    }

    private static async Task<SyncReceipt> ReplayAsync(
        QueuedCommand queued, Actor caller, string deviceId, bool skewed, IMessageBus bus, SyncOperations operations, DateTimeOffset now, CancellationToken ct)
    {
        var commandId = queued.CommandId!.Value;
        var referralId = queued.ReferralId ?? Guid.Empty;
        SyncReceipt Rejected(ProblemDetails problem) =>
            new(SyncReceipt.IdOf(caller.Id, commandId), caller.Id, commandId, referralId, deviceId, SyncOutcome.Rejected, null, null, SyncReceipt.Storable(problem), now);

        if (Shape(queued) is { } errors) return Rejected(ProblemResults.Validation(errors));
        var (command, problem) = await operations.ReadAsync(queued.Type!, referralId, queued.Payload);
        if (problem is not null) return Rejected(problem);
        var origin = new OfflineOrigin(commandId, deviceId, queued.Type!, queued.Payload.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? "{}" : queued.Payload.GetRawText(), queued.BaseVersion, queued.RecordedAt!.Value, skewed);
        ReferralCommandOutcome outcome;
        try
        {
            outcome = await bus.InvokeAsync<ReferralCommandOutcome>(command! with { Actor = caller, FromDevice = origin }, ct);
        }
        catch (ConcurrencyException)
        {
            return Rejected(new ProblemDetails
            {
                Type = ProblemTypes.ConcurrentChange, Status = 409,
                Title = Text.T("Rujukan baru saja diubah oleh orang lain", "The referral was just changed by someone else"),
                Detail = Text.T("Kirim ulang perintah ini pada sinkronisasi berikutnya.", "Send this command again with the next sync."),
            });
        }
        return outcome switch
        {
            { Receipt: { } receipt } => receipt,
            { Result: CommandResult.Rejected, Rejection: { } rejection } => Rejected(ReferralProblems.For(rejection, outcome.View)),
            { Result: CommandResult.Forbidden } => Rejected(Standard(403, Text.T("Anda tidak berwenang melakukan tindakan ini pada rujukan ini.", "You may not take this action on this referral."))),
            _ => Rejected(Standard(404, Text.T($"Rujukan {referralId} tidak ditemukan.", $"Referral {referralId} not found."))),
        };
    }

    // What each command needs besides its payload; missing, that command alone is refused.
    private static Dictionary<string, string[]>? Shape(QueuedCommand c)
    {
        var errors = new Dictionary<string, string[]>();
        if (c.ReferralId is not { } id || id == Guid.Empty) errors["referralId"] = [Text.T("Wajib diisi: id rujukan (UUID).", "Required: the referral's id (UUID).")];
        if (string.IsNullOrWhiteSpace(c.Type)) errors["type"] = [Text.T("Wajib diisi: id operasi (mis. RecordVisit).", "Required: the operation id (e.g. RecordVisit).")];
        if (c.RecordedAt is null) errors["recordedAt"] = [Text.T("Wajib diisi: waktu perintah dicatat di perangkat.", "Required: when the command was recorded on the device.")];
        if (c.BaseVersion is < 1) errors["baseVersion"] = [Text.T("Versi kasus mulai dari 1 (atau null).", "Case versions start at 1 (or null).")];
        return errors.Count > 0 ? errors : null;
    }

    private static ProblemDetails RecordedByAnother() => new()
    {
        Type = ProblemTypes.Forbidden, Status = 403,
        Title = Text.T("Perintah dicatat oleh pengguna lain", "Command recorded by another user"),
        Detail = Text.T("Perintah ini dicatat oleh pengguna lain di perangkat ini; ia harus masuk sendiri untuk mengirimnya.",
                        "This command was recorded by another user on this device; they must sign in to send it."),
    };

    private static ProblemDetails Standard(int status, string detail)
    {
        var (type, id, en) = ProblemTypes.ForStatus(status)!.Value;
        return new ProblemDetails { Type = type, Status = status, Title = Text.T(id, en), Detail = detail };
    }
}
