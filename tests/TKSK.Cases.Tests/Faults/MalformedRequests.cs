using System.Text;
using System.Text.Json.Nodes;

namespace TKSK.Cases.Tests.Faults;

/// <summary>One generated request: what it is, and what it changes from a plausible one.</summary>
public sealed record FaultRequest(OpenApiOperation Operation, string Fault, string Method, string Url, byte[]? Body, string? ContentType, IReadOnlyList<(string Name, string Value)> Headers)
{
    public override string ToString() => $"{Method} {Url} [{Fault}]";
}

/// <summary>Ids that exist, so that a request reaches past "not found" to the code that stores things.</summary>
public sealed record KnownIds(string ReferralId, string StepId, string CoordinatorId);

/// <summary>
/// Generates malformed requests for an operation from its OpenAPI description alone: a plausible
/// request first (known ids, sample values by type and by a few field names), then that request
/// with one thing wrong — each path and query parameter an odd id or text, each body member (to
/// two levels) of the wrong type, null, with control characters, huge, deep, sent twice, and the
/// body as a whole empty, truncated, not an object, not UTF-8, too large or of the wrong content type,
/// the method wrong, the Accept header impossible. Nothing here names an operation.
/// </summary>
public static class MalformedRequests
{
    private const string Placeholder = "\"__FAULT__\"";

    public static IEnumerable<FaultRequest> For(OpenApiOperation op, KnownIds known)
    {
        var pathValues = op.Parameters.Where(p => p.In == "path").ToDictionary(p => p.Name, p => PlausiblePathValue(op, p, known));
        var query = op.Parameters.Where(p => p.In == "query").ToList();
        var body = op.BodySchema is null ? null : Sample(op.BodySchema, "", 0) as JsonObject;
        var bodyText = body?.ToJsonString() ?? (op.Method is "POST" or "PUT" or "PATCH" ? "{}" : null);

        string Url(Dictionary<string, string> values, string queryString = "") =>
            values.Aggregate(op.Path, (path, v) => path.Replace("{" + v.Key + "}", v.Value)) + queryString;
        FaultRequest Make(string fault, string? url = null, string? text = null, byte[]? bytes = null, string? contentType = "application/json",
            string? method = null, params (string, string)[] headers) =>
            new(op, fault, method ?? op.Method, url ?? Url(pathValues), bytes ?? (text is null ? null : Encoding.UTF8.GetBytes(text)),
                bytes is null && text is null ? null : contentType, headers);

        // The plausible request itself (it may well succeed; it must not fail with a 5xx either).
        yield return Make("plausible", text: bodyText);

        // Path parameters: ids that cannot exist, text where an id belongs, injection attempts.
        foreach (var parameter in pathValues.Keys)
            foreach (var (fault, value) in OddPathValues())
                yield return Make($"path {parameter}: {fault}", url: Url(new(pathValues) { [parameter] = value }), text: bodyText);

        // Query parameters, the declared ones and one nobody declared: control characters, huge, repeated, injection.
        foreach (var parameter in query.Select(p => p.Name).Append("undeclared"))
            foreach (var (fault, value) in OddQueryValues())
                yield return Make($"query {parameter}: {fault}", url: Url(pathValues, $"?{parameter}={value}"), text: bodyText);

        // The method: every one the path does not have.
        foreach (var method in new[] { "GET", "POST", "PUT", "PATCH", "DELETE" }.Except(op.Methods))
            yield return Make($"method {method}", text: bodyText, method: method);

        // Headers: an impossible Accept, an odd If-Match, a broken language, a broken sign-in.
        yield return Make("Accept: text/html", text: bodyText, headers: ("Accept", "text/html"));
        yield return Make("Accept: application/xml", text: bodyText, headers: ("Accept", "application/xml;q=1, */*;q=0"));
        yield return Make("If-Match: junk", text: bodyText, headers: ("If-Match", "\"not-a-version\", W/\"-1\""));
        yield return Make("If-Match: huge", text: bodyText, headers: ("If-Match", "\"99999999999999999999999\""));
        yield return Make("Accept-Language: junk", text: bodyText, headers: ("Accept-Language", "xx-ZZ;q=abc, *;q=-1"));
        yield return Make("Authorization: junk", text: bodyText, headers: ("Authorization", "Bearer not.a.token"));
        yield return Make("X-Api-Key: junk", text: bodyText, headers: ("X-Api-Key", "tksk_00000000000000000000000000000000_x"));

        if (bodyText is null) yield break;

        // The body as a whole.
        foreach (var (fault, text) in OddBodies(bodyText)) yield return Make($"body: {fault}", text: text);
        yield return Make("body: not UTF-8", bytes: [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0xC3, 0x22, 0x7D]);
        yield return Make("body: over 256 KiB", text: bodyText.Length > 2 ? bodyText[..^1] + $",\"padding\":\"{new string('a', 300 * 1024)}\"}}" : new string(' ', 300 * 1024));
        foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/merge-patch+json", "application/json; charset=iso-8859-1" })
            yield return Make($"content type {type}", text: bodyText, contentType: type);
        yield return Make("no content type", text: bodyText, contentType: null);

        if (body is null) yield break;
        // Each member, to two levels: the plausible body with that one member made wrong.
        foreach (var (path, schema, sample) in Members(op.BodySchema!, body, []))
            foreach (var (fault, raw) in OddValues(path[^1], schema, sample))
                yield return Make($"member {string.Join('.', path)}: {fault}", text: WithRaw(body, path, raw));
    }

