using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Categories;
using TKSK.Cases.Feed;
using TKSK.Cases.Regions;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Idempotency;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Webhooks;

/// <param name="Url">Where to POST each event: outside Development https only, and not a loopback, private or link-local address.</param>
/// <param name="EventTypes">Integration event types to receive, e.g. referral.received.v1 (see GET /api/v1/feed).</param>
/// <param name="Region">A region code inside the API key's grant (e.g. 35.78.01); absent: the whole grant.</param>
/// <param name="Categories">PPKS category codes within the grant; absent or empty: all it grants.</param>
public sealed record CreateSubscriptionRequest(string? Url, IReadOnlyList<string>? EventTypes, string? Region, IReadOnlyList<string>? Categories);

public sealed class CreateSubscriptionValidator : AbstractValidator<CreateSubscriptionRequest>
{
    public CreateSubscriptionValidator(RegionCatalog regions, IHostEnvironment environment)
    {
        RuleFor(x => x.Url).NotEmpty().WithMessage(_ => Text.T("Wajib diisi: alamat http(s) penerima.", "Required: the receiver's http(s) address."))
            .MaximumLength(2000).WithMessage(_ => Text.T("Paling panjang 2.000 karakter.", "At most 2,000 characters."))
            .MustAsync(async (url, ct) => url is null || url.Length > 2000 || await WebhookTargets.RefusalAsync(url, environment.IsDevelopment(), ct) is null)
            .WithMessage(x => Text.T("Alamat harus lengkap, tanpa nama pengguna, dan (di luar Development) https, bukan alamat loopback, privat atau link-local.",
                "Must be a complete address without a user name and (outside Development) https, not a loopback, private or link-local address."));
        RuleFor(x => x.EventTypes).NotEmpty().WithMessage(_ => Text.T("Pilih paling sedikit satu jenis peristiwa.", "Choose at least one event type."));
        RuleFor(x => x.EventTypes).EachOnce(PublicEvents.Types.Count);
        RuleForEach(x => x.EventTypes).Must(t => PublicEvents.Types.Contains(t)).When(x => x.EventTypes is null || x.EventTypes.Count <= PublicEvents.Types.Count)
            .WithMessage(_ => Text.T($"Jenis tidak dikenal. Pilihan: {string.Join(", ", PublicEvents.Types)}.", $"Unknown type. Allowed: {string.Join(", ", PublicEvents.Types)}."));
        RuleFor(x => x.Region).Must(code => regions.Find(code) is not null).When(x => x.Region is not null)
            .WithMessage(x => Text.T($"Kode wilayah{Echo.Code(x.Region)} tidak dikenal.", $"Unknown region code{Echo.Code(x.Region)}."));
        RuleFor(x => x.Categories).EachOnce(PpksCategories.All.Count);
        RuleForEach(x => x.Categories).Must(PpksCategories.Exists).When(x => x.Categories is null || x.Categories.Count <= PpksCategories.All.Count)
            .WithMessage(_ => Text.T("Kategori PPKS tidak dikenal (lihat /api/v1/categories).", "Unknown PPKS category (see /api/v1/categories)."));
    }
}

