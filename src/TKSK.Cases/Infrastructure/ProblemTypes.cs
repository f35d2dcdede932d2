namespace TKSK.Cases.Infrastructure;

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

    /// <summary>The type of a refusal whose code is e.g. "invalid-transition".</summary>
    public static string Of(string code) => Prefix + code;
}