    private static string PlausiblePathValue(OpenApiOperation op, OpenApiParameter parameter, KnownIds known)
    {
        var name = parameter.Name.ToLowerInvariant();
        if (name == "stepid") return known.StepId;
        if (name == "code") return "35";
        if (name == "id" && op.Path.StartsWith("/api/v1/referrals/")) return known.ReferralId;
        if (name == "id" && op.Path.StartsWith("/api/v1/coordinators/")) return known.CoordinatorId;
        return Guid.NewGuid().ToString();
    }

    private static IEnumerable<(string, string)> OddPathValues() =>
    [
        ("empty GUID", Guid.Empty.ToString()),
        ("unknown GUID", Guid.NewGuid().ToString()),
        ("not a GUID", "not-a-guid"),
        ("GUID in braces", "{" + Guid.NewGuid() + "}"),
        ("negative number", "-1"),
        ("very long", new string('9', 2000)),
        // A decoded NUL in the path never reaches the application: Kestrel answers it with its own 400 (docs/operations.md).
        ("encoded NUL as text", "%2500"),
        ("control characters", "%01%1F%7F"),
        ("unicode", Uri.EscapeDataString("ü😀\u202e")),
        ("SQL", Uri.EscapeDataString("' OR 1=1 --")),
        ("script", Uri.EscapeDataString("<script>alert(1)</script>")),
        ("dot segments", "..%2F..%2Fhealth"),
        ("region code", "35.78.01"),
    ];

    private static IEnumerable<(string, string)> OddQueryValues() =>
    [
        ("NUL", "%00"),
        ("control characters", "a%01%1F%7Fb"),
        ("empty", ""),
        ("very long", new string('x', 8000)),
        ("unicode", Uri.EscapeDataString("ü😀\u202e")),
        ("SQL", Uri.EscapeDataString("' OR 1=1 --")),
        ("empty GUID", Guid.Empty.ToString()),
        ("repeated", "35&x=1&" + "35.78"),
    ];

