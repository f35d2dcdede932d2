using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;
using TKSK.Cases.Referrals;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Presence;

/// <summary>
/// Who has a case open right now, so that two operators do not assess the same report at night.
/// A page says so every <see cref="Heartbeat"/> while it is open; a presence not renewed within
/// <see cref="Window"/> has ended (a closed laptop says nothing). Kept in PostgreSQL, not in the
/// process, because every node of the service must see the same.
/// </summary>
public sealed record CasePresence
{
    public string Id { get; init; } = "";
    public Guid ReferralId { get; init; }
    public string ActorId { get; init; } = "";
    public string Name { get; init; } = "";
    public string Role { get; init; } = "";
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset SeenAt { get; init; }

    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30), Window = TimeSpan.FromSeconds(90);
    // Presences long ended are removed as new ones are written; nothing else needs them.
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    public static string IdOf(Guid referralId, string actorId) => $"{referralId:N}:{actorId}";
}

public static class PresenceStore
{
    public static WebApplicationBuilder AddCasePresence(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts => opts.Schema.For<CasePresence>().Index(p => p.ReferralId).Index(p => p.SeenAt));
        return builder;
    }
}

/// <param name="ReferralId">The case the page shows.</param>
/// <param name="Open">true while the page is open (send it again every 30 seconds); false when the page closes.</param>
public sealed record UpdatePresenceRequest(Guid? ReferralId, bool? Open);

public sealed class UpdatePresenceValidator : AbstractValidator<UpdatePresenceRequest>
{
    public UpdatePresenceValidator()
    {
        RuleFor(x => x.ReferralId).Required();
        RuleFor(x => x.Open).Required();
    }
}

/// <summary>Someone else who has the case open: their name and role, and since when.</summary>
public sealed record Viewer(string Name, string Role, DateTimeOffset Since);

/// <summary>The people other than the caller who have this case open now.</summary>
public sealed record PresenceView(Guid ReferralId, IReadOnlyList<Viewer> Viewers);

public sealed record PresenceList(IReadOnlyList<PresenceView> Items);

public static class PresenceEndpoints
{
    private const int MostAtOnce = 100;

    /// <summary>
    /// Says that the caller has a case open (open: true, repeated every 30 s while the page is open) or has
    /// closed it (open: false); answers who else has it open now. A case outside the caller's scope is 404.
    /// </summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. The answer lists each other viewer's
    /// `name`, `role` and `since` (ISO 8601); a referral that does not exist or lies outside the caller's scope answers 404. A presence not
    /// renewed within 90 seconds has ended, and every node of the service sees the same.
    /// </remarks>
    [WolverinePost("/api/v1/presence", OperationId = "UpdatePresence"), Tags("Web console")]
    // The people who work cases see each other, within their scope.
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<PresenceView>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> Update(UpdatePresenceRequest request, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        var referralId = request.ReferralId!.Value;
        if (referralId == Guid.Empty || await session.LoadAsync<Referral>(referralId, ct) is not { } referral || !caller.Covers(referral))
            return CommandEdge.NotFound(referralId.ToString());
        var now = clock.GetUtcNow();
        var id = CasePresence.IdOf(referralId, caller.Id);
        if (request.Open == true)
        {
            var earlier = await session.LoadAsync<CasePresence>(id, ct);
            var since = earlier is not null && earlier.SeenAt > now - CasePresence.Window ? earlier.OpenedAt : now;
            session.Store(new CasePresence
            {
                Id = id, ReferralId = referralId, ActorId = caller.Id, Name = caller.Name, Role = Actor.Code(caller.Role), OpenedAt = since, SeenAt = now,
            });
        }
        else session.Delete<CasePresence>(id);
        var ended = now - CasePresence.KeptFor;
        session.DeleteWhere<CasePresence>(p => p.SeenAt < ended);
        await session.SaveChangesAsync(ct);
        var others = await Current(session, [referralId], caller, now, ct);
        return Results.Ok(new PresenceView(referralId, others.GetValueOrDefault(referralId) ?? []));
    }

    /// <summary>
    /// Who has each of these cases open now (at most 100 ids, comma-separated), other than the caller: for a queue
    /// to show "sedang dibuka oleh …". Cases nobody else has open, or outside the caller's scope, are left out.
    /// </summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. `referrals` must hold 1–100 referral ids
    /// (UUIDs), else 400 naming it. Each item gives a referral id and its viewers other than the caller (`name`, `role`, `since` in ISO
    /// 8601); a presence not renewed within 90 seconds has ended.
    /// </remarks>
    [WolverineGet("/api/v1/presence", OperationId = "ListPresence"), Tags("Web console")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    [ProducesResponseType<PresenceList>(200), ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    public static async Task<IResult> List([Query("The referrals to ask about, by id.", Carries = typeof(Guid), CommaSeparated = true)] string? referrals, IQuerySession session, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var words = (referrals ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = new List<Guid>();
        foreach (var word in words)
        {
            if (!Guid.TryParse(word, out var id) || id == Guid.Empty)
                return ProblemResults.Invalid("referrals", Text.T("Setiap id rujukan harus UUID, dipisah koma.", "Each referral id must be a UUID, comma-separated."));
            ids.Add(id);
        }
        if (ids.Count is 0 or > MostAtOnce)
            return ProblemResults.Invalid("referrals", Text.T($"Sebutkan 1–{MostAtOnce} id rujukan.", $"Name 1–{MostAtOnce} referral ids."));
        var caller = http.Caller();
        var open = await Current(session, [.. ids.Distinct()], caller, clock.GetUtcNow(), ct);
        // Scope is checked only for the few cases someone has open, not for every id asked.
        var visible = open.Count == 0 ? [] : await session.LoadManyAsync<Referral>(ct, open.Keys);
        var items = visible.Where(caller.Covers).Select(r => new PresenceView(r.Id, open[r.Id])).ToList();
        return Results.Ok(new PresenceList(items));
    }

    private static async Task<Dictionary<Guid, IReadOnlyList<Viewer>>> Current(
        IQuerySession session, Guid[] referralIds, Actor caller, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - CasePresence.Window;
        var rows = await session.Query<CasePresence>()
            .Where(p => referralIds.Contains(p.ReferralId) && p.SeenAt > since && p.ActorId != caller.Id)
            .OrderBy(p => p.OpenedAt)
            .ToListAsync(ct);
        return rows.GroupBy(p => p.ReferralId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Viewer>)[.. g.Select(p => new Viewer(p.Name, p.Role, p.OpenedAt))]);
    }
}