public static class SubscriptionEndpoints
{
    /// <summary>
    /// Subscribe to integration events by webhook: each matching event is POSTed to the URL, in feed order,
    /// signed (X-TKSK-Signature). From now on: replay from an earlier position to get older ones.
    /// The signing secret is in this answer only.
    /// </summary>
    /// <remarks>
    /// For agency keys with scope `webhooks` and for `province_admin`. `url` must be https outside Development and may not point at a
    /// loopback, private or link-local address (400 naming `url`); `region` and `categories` must lie within the key's grant (403), and one
    /// owner holds at most 10 open subscriptions (`Webhooks:MaxSubscriptionsPerOwner`; then 409 `subscription-limit`). Answers 201 with
    /// `Location` and the `secret` (`whsec_…`), with which each delivery's `webhook-signature` (Standard Webhooks) or `X-TKSK-Signature` is
    /// verified. A subscription made by a person ends at `expiresAt` (90 days on) unless renewed; an API key's never expires. Retried with
    /// the same `Idempotency-Key`, the answer comes back with `secret` null and the header `Secret-Withheld: secret`.
    /// </remarks>
    [WolverinePost("/api/v1/subscriptions", OperationId = "CreateSubscription"), Tags("Integration")]
    [Allowed(AgencyScope = ApiKeyScopes.Webhooks)]
    [ProducesResponseType<CreatedSubscription>(201), ProducesResponseType<ProblemDetails>(403, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(409, "application/problem+json")]
    [SecretInAnswer("secret")] // a replay (Idempotency-Key) must not hand the signing secret out again
    public static async Task<IResult> Create(CreateSubscriptionRequest request, IDocumentSession session, HttpContext http, WebhookPolicy policy,
        TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        // Within the key's grant: a region inside its region, categories among its categories.
        if (request.Region is { } region && !Scope.InRegion(caller.Region, region))
            return ProblemResults.Forbidden(Text.T("Wilayah ini di luar wilayah kunci API Anda.", "This region lies outside your API key's region."));
        if (caller.Categories is { Count: > 0 } granted && request.Categories?.FirstOrDefault(c => !granted.Contains(c)) is { } outside)
            return ProblemResults.Forbidden(Text.T($"Kategori{Echo.Code(outside)} tidak termasuk izin kunci API Anda.", $"Category{Echo.Code(outside)} is not granted to your API key."));

        var now = clock.GetUtcNow();
        var owned = await session.Query<WebhookSubscription>().Where(s => s.OwnerId == caller.Id && s.CancelledAt == null).ToListAsync(ct);
        if (owned.Count(s => s.IsOpen(now)) >= policy.MaxSubscriptionsPerOwner) return LimitReached(policy.MaxSubscriptionsPerOwner);
        // From now on: the feed's current high-water mark (older events: replay).
        var start = await HighWaterMark.ReadAsync(session, ct);
        var subscription = new WebhookSubscription(Guid.CreateVersion7(now), caller.Id, caller.Name, caller, request.Url!.Trim(),
            [.. request.EventTypes!.Distinct()], request.Region, [.. (request.Categories ?? []).Distinct()], WebhookSignature.NewSecret(), now, Cursor: start,
            ExpiresAt: caller.Role == Role.Agency ? null : now + policy.PersonSubscriptionLifetime);
        session.Store(subscription);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/subscriptions/{subscription.Id}", new CreatedSubscription(subscription.Id, subscription.Secret,
            subscription.Url, subscription.EventTypes, subscription.Region, subscription.Categories, subscription.Cursor, subscription.ExpiresAt));
    }

    private static IResult LimitReached(int max) => Results.Problem(new ProblemDetails
    {
        Type = ProblemTypes.SubscriptionLimit, Status = 409,
        Title = Text.T("Batas langganan tercapai", "Subscription limit reached"),
        Detail = Text.T($"Paling banyak {max} langganan terbuka per pemilik. Batalkan yang tidak dipakai, atau gabungkan jenis peristiwa dalam satu langganan.",
            $"At most {max} open subscriptions per owner. Cancel one you do not use, or combine event types in one subscription."),
    });

    /// <summary>
    /// Renew a person's subscription for another period (Webhooks:PersonSubscriptionLifetime, 90 days): only the person who
    /// made it, signed in with the same role, so a subscription outlives nobody's access. An expired one goes on from where it stopped.
    /// </summary>
    /// <remarks>
    /// Province admin only, and only the person who made the subscription, signed in with the same role (403 otherwise); an unknown id
    /// answers 404. A subscription made with an API key (it never expires) or a cancelled one cannot be renewed (403). The new `expiresAt`
    /// is the time of renewal plus the lifetime.
    /// </remarks>
    [WolverinePost("/api/v1/subscriptions/{id}/renewal", OperationId = "RenewSubscription"), Tags("Integration")]
    [Allowed]
    [ProducesResponseType<SubscriptionView>(200), ProducesResponseType<ProblemDetails>(403, "application/problem+json"),
     ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> Renew(string id, IDocumentStore store, HttpContext http, WebhookPolicy policy, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        await using (var query = store.QuerySession())
        {
            if (await FindAsync(query, caller, id, ct) is not { } found) return NotFound(id);
            if (found.ExpiresAt is null || found.CancelledAt is not null)
                return ProblemResults.Forbidden(Text.T("Langganan ini tidak dapat diperpanjang (langganan kunci API tidak berakhir; yang dibatalkan sudah selesai).",
                    "This subscription cannot be renewed (an API key's does not expire; a cancelled one is over)."));
            if (found.OwnerId != caller.Id || found.Owner.Role != caller.Role)
                return ProblemResults.Forbidden(Text.T("Hanya pembuatnya, masuk dengan peran yang sama, yang dapat memperpanjang langganan ini.",
                    "Only the person who made this subscription, signed in with the same role, can renew it."));
        }
        return await ChangeAsync(store, caller, id, policy, clock, ct, s => s with { ExpiresAt = clock.GetUtcNow() + policy.PersonSubscriptionLifetime });
    }

    /// <summary>Your subscriptions (the province admin: everyone's), with where each stands.</summary>
    /// <remarks>
    /// For agency keys with scope `webhooks`, which see the subscriptions made with that key, and `province_admin`; oldest first. Each
    /// shows its `state` (`active`, `retrying`, `failed`, `cancelled`, `expired`), `cursor` (the feed position delivered up to), the
    /// `delivered` count and the `held` delivery, if any, but never the secret.
    /// </remarks>
    [WolverineGet("/api/v1/subscriptions", OperationId = "ListSubscriptions"), Tags("Integration")]
    [Allowed(AgencyScope = ApiKeyScopes.Webhooks)]
    public static async Task<IReadOnlyList<SubscriptionView>> List(IQuerySession session, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        IQueryable<WebhookSubscription> query = session.Query<WebhookSubscription>();
        if (caller.Role != Role.ProvinceAdmin) query = query.Where(s => s.OwnerId == caller.Id);
        var now = clock.GetUtcNow();
        return (await query.OrderBy(s => s.CreatedAt).ToListAsync(ct)).Select(s => SubscriptionView.Of(s, now)).ToList();
    }

    /// <summary>One subscription: how far it has delivered, and the delivery that holds it back, if any.</summary>
    /// <remarks>
    /// An agency key (scope `webhooks`) sees only the subscriptions made with that key, a `province_admin` any; any other id answers 404.
    /// `held` names the delivery that holds later events back, with its attempts, last error and `nextAttemptAt` (ISO 8601); `state`
    /// `failed` means it gave up retrying and waits for `POST …/deliveries/{deliveryId}/retry` or a replay.
    /// </remarks>
    [WolverineGet("/api/v1/subscriptions/{id}", OperationId = "GetSubscription"), Tags("Integration")]
    [Allowed(AgencyScope = ApiKeyScopes.Webhooks)]
    [ProducesResponseType<SubscriptionView>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> Get(string id, IQuerySession session, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        await FindAsync(session, http.Caller(), id, ct) is { } s ? Results.Ok(SubscriptionView.Of(s, clock.GetUtcNow())) : NotFound(id);

    /// <summary>End a subscription: nothing more is delivered (it stays listed, cancelled). Its maker, or any province admin.</summary>
    /// <remarks>
    /// An agency key (scope `webhooks`) cancels only the subscriptions made with that key, a `province_admin` any; any other id answers
    /// 404. Cancelling again changes nothing. Answers 200 with the subscription, `state` `cancelled`: it no longer counts against the
    /// owner's limit and cannot be renewed.
    /// </remarks>
    [WolverinePost("/api/v1/subscriptions/{id}/cancellation", OperationId = "CancelSubscription"), Tags("Integration")]
    [Allowed(AgencyScope = ApiKeyScopes.Webhooks)]
    [ProducesResponseType<SubscriptionView>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static Task<IResult> Cancel(string id, IDocumentStore store, HttpContext http, WebhookPolicy policy, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(store, http.Caller(), id, policy, clock, ct, s => s.CancelledAt is not null ? s : s with { CancelledAt = clock.GetUtcNow() });

    /// <summary>Loads the caller's subscription, changes it under its lock (never beside a delivery in flight), and answers it.</summary>
    public static async Task<IResult> ChangeAsync(IDocumentStore store, Actor caller, string id, WebhookPolicy policy, TimeProvider clock, CancellationToken ct,
        Func<WebhookSubscription, WebhookSubscription> change, Action<IDocumentSession, WebhookSubscription>? alongside = null)
    {
        await using (var query = store.QuerySession())
            if (await FindAsync(query, caller, id, ct) is null) return NotFound(id);
        await using var gate = await SubscriptionLock.WaitAsync(store, Guid.Parse(id), policy.Timeout + TimeSpan.FromSeconds(5), ct);
        await using var session = store.LightweightSession();
        var current = (await session.LoadAsync<WebhookSubscription>(Guid.Parse(id), ct))!;
        var changed = change(current);
        alongside?.Invoke(session, current);
        session.Update(changed);
        await session.SaveChangesAsync(ct);
        return Results.Ok(SubscriptionView.Of(changed, clock.GetUtcNow()));
    }

    /// <summary>The subscription if the caller may see it: its maker, or the province admin. Anyone else: it does not exist.</summary>
    public static async Task<WebhookSubscription?> FindAsync(IQuerySession session, Actor caller, string id, CancellationToken ct) =>
        Guid.TryParse(id, out var guid) && await session.LoadAsync<WebhookSubscription>(guid, ct) is { } s
        && (caller.Role == Role.ProvinceAdmin || s.OwnerId == caller.Id) ? s : null;

    public static IResult NotFound(string id) =>
        ProblemResults.NotFound(Text.T($"Langganan{Echo.Id(id)} tidak ditemukan.", $"Subscription{Echo.Id(id)} not found."));
}