    private static IEnumerable<(string, string)> OddBodies(string plausible) =>
    [
        ("empty", ""),
        ("whitespace", "   \n "),
        ("null", "null"),
        ("array", "[]"),
        ("array of the body", $"[{plausible}]"),
        ("string", "\"text\""),
        ("number", "123"),
        ("truncated", plausible[..(plausible.Length / 2)]),
        ("unterminated string", "{\"a\": \"b"),
        ("trailing garbage", plausible + "}}"),
        ("two objects", plausible + plausible),
        ("comments", "/* x */" + plausible),
        ("BOM", "\uFEFF" + plausible),
        ("empty object", "{}"),
        ("unknown members only", "{\"zzz\":1,\"__proto__\":{\"admin\":true}}"),
        ("deep arrays", new string('[', 5000) + new string(']', 5000)),
        ("deep objects", string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200)),
        ("NUL as a member name", "{\"\\u0000\":1}"),
        ("duplicate of the whole body", plausible.Length > 2 ? plausible[..^1] + "," + plausible[1..] : plausible),
    ];

    /// <summary>Wrong values for a member, as raw JSON: its sample value tells what "wrong type" means.</summary>
    private static IEnumerable<(string, string)> OddValues(string name, JsonNode schema, JsonNode? sample)
    {
        var type = OpenApiOperations.TypeOf(schema);
        var valid = sample?.ToJsonString() ?? "null";
        yield return ("null", "null");
        if (type != "string") yield return ("string", "\"text\"");
        if (type is not ("number" or "integer")) yield return ("number", "123");
        if (type != "boolean") yield return ("boolean", "true");
        if (type != "object") yield return ("object", "{\"a\":1}");
        if (type != "array") yield return ("array", "[1,\"a\",null]");
        yield return ("NUL", "\"abc\\u0000def\"");
        yield return ("control characters", "\"a\\u0001\\u001f\\u007f\\b\\f\\tb\"");
        yield return ("lone surrogate", "\"a\\ud800b\"");
        yield return ("unicode", "\"ü😀\u202e\u200b\"");
        yield return ("empty string", "\"\"");
        yield return ("whitespace", "\"   \"");
        yield return ("huge string", $"\"{new string('a', 100_000)}\"");
        yield return ("10,000 items", "[" + string.Join(',', Enumerable.Repeat(valid, 10_000)) + "]");
        yield return ("deep value", new string('[', 200) + new string(']', 200));
        yield return ("number overflow", "1e400");
        yield return ("huge integer", "99999999999999999999999999");
        yield return ("negative", "-1");
        yield return ("duplicate member", $"{valid}, \"{name}\": {valid}");
        yield return ("empty GUID", $"\"{Guid.Empty}\"");
        yield return ("year 0001", "\"0001-01-01T00:00:00Z\"");
        yield return ("year 9999", "\"9999-12-31T23:59:59Z\"");
        yield return ("impossible date", "\"2026-13-45T25:61:00Z\"");
        yield return ("out of Indonesia", "\"31.71.01.1001\"");
        if (type == "array") yield return ("array of nulls", "[null,null]");
    }

    /// <summary>Every member to two levels below the body: its path, schema and sample value.</summary>
    private static IEnumerable<(string[] Path, JsonNode Schema, JsonNode? Sample)> Members(JsonNode schema, JsonObject sample, string[] parent)
    {
        if (schema["properties"] is not JsonObject properties) yield break;
        foreach (var (name, property) in properties)
        {
            var path = parent.Append(name).ToArray();
            yield return (path, property!, sample[name]);
            if (parent.Length < 1 && sample[name] is JsonObject nested)
                foreach (var member in Members(property!, nested, path)) yield return member;
        }
    }

    private static string WithRaw(JsonObject body, string[] path, string raw)
    {
        var copy = body.DeepClone().AsObject();
        var target = path[..^1].Aggregate(copy, (node, key) => node[key] as JsonObject ?? throw new InvalidOperationException(key));
        target[path[^1]] = "__FAULT__";
        return copy.ToJsonString().Replace(Placeholder, raw);
    }

    /// <summary>A plausible value for a schema: by format, by a few well-known member names, else by type.</summary>
    private static JsonNode? Sample(JsonNode schema, string name, int depth)
    {
        if (schema["enum"] is JsonArray values && values.Count > 0) return values[0]!.DeepClone();
        var format = schema["format"]?.GetValue<string>();
        switch (OpenApiOperations.TypeOf(schema))
        {
            case "object":
                var result = new JsonObject();
                if (depth < 4 && schema["properties"] is JsonObject properties)
                    foreach (var (member, memberSchema) in properties)
                        if (member != "action") result[member] = Sample(memberSchema!, member, depth + 1);
                return result;
            case "array":
                return name == "needs" ? new JsonArray("medical") : new JsonArray(schema["items"] is { } items ? Sample(items, "", depth + 1) : "medical");
            case "integer":
                return 30;
            case "number":
                return name.ToLowerInvariant() switch { "latitude" => -7.33, "longitude" => 112.7, _ => 1.5 };
            case "boolean":
                return name == "anonymous" ? false : true;
        }
        return format switch
        {
            "uuid" => Guid.NewGuid().ToString(),
            "date-time" => DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
            "date" => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd"),
            _ => name.ToLowerInvariant() switch
            {
                "desacode" => "35.78.01.1002",
                "kecamatancode" => "35.78.01",
                "region" => "35.78",
                "phone" => "081234567890",
                "nik" => "3578011204800001",
                "category" => "penyandang_disabilitas",
                "sourceurl" => "https://www.instagram.com/p/example",
                "role" => "jsc_operator",
                _ => "Teks contoh dari uji gangguan",
            },
        };
    }
}
