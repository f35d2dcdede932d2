using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.OpenApi;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Sync;

/// <summary>
/// A phone a TKSK syncs from, registered to them at its first sync: when it was last heard from, how many commands it
/// said were pending, its app version and how far its clock was off. A lost or stolen phone is revoked: its next sync
/// is refused with the problem the app reads as "wipe what you hold".
/// </summary>
/// <param name="ClockSkewSeconds">The phone's clock minus the server's at its last sync (sentAt against the server's time).</param>
public sealed record Device(
    string Id, string UserId, string UserName, Guid? CoordinatorId, DateTimeOffset FirstContact, DateTimeOffset LastContact,
    int PendingReported, string? AppVersion, double ClockSkewSeconds, bool ClockSkewed,
    DateTimeOffset? RevokedAt = null, string? RevokedBy = null, string? RevokeReason = null)
{
    /// <summary>Beyond this the phone's clock is flagged: its recorded times are claims to read with care.</summary>
    public static readonly TimeSpan SkewTolerated = TimeSpan.FromMinutes(5);

    public const string RevokedProblem = "device-revoked", OtherUsersProblem = "device-of-another-user";

    public static ProblemDetails Revoked(Device device) => new()
    {
        Type = ProblemTypes.Of(RevokedProblem), Status = 403,
        Title = Text.T("Perangkat dicabut: hapus data di perangkat ini", "Device revoked: wipe the data on this device"),
        Detail = Text.T($"Perangkat {device.Id} dicabut pada {device.RevokedAt:O}. Hapus semua data kasus dan antrean di perangkat ini.",
                        $"Device {device.Id} was revoked at {device.RevokedAt:O}. Delete every case and queued command held on this device."),
        Extensions = { ["action"] = "wipe" },
    };

    public static ProblemDetails OfAnotherUser(string id) => new()
    {
        Type = ProblemTypes.Of(OtherUsersProblem), Status = 403,
        Title = Text.T("Perangkat terdaftar atas nama pengguna lain", "Device registered to another user"),
        Detail = Text.T($"Perangkat {id} terdaftar untuk TKSK lain. Masuk sebagai pemiliknya, atau minta admin mencabutnya.",
                        $"Device {id} is registered to another TKSK. Sign in as its owner, or ask an admin to revoke it."),
    };
}

public sealed record RevokeDeviceRequest(string? Reason);

public sealed class RevokeDeviceValidator : AbstractValidator<RevokeDeviceRequest>
{
    public RevokeDeviceValidator() => RuleFor(x => x.Reason).Reason();
}

public static class DeviceEndpoints
{
    /// <summary>The phones TKSK sync from: owner, last contact, pending commands reported, app version, clock skew, revocation.</summary>
    /// <remarks>
    /// Province admin only. Newest contact first, at most 500; `user` keeps only one user's devices. Each device has its `id` (chosen by
    /// the app), `userId` and `userName`, `firstContact` and `lastContact` (ISO 8601), `pendingReported` (the commands its last sync
    /// carried), `appVersion`, `clockSkewSeconds` (its clock minus the server's) with `clockSkewed` beyond 5 minutes, and `revokedAt`,
    /// `revokedBy`, `revokeReason` once revoked.
    /// </remarks>
    [WolverineGet("/api/v1/devices", OperationId = "ListDevices"), Tags("Offline sync")]
    [Allowed]
    [ProducesResponseType<IReadOnlyList<Device>>(200)]
    public static async Task<IResult> List([Query("Only this user's devices (their user id).")] string? user, IQuerySession session, CancellationToken ct)
    {
        IQueryable<Device> query = session.Query<Device>();
        if (user is not null) query = query.Where(d => d.UserId == user);
        return Results.Ok(await query.OrderByDescending(d => d.LastContact).Take(500).ToListAsync(ct));
    }

    /// <summary>Revoke a device (reason required): its next sync is refused with `device-revoked`, which the app reads as "wipe".</summary>
    /// <remarks>
    /// Province admin only. From then on every sync from this device answers 403 with problem type `…:device-revoked` and `action`
    /// `wipe`, whoever signs in on it; nothing it still holds is applied. An unknown device answers 404; one already revoked 409. Answers
    /// 200 with the device.
    /// </remarks>
    [WolverinePost("/api/v1/devices/{id}/revocation", OperationId = "RevokeDevice"), Tags("Offline sync")]
    [Allowed]
    [ProducesResponseType<Device>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(409, "application/problem+json")]
    public static async Task<IResult> Revoke(string id, RevokeDeviceRequest request, IDocumentStore store, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<Device>(id, ct) is not { } device)
            return ProblemResults.NotFound(Text.T($"Perangkat{Echo.Id(id)} tidak ditemukan.", $"Device{Echo.Id(id)} not found."));
        if (device.RevokedAt is not null)
            return Results.Problem(new ProblemDetails
            {
                Type = ProblemTypes.Of(Device.RevokedProblem), Status = 409,
                Title = Text.T("Perangkat sudah dicabut", "Device already revoked"),
                Detail = Text.T($"Perangkat ini dicabut pada {device.RevokedAt:O}.", $"This device was revoked at {device.RevokedAt:O}."),
            });
        var revoked = device with { RevokedAt = clock.GetUtcNow(), RevokedBy = http.Caller().Id, RevokeReason = request.Reason!.Trim() };
        session.Store(revoked);
        await session.SaveChangesAsync(ct);
        return Results.Ok(revoked);
    }
}
