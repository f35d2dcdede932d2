using System.Text.Json.Nodes;

namespace TKSK.Cases.Tests.Faults;

/// <summary>A parameter of an operation as the OpenAPI document describes it.</summary>
public sealed record OpenApiParameter(string Name, string In, JsonNode? Schema);

/// <summary>One operation of the service's own OpenAPI document, with its schemas resolved enough to make requests.</summary>
public sealed record OpenApiOperation(
    string Method, string Path, string OperationId, IReadOnlyList<OpenApiParameter> Parameters, JsonNode? BodySchema, IReadOnlyList<string> Methods)
{
    public override string ToString() => $"{Method} {Path} ({OperationId})";
}

/// <summary>
/// Reads the operations from the OpenAPI document the service publishes, so that whatever it
/// describes — an endpoint added next month included — is what the fault suite attacks.
/// </summary>
public sealed class OpenApiOperations(JsonNode document)
{
    public IReadOnlyList<OpenApiOperation> All { get; } = Read(document);

    private static IReadOnlyList<OpenApiOperation> Read(JsonNode document)
    {
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var methods = item!.AsObject().Select(m => m.Key.ToUpperInvariant()).Where(m => m is "GET" or "POST" or "PUT" or "PATCH" or "DELETE").ToList();
            foreach (var (method, operation) in item.AsObject())
            {
                if (!methods.Contains(method.ToUpperInvariant())) continue;
                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => new OpenApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["schema"]))
                    .ToList();
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path, operation["operationId"]?.GetValue<string>() ?? $"{method} {path}",
                    parameters, body is null ? null : Resolve(document, body), methods));
            }
        }
        return operations;
    }

    /// <summary>The schema with $ref, oneOf [null, X] and type [null, X] resolved to X, nested properties and items too (to a few levels).</summary>
    public static JsonNode Resolve(JsonNode document, JsonNode schema, int depth = 0)
    {
        schema = Unwrap(document, schema);
        var resolved = schema.DeepClone().AsObject();
        if (depth > 4) return resolved;
        if (resolved["properties"] is JsonObject properties)
            foreach (var name in properties.Select(p => p.Key).ToList())
                properties[name] = Resolve(document, properties[name]!, depth + 1);
        if (resolved["items"] is { } items) resolved["items"] = Resolve(document, items, depth + 1);
        return resolved;
    }

    private static JsonNode Unwrap(JsonNode document, JsonNode schema)
    {
        for (var guard = 0; guard < 10; guard++)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
                schema = reference.TrimStart('#', '/').Split('/').Aggregate((JsonNode?)document, (node, key) => node?[key])
                         ?? throw new InvalidOperationException($"Unresolvable {reference}");
            else if (schema["oneOf"] is JsonArray oneOf && oneOf.FirstOrDefault(s => s?["type"]?.ToString() != "null") is { } notNull)
                schema = notNull;
            else return schema;
        }
        return schema;
    }

    /// <summary>The schema's type without "null": "string", "integer", "number", "boolean", "array", "object" (or "string" when unsaid).</summary>
    public static string TypeOf(JsonNode schema)
    {
        var type = schema["type"];
        if (type is JsonArray types) return types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "string";
        if (type is JsonValue) return type.GetValue<string>();
        if (schema["properties"] is not null) return "object";
        if (schema["enum"] is not null) return "string";
        return "string";
    }
}
