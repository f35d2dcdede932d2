using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Infrastructure.Http;

/// <summary>
/// Wolverine answers an unreadable body with a 400 whose detail is System.Text.Json's message
/// ("could not be converted to System.Nullable`1[System.Int32]. Path: $.subject.approximateAge").
/// This turns it into our validation problem: the field's path in <c>errors</c>, words for people.
/// </summary>
public static partial class JsonProblems
{
    [GeneratedRegex(@"Path: \$\.?(?<path>[^ |]*)")]
    private static partial Regex JsonPath();

    public static void Explain(ProblemDetailsContext context)
    {
        ExplainUnreadableJson(context.ProblemDetails);
        GiveStableType(context.ProblemDetails, ServiceDefaults.BodyLimitOf(context.HttpContext));
    }

    /// <summary>A problem with no type of ours (a framework's default link) gets its status's stable type and words.</summary>
    private static void GiveStableType(ProblemDetails problem, long bodyLimit)
    {
        if (problem.Type is { } type && !type.StartsWith("https://", StringComparison.Ordinal) && !type.StartsWith("about:", StringComparison.Ordinal)) return;
        if (problem.Status is not { } status || ProblemTypes.ForStatus(status) is not { } known) return;
        problem.Type = known.Type;
        // The framework's English reason phrase becomes words in the request's language; a title of ours stays.
        if (problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(status) || problem.Title == ReadFailure)
        {
            if (status == 413 && problem.Title == ReadFailure) problem.Detail = TooLarge(bodyLimit);
            problem.Title = Text.T(known.Indonesian, known.English);
        }
    }

    // Wolverine's title when Kestrel stops reading a body over the limit (chunked, so not refused up front).
    private const string ReadFailure = "Request body could not be read";

    public static string TooLargeDetail => TooLarge(ServiceDefaults.MaxRequestBodyBytes);

    public static string TooLarge(long limit)
    {
        var size = limit >= 1024 * 1024 ? $"{limit / (1024 * 1024)} MiB" : $"{limit / 1024} KiB";
        return Text.T($"Batas ukuran adalah {size}.", $"The limit is {size}.");
    }

    private static void ExplainUnreadableJson(ProblemDetails problem)
    {
        if (problem.Status != 400 || problem.Title != "Invalid JSON format" || problem.Detail is null) return;

        var match = JsonPath().Match(problem.Detail);
        var path = match.Success ? match.Groups["path"].Value : "";
        problem.Type = ProblemTypes.Validation;
        problem.Title = Text.T("Isi permintaan bukan JSON yang valid", "The request body is not valid JSON");
        problem.Detail = Text.T("Kirim satu objek JSON dengan nama kolom camelCase dan jenis nilai yang benar.",
            "Send one JSON object with camelCase field names and values of the right type.");
        problem.Extensions.Remove("lineNumber");
        problem.Extensions.Remove("bytePositionInLine");
        problem.Extensions["errors"] = new Dictionary<string, string[]>
        {
            [path.Length == 0 ? "body" : path] =
                [path.Length == 0
                    ? Text.T("Harus berupa satu objek JSON yang lengkap.", "Must be one complete JSON object.")
                    : Text.T("Jenis nilai salah (mis. teks di tempat angka) atau JSON terputus di sini.",
                             "Wrong type of value (e.g. text where a number belongs) or JSON cut off here.")],
        };
    }
}
