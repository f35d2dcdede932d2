using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TKSK.Cases.Categories;
using TKSK.Cases.Regions;
using Wolverine.Http;

using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure.Idempotency;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Identity;

/// <summary>
/// An agency system's key. Only a hash of its secret is stored: the key itself is shown once, when
/// it is created. Revoked keys stay (who had access, when) but answer 401 from that moment.
/// </summary>
public sealed record ApiKey(
    Guid Id, string Agency, string SecretHash, IReadOnlyList<string> Scopes, IReadOnlyList<string> Categories, string? Region,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt = null, string? RevokedBy = null, int? RequestsPerMinute = null,
    Guid? AgencyId = null)
{
    public bool Revoked => RevokedAt is not null;
}

/// <param name="Agency">A new agency's name as people know it, e.g. "RSJ Menur Surabaya" (names are unique; for another key of an agency that has one, send agencyId).</param>
/// <param name="Scopes">Any of intake, read, feed, webhooks.</param>
/// <param name="Categories">PPKS category codes it may see; empty or absent: all.</param>
/// <param name="Region">Region code it may see (35.78, 35.78.01); absent: the whole province.</param>
/// <param name="RequestsPerMinute">Its own rate limit (1–100,000); absent: the service's default.</param>
/// <param name="AgencyId">An existing agency (GET /api/v1/agencies) to issue another key to, e.g. to replace one; instead of agency.</param>
public sealed record CreateApiKeyRequest(string? Agency, IReadOnlyList<string>? Scopes, IReadOnlyList<string>? Categories, string? Region, int? RequestsPerMinute = null,
    Guid? AgencyId = null);

/// <summary>The new key: <c>key</c> is shown this once and cannot be recovered, only revoked.</summary>
/// <param name="AgencyId">The agency it belongs to: bases for sharing personal data name this id.</param>
public sealed record CreatedApiKey(Guid Id, string Key, string Agency, IReadOnlyList<string> Scopes, IReadOnlyList<string> Categories, string? Region,
    Guid AgencyId);

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyRequest>
{
    public CreateApiKeyValidator(RegionCatalog regions)
    {
        RuleFor(x => x.Agency).Summary(2, 200).When(x => x.AgencyId is null);
        RuleFor(x => x.Agency).Null().When(x => x.AgencyId is not null)
            .WithMessage(_ => Text.T("Isi agency (agensi baru) atau agencyId (agensi yang ada), bukan keduanya.",
                "Give agency (a new agency) or agencyId (an existing one), not both."));
        RuleFor(x => x.Scopes).NotEmpty().WithMessage(_ => Text.T("Pilih paling sedikit satu: intake, read, feed, webhooks.", "Choose at least one: intake, read, feed, webhooks."));
        RuleFor(x => x.Scopes).EachOnce(ApiKeyScopes.All.Count);
        RuleFor(x => x.Categories).EachOnce(PpksCategories.All.Count);
        RuleForEach(x => x.Scopes).Must(s => ApiKeyScopes.All.Contains(s)).When(x => x.Scopes is null || x.Scopes.Count <= ApiKeyScopes.All.Count)
            .WithMessage(_ => Text.T("Cakupan tidak dikenal. Pilihan: intake, read, feed, webhooks.", "Unknown scope. Allowed: intake, read, feed, webhooks."));
        RuleForEach(x => x.Categories).Must(PpksCategories.Exists).When(x => x.Categories is null || x.Categories.Count <= PpksCategories.All.Count)
            .WithMessage(_ => Text.T("Kategori PPKS tidak dikenal (lihat /api/v1/categories).", "Unknown PPKS category (see /api/v1/categories)."));
        RuleFor(x => x.RequestsPerMinute).InclusiveBetween(1, 100_000)
            .WithMessage(_ => Text.T("Batas permintaan harus 1–100.000 per menit.", "The limit must be 1–100,000 requests a minute."));
        RuleFor(x => x.Region).Must(code => regions.Find(code) is not null).When(x => x.Region is not null)
            .WithMessage(x => Text.T($"Kode wilayah{Echo.Code(x.Region)} tidak dikenal.", $"Unknown region code{Echo.Code(x.Region)}."));
    }
}

public static class ApiKeys
{
    public const string Scheme = "ApiKey";
    private const string Prefix = "tksk_";

    public static void Configure(StoreOptions opts) => opts.Schema.For<ApiKey>();

