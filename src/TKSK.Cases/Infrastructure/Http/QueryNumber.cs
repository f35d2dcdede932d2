using System.Globalization;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Infrastructure.Http;

/// <summary>
/// A whole number from the query string, read by the endpoint itself: '?limit=abc' is answered with a problem naming
/// the parameter, never run with a default as if the caller had not asked. The endpoint checks the range.
/// </summary>
public static class QueryNumber
{
    /// <summary>The problem when <paramref name="text"/> is present and not a whole number; else null, with the value (null: absent).</summary>
    public static IResult? Read(string name, string? text, out long? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return null;
        }
        return ProblemResults.Invalid(name, Text.T("Harus bilangan bulat.", "Must be a whole number."));
    }
}
