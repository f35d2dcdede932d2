using System.Text.Json;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Infrastructure.Http;

/// <summary>
/// Checks what no endpoint's validator sees, once for every endpoint (those added later too),
/// before the body is bound: a JSON member given twice (the binder would silently keep the last;
/// names bind case-insensitively, so "text" and "Text" are the same member), and the NUL
/// character (\u0000), which PostgreSQL cannot store in text or jsonb, in any string of the body
/// or the query. Either is a 400 naming the field by its JSON path. A body that is not JSON at
/// all is left to the binder, which answers it with its own 400.
/// </summary>
public static class JsonBodyGuard
{
    private const int MaxErrors = 20;

    public static IApplicationBuilder UseJsonBodyGuard(this IApplicationBuilder app) => app.Use(GuardAsync);

    private static async Task GuardAsync(HttpContext context, Func<Task> next)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, values) in context.Request.Query)
            if (key.Contains('\0') || values.Any(v => v?.Contains('\0') == true))
                errors[Printable(key)] = [NulMessage()];

        if (errors.Count == 0 && HasJsonBody(context.Request))
        {
            // The body is read once here and again by the binder: kept in memory (it is at most 256 KiB;
            // Kestrel refuses a longer one while it is read, as a 413).
            context.Request.EnableBuffering(bufferThreshold: (int)ServiceDefaults.MaxRequestBodyBytes);
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            context.Request.Body.Position = 0;
            Scan(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), errors);
        }

        if (errors.Count > 0)
        {
            await Results.Problem(ProblemResults.Validation(errors)).ExecuteAsync(context);
            return;
        }
        await next();
    }

    private static bool HasJsonBody(HttpRequest request) =>
        (request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0))
        && request.ContentType is { } type
        && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || type.Split(';')[0].Trim().EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private sealed class Container(bool isObject, string path)
    {
        public bool IsObject { get; } = isObject;
        public string Path { get; } = path;
        public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);
        public string? Property { get; set; }
        public int Index { get; set; }

        /// <summary>The path of the value being read in this container: "subject.name", "needs[2]".</summary>
        public string Child => IsObject ? (Path.Length == 0 ? Property! : $"{Path}.{Property}") : $"{Path}[{Index}]";
    }

    /// <summary>Adds an error per duplicated member and per string holding NUL; stops quietly at the first thing that is not JSON.</summary>
    public static void Scan(ReadOnlySpan<byte> json, Dictionary<string, string[]> errors)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var open = new Stack<Container>();
        try
        {
            while (errors.Count < MaxErrors && reader.Read())
            {
                open.TryPeek(out var current);
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        open.Push(new Container(reader.TokenType == JsonTokenType.StartObject, current?.Child ?? ""));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.Pop();
                        if (open.TryPeek(out var parent)) Next(parent);
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        current!.Property = name;
                        if (name.Contains('\0')) errors[Printable(current.Child)] = [NulMessage()];
                        else if (!current.Names.Add(name)) errors[current.Child] = [Text.T(
                            "Kolom ini muncul lebih dari sekali dalam isi permintaan; kirim setiap kolom satu kali.",
                            "This field appears more than once in the request body; send each field once.")];
                        break;
                    case JsonTokenType.String:
                        // Unescaped control characters are not JSON at all; NUL can only come as \u0000.
                        if (reader.ValueIsEscaped && reader.GetString()!.Contains('\0')) errors[current?.Child ?? "body"] = [NulMessage()];
                        if (current is not null) Next(current);
                        break;
                    default:
                        if (current is not null) Next(current);
                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, too deep, or a lone surrogate: the binder answers it as unreadable, naming the place.
        }
    }

    private static void Next(Container container)
    {
        if (!container.IsObject) container.Index++;
    }

    private static string NulMessage() => Text.T(
        "Tidak boleh berisi karakter NUL (\\u0000).", "Must not contain the NUL character (\\u0000).");

    private static string Printable(string key) => key.Replace("\0", "\\u0000");
}