    /// <summary>A new key for an agency: the stored record and the key to hand over (tksk_&lt;id&gt;_&lt;secret&gt;).</summary>
    public static (ApiKey Record, string Key) Create(Agency agency, IReadOnlyList<string> scopes, IReadOnlyList<string> categories, string? region, string createdBy, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (new ApiKey(id, agency.Name, Hash(secret), [.. scopes.Distinct()], [.. categories.Distinct()], region, now, createdBy, AgencyId: agency.Id),
            $"{Prefix}{id:N}_{secret}");
    }

    /// <summary>
    /// The agency a new key is for: an existing one by id, or a new one by name. A name that is taken is
    /// refused (409 with its id), so that nobody gives a new system an agency's consents by typing its name.
    /// </summary>
    public static async Task<(Agency? Agency, IResult? Problem)> AgencyForAsync(
        IDocumentSession session, string? name, Guid? agencyId, string createdBy, DateTimeOffset now, CancellationToken ct = default)
    {
        if (agencyId is { } id)
            return await session.LoadAsync<Agency>(id, ct) is { } existing ? (existing, null)
                : (null, ProblemResults.Invalid("agencyId", Text.T("Agensi ini tidak ada (lihat GET /api/v1/agencies).", "No such agency (see GET /api/v1/agencies).")));
        if (await Agencies.FindAsync(session, name!, ct) is { } taken)
            return (null, Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Type = ProblemTypes.AgencyExists, Status = 409,
                Title = Text.T("Nama agensi sudah dipakai", "The agency's name is taken"),
                Detail = Text.T("Agensi dengan nama ini sudah ada. Untuk kunci tambahan bagi agensi itu, kirim agencyId-nya.",
                    "An agency of this name exists. To issue another key to it, send its agencyId."),
                Extensions = { ["agencyId"] = taken.Id },
            }));
        var agency = new Agency(Guid.CreateVersion7(now), string.Join(' ', name!.Split(' ', StringSplitOptions.RemoveEmptyEntries)), now, createdBy);
        session.Insert(agency);
        return (agency, null);
    }

    // The secret is 256 random bits, so one SHA-256 is enough: nothing to guess, nothing to stretch.
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool TryParse(string key, out Guid id, out string secret)
    {
        (id, secret) = (Guid.Empty, "");
        // The secret is base64url and may itself hold '_'.
        var parts = key.Trim().Split('_', 3);
        if (parts.Length != 3 || parts[0] + "_" != Prefix || !Guid.TryParseExact(parts[1], "N", out id)) return false;
        secret = parts[2];
        return secret.Length > 0;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Create an agency's API key (province admin). The key is in this answer only: store it now.</summary>
    /// <remarks>
    /// Send `agency` to create a new agency with the key, or `agencyId` to issue another key to an existing one, not both; a name already
    /// taken answers 409 `agency-exists` with its `agencyId`, an unknown `agencyId` 400. The key (`tksk_{id}_{secret}`) goes in the
    /// `X-Api-Key` header; `scopes` (`intake`, `read`, `feed`, `webhooks`), `categories` (none: all) and `region` (none: no regional limit)
    /// bound what it may do and see, and `requestsPerMinute` sets its own rate limit. Answers 201; only a hash of the secret is stored, so
    /// a lost key is revoked and made anew. Retried with the same `Idempotency-Key`, the answer comes back with `key` null and the header
    /// `Secret-Withheld: key`.
    /// </remarks>
    [WolverinePost("/api/v1/api-keys", OperationId = "CreateApiKey"), Tags("Access")]
    [Allowed]
    [ProducesResponseType<CreatedApiKey>(201), SecretInAnswer("key")]
    [ProducesResponseType<Microsoft.AspNetCore.Mvc.ProblemDetails>(409, "application/problem+json")]
    public static async Task<IResult> CreateAsync(CreateApiKeyRequest request, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        var (now, by) = (clock.GetUtcNow(), http.Caller().Id);
        var (agency, problem) = await AgencyForAsync(session, request.Agency, request.AgencyId, by, now, http.RequestAborted);
        if (problem is not null) return problem;
        var (record, key) = Create(agency!, request.Scopes!, request.Categories ?? [], request.Region, by, now);
        record = record with { RequestsPerMinute = request.RequestsPerMinute };
        session.Store(record);
        await session.SaveChangesAsync();
        return Results.Created($"/api/v1/api-keys/{record.Id}",
            new CreatedApiKey(record.Id, key, record.Agency, record.Scopes, record.Categories, record.Region, agency!.Id));
    }

    /// <summary>Every API key, revoked ones too (never the secret).</summary>
    /// <remarks>
    /// Province admin only. Oldest first; each key with its agency (`agency`, `agencyId`), scopes, categories, region, who created it and
    /// when (ISO 8601), and `revokedAt` once revoked.
    /// </remarks>
    [WolverineGet("/api/v1/api-keys", OperationId = "ListApiKeys"), Tags("Access")]
    [Allowed]
    public static async Task<IReadOnlyList<ApiKeyView>> ListAsync(IQuerySession session) =>
        (await session.Query<ApiKey>().OrderBy(k => k.CreatedAt).ToListAsync()).Select(ApiKeyView.Of).ToList();

    /// <summary>One API key (never the secret): where a created key's Location points.</summary>
    /// <remarks>Province admin only. The key as `ListApiKeys` shows it; an id that is no key answers 404.</remarks>
    [WolverineGet("/api/v1/api-keys/{id}", OperationId = "GetApiKey"), Tags("Access")]
    [Allowed]
    [ProducesResponseType<ApiKeyView>(200), ProducesResponseType<Microsoft.AspNetCore.Mvc.ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> GetAsync(string id, IQuerySession session, CancellationToken ct) =>
        Guid.TryParse(id, out var keyId) && await session.LoadAsync<ApiKey>(keyId, ct) is { } key
            ? Results.Ok(ApiKeyView.Of(key))
            : ProblemResults.NotFound(Text.T($"Kunci API{Echo.Id(id)} tidak ditemukan.", $"API key{Echo.Id(id)} not found."));

    /// <summary>Revoke a key: from this moment every request with it answers 401.</summary>
    /// <remarks>
    /// Province admin only; an unknown id answers 404. The key's webhook subscriptions stop delivering too. Revoking a key already revoked
    /// changes nothing and answers 200 with it again.
    /// </remarks>
    [WolverinePost("/api/v1/api-keys/{id}/revocation", OperationId = "RevokeApiKey"), Tags("Access")]
    [Allowed]
    [ProducesResponseType<ApiKeyView>(200), ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> RevokeAsync(string id, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        if (!Guid.TryParse(id, out var keyId) || await session.LoadAsync<ApiKey>(keyId) is not { } key)
            return ProblemResults.NotFound(Text.T($"Kunci API{Echo.Id(id)} tidak ditemukan.", $"API key{Echo.Id(id)} not found."));
        if (!key.Revoked)
        {
            key = key with { RevokedAt = clock.GetUtcNow(), RevokedBy = http.Caller().Id };
            session.Store(key);
            await session.SaveChangesAsync();
        }
        return Results.Ok(ApiKeyView.Of(key));
    }
}

public sealed record ApiKeyView(Guid Id, string Agency, IReadOnlyList<string> Scopes, IReadOnlyList<string> Categories, string? Region,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, Guid? AgencyId)
{
    public static ApiKeyView Of(ApiKey k) => new(k.Id, k.Agency, k.Scopes, k.Categories, k.Region, k.CreatedAt, k.CreatedBy, k.RevokedAt, k.AgencyId);
}

/// <summary>Signs in an agency system by its X-Api-Key: looked up on every request, so a revocation takes effect at once.</summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IDocumentStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers[SignIn.ApiKeyHeader].ToString();
        if (!ApiKeys.TryParse(header, out var id, out var secret)) return AuthenticateResult.Fail("Malformed API key.");
        await using var session = store.QuerySession();
        var key = await session.LoadAsync<ApiKey>(id, Context.RequestAborted);
        if (key is null || key.Revoked || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(key.SecretHash), Encoding.ASCII.GetBytes(ApiKeys.Hash(secret))))
            return AuthenticateResult.Fail("Unknown or revoked API key.");

        var claims = new List<Claim>
        {
            new(Actor.SubjectClaim, $"apikey:{key.Id}"), new(Actor.NameClaim, key.Agency), new(Actor.RoleClaim, Actor.Code(Role.Agency)),
        };
        if (key.Region is not null) claims.Add(new(Actor.RegionClaim, key.Region));
        if (key.AgencyId is { } agency) claims.Add(new(Actor.AgencyClaim, agency.ToString()));
        if (key.RequestsPerMinute is { } limit) claims.Add(new(RateLimits.LimitClaim, limit.ToString()));
        claims.AddRange(key.Scopes.Select(s => new Claim(Actor.ScopeClaim, s)));
        claims.AddRange(key.Categories.Select(c => new Claim(Actor.CategoryClaim, c)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name, Actor.SubjectClaim, Actor.RoleClaim));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{ApiKeys.Scheme} header=\"{SignIn.ApiKeyHeader}\"";
        Response.StatusCode = 401;
        return Task.CompletedTask;
    }
}
