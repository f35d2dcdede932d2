using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Coordinators;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Notifications;

public sealed record NotificationPage(IReadOnlyList<Notification> Items, int Unread, int Total, int Page, int PageSize);

public static class Inbox
{
    private const int PageSize = 25;

    /// <summary>A recipient's notifications, newest first, with how many are unread. Recipient: a coordinator id, kabupaten:35.78 or province:35.</summary>
    /// <remarks>
    /// A TKSK reads only their own inbox (their coordinator id); a supervisor `kabupaten:{code}` of their kabupaten/kota and the inboxes of
    /// its TKSK; a `jsc_operator` or `province_admin` also `province:{code}`, all within their region. Another inbox answers 403 and a
    /// missing `recipient` 400; agency keys get 403. Pages hold 25 (`page` from 1, within the first 10,000). Each notification has its
    /// `kind` (`assignment`, `reminder`, `deadline_missed`, `follow_up_overdue`, `escalation`, `unassigned`, `orphaned`), the referral's id
    /// and case number, a `text` in Bahasa Indonesia, a `link`, `createdAt` and `readAt` (ISO 8601).
    /// </remarks>
    [WolverineGet("/api/v1/notifications", OperationId = "ListNotifications"), Tags("Notifications")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<NotificationPage>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json"), ProducesResponseType<ProblemDetails>(403, "application/problem+json")]
    public static async Task<IResult> List(
        [Query("Whose notifications: a coordinator id, kabupaten:<code> (e.g. kabupaten:35.78) or province:<code>.")] string? recipient,
        [Query("Page number, from 1.", Carries = typeof(int))] string? page, IQuerySession session, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(recipient))
            return ProblemResults.Invalid("recipient", Text.T("Wajib diisi: id koordinator, kabupaten:<kode> atau province:<kode>.", "Required: a coordinator id, kabupaten:<code> or province:<code>."));
        if (QueryNumber.Read("page", page, out var asked) is { } notANumber) return notANumber;
        if (asked is < 1 or > int.MaxValue) return ProblemResults.Invalid("page", Text.T("Halaman dimulai dari 1.", "Pages start at 1."));
        if (!await MayReadAsync(http.Caller(), recipient, session))
            return ProblemResults.Forbidden(Text.T("Kotak masuk ini bukan milik Anda atau wilayah Anda.", "This inbox is not yours nor your region's."));
        var number = (int)(asked ?? 1);
        if (Paging.Offset(number, PageSize, ("Tandai yang sudah dibaca; yang lama tetap tersimpan.", "Mark what you have read; older ones stay stored."), out var skip) is { } tooDeep)
            return tooDeep;
        var query = session.Query<Notification>().Where(n => n.Recipient == recipient);
        var total = await query.CountAsync();
        var unread = await query.CountAsync(n => n.ReadAt == null);
        var items = await query.OrderByDescending(n => n.CreatedAt).Skip(skip).Take(PageSize).ToListAsync();
        return Results.Ok(new NotificationPage(items, unread, total, number, PageSize));
    }

    /// <summary>Mark a notification read.</summary>
    /// <remarks>
    /// For the people who may read the notification's inbox (see `ListNotifications`); a notification that does not exist or lies in an
    /// inbox the caller may not read answers 404. Marking it again keeps the first `readAt`. Answers 200 with the notification.
    /// </remarks>
    [WolverinePost("/api/v1/notifications/{id}/read", OperationId = "MarkNotificationRead"), Tags("Notifications")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<Notification>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> Read(string id, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        if (!Guid.TryParse(id, out var notificationId) || await session.LoadAsync<Notification>(notificationId) is not { } notification
            || !await MayReadAsync(http.Caller(), notification.Recipient, session))
            return ProblemResults.NotFound(Text.T($"Notifikasi{Echo.Id(id)} tidak ditemukan.", $"Notification{Echo.Id(id)} not found."));
        if (notification.ReadAt is null)
        {
            notification = notification with { ReadAt = clock.GetUtcNow() };
            session.Store(notification);
            await session.SaveChangesAsync();
        }
        return Results.Ok(notification);
    }

    /// <summary>A TKSK reads their own inbox; a supervisor their kabupaten's and its TKSK's; province staff everyone's in the province.</summary>
    private static async Task<bool> MayReadAsync(Actor actor, string recipient, IQuerySession session)
    {
        if (recipient.StartsWith("province:")) return actor.Role is Role.JscOperator or Role.ProvinceAdmin && Scope.InRegion(actor.Region, recipient["province:".Length..]);
        if (recipient.StartsWith("kabupaten:")) return actor.Role is Role.Supervisor or Role.JscOperator or Role.ProvinceAdmin && Scope.InRegion(actor.Region, recipient["kabupaten:".Length..]);
        if (!Guid.TryParse(recipient, out var coordinatorId)) return false;
        if (actor.Role == Role.Tksk) return actor.CoordinatorId == coordinatorId;
        return await session.LoadAsync<Coordinator>(coordinatorId) is { } coordinator && Scope.InRegion(actor.Region, coordinator.KecamatanCode);
    }
}
