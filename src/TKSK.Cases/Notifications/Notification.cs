using Marten;
using Wolverine;

namespace TKSK.Cases.Notifications;

/// <summary>
/// Something a person must know about a case: stored in the recipient's inbox, and sent to an
/// outside gateway (WhatsApp, SMS) when one is configured. The text is Bahasa Indonesia and names
/// the case number, the kecamatan and what to do — never the subject's name, NIK, health or family.
/// </summary>
/// <param name="Recipient">A coordinator's id, "kabupaten:35.78" (its Dinas Sosial) or "province:35" (JSC and the province).</param>
/// <param name="Kind">assignment, reminder, deadline_missed, escalation, unassigned, orphaned, follow_up_overdue, offline-conflict.</param>
public sealed record Notification(
    Guid Id, string Recipient, string Kind, Guid ReferralId, string Number, string Text, string Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt = null);

/// <summary>Create a notification. Its id is derived from what caused it, so a repeated cause (a duplicate delivery) notifies once.</summary>
public sealed record Notify(Guid Id, string Recipient, string Kind, Guid ReferralId, string Number, string Text);

public static class Recipients
{
    public static string Coordinator(Guid id) => id.ToString();
    public static string Kabupaten(string code) => $"kabupaten:{code}";
    public static string Province(string code) => $"province:{code}";
}

public static class NotifyHandler
{
    public static async Task Handle(Notify notify, IDocumentSession session, IMessageContext messages, NotificationChannels channels, TimeProvider clock)
    {
        if (await session.LoadAsync<Notification>(notify.Id) is not null) return;
        session.Store(new Notification(notify.Id, notify.Recipient, notify.Kind, notify.ReferralId, notify.Number, notify.Text,
            $"/api/v1/referrals/{notify.ReferralId}", clock.GetUtcNow()));
        // Committed with the notification (outbox): the gateway delivery cannot be lost, nor sent without it.
        if (channels.WebhookConfigured) await messages.PublishAsync(new DeliverNotification(notify.Id));
    }

    public static void Configure(StoreOptions opts) => opts.Schema.For<Notification>().Index(n => n.Recipient).Index(n => n.CreatedAt);
}
