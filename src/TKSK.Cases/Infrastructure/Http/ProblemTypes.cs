namespace TKSK.Cases.Infrastructure.Http;

/// <summary>The stable <c>type</c> of every problem response (RFC 9457): clients switch on these, so they never change.</summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:tksk-cases:problem:";

    public const string Validation = Prefix + "validation";
    public const string NotFound = Prefix + "not-found";
    public const string Forbidden = Prefix + "forbidden";
    public const string Unauthorized = Prefix + "unauthorized";
    public const string StaleVersion = Prefix + "stale-version";
    public const string ConcurrentChange = Prefix + "concurrent-change";
    public const string BadRequest = Prefix + "bad-request";
    public const string MethodNotAllowed = Prefix + "method-not-allowed";
    public const string NotAcceptable = Prefix + "not-acceptable";
    public const string PayloadTooLarge = Prefix + "payload-too-large";
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";
    public const string ServerError = Prefix + "server-error";
    public const string Unavailable = Prefix + "unavailable";
    public const string TooManyRequests = Prefix + "too-many-requests";
    public const string AgencyExists = Prefix + "agency-exists";
    public const string ExportTooLarge = Prefix + "export-too-large";
    public const string SubscriptionLimit = Prefix + "subscription-limit";

    /// <summary>
    /// The type and words of a status when the code that answered it gave no type of its own
    /// (routing's 404 and 405, Wolverine's 406 and 415, Kestrel's 413, a challenge's 401): the
    /// same status always carries the same type.
    /// </summary>
    public static (string Type, string Indonesian, string English)? ForStatus(int status) => status switch
    {
        400 => (BadRequest, "Permintaan tidak valid", "Bad request"),
        401 => (Unauthorized, "Belum masuk", "Not signed in"),
        403 => (Forbidden, "Tidak berwenang", "Not permitted"),
        404 => (NotFound, "Tidak ditemukan", "Not found"),
        405 => (MethodNotAllowed, "Metode HTTP tidak diizinkan di alamat ini", "HTTP method not allowed here"),
        406 => (NotAcceptable, "Jenis jawaban yang diminta tidak tersedia", "The requested response type is not available"),
        413 => (PayloadTooLarge, "Isi permintaan terlalu besar", "Request body too large"),
        415 => (UnsupportedMediaType, "Jenis isi permintaan tidak didukung", "Unsupported request content type"),
        500 => (ServerError, "Terjadi kesalahan pada server", "Server error"),
        503 => (Unavailable, "Layanan sementara tidak tersedia", "Service temporarily unavailable"),
        _ => null,
    };

    /// <summary>Every problem type with what it means: listed in the OpenAPI document (info.description and x-problem-types).</summary>
    public static readonly IReadOnlyDictionary<string, string> Described = new Dictionary<string, string>
    {
        [Validation] = "400: a field is invalid; `errors` is keyed by the field's JSON path (subject.nik), the query parameter, or the header.",
        [BadRequest] = "400: the request cannot be read.",
        [Unauthorized] = "401: not signed in, or the token was refused; when a claim is the reason (region, role, coordinator_id), `errors` names it.",
        [Forbidden] = "403: the role may not do this, or the region or category is outside the caller's grant.",
        [NotFound] = "404: no such resource, or it lies outside the caller's scope (its existence does not leak).",
        [MethodNotAllowed] = "405: the HTTP method is not allowed here.",
        [NotAcceptable] = "406: the requested response type is not available.",
        [ConcurrentChange] = "409: another command on the same referral was saved first; reload and try again.",
        [AgencyExists] = "409: an agency with this name exists; send its `agencyId` (in the problem) to issue another key to it.",
        [SubscriptionLimit] = "409: the owner has the most open webhook subscriptions allowed (Webhooks:MaxSubscriptionsPerOwner).",
        [ExportTooLarge] = "400: the export would carry more cases than allowed (CaseList:ExportLimit); narrow the filter.",
        [StaleVersion] = "412: If-Match named a version that is no longer current.",
        [PayloadTooLarge] = "413: the request body is over the limit.",
        [UnsupportedMediaType] = "415: the request body is not JSON.",
        [TooManyRequests] = "429: over the rate limit (per address, per caller, or exports per hour); see Retry-After.",
        [ServerError] = "500: an error of the service; the problem carries a trace id.",
        [Unavailable] = "503: the database is not reachable; retry after Retry-After.",
    };

    /// <summary>The type of a refusal whose code is e.g. "invalid-transition".</summary>
    public static string Of(string code) => Prefix + code;
}

/// <summary>
/// A problem type a feature answers with, for the API description's table beside the common ones
/// (<see cref="ProblemTypes.Described"/>): a feature registers its own, so the table lists every type a client may meet.
/// </summary>
public sealed record DescribedProblem(string Type, string Meaning)
{
    public static DescribedProblem Of(string code, string meaning) => new(ProblemTypes.Of(code), meaning);
}
