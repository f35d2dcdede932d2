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

    /// <summary>The type of a refusal whose code is e.g. "invalid-transition".</summary>
    public static string Of(string code) => Prefix + code;
}
