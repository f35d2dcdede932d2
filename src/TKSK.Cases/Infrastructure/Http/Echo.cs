namespace TKSK.Cases.Infrastructure.Http;

/// <summary>
/// What an error message may repeat of the caller's input: an id or a code only when it is
/// well-formed (and then in its normal form), never arbitrary text sent in its place, which would
/// come back verbatim to whoever reads the problem (a browser, a log viewer, a support ticket).
/// </summary>
public static class Echo
{
    /// <summary>" 0190f0c2-…" for a well-formed id (with its leading space), "" for anything else.</summary>
    public static string Id(string? raw) => Guid.TryParse(raw, out var id) ? $" {id}" : "";

    /// <summary>" '35.78.01'" for something shaped like a region code or a snake_case code, "" for anything else.</summary>
    public static string Code(string? raw) =>
        raw is { Length: > 0 and <= 40 } && raw.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c) || c is '.' or '_') ? $" '{raw}'" : "";
}
