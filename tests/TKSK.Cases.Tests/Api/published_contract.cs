using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Generated clients of other agencies are built from the OpenAPI document. Contract/openapi-v1.json is the document
/// as published: every path, operation id, parameter, request and response schema in it must still be there, the same.
/// New operations, schemas, tags, optional parameters and response properties (required ones too) may be added; texts (summary,
/// description) may improve. Every operation the service serves is published: a new one fails here until it is.
/// </summary>
/// <remarks>
/// Published 2026-11-25; republished 2026-12-07 with the corrections of issue 19 (answers typed IResult removed, ids
/// typed uuid, numbers typed as numbers, query parameters camelCase and typed) and every operation of that day.
/// To publish a deliberate addition: <c>TKSK_PUBLISH_CONTRACT=1 dotnet test tests/TKSK.Cases.Tests --filter published_contract</c>
/// writes the live document over the file; the diff is the change to review.
/// </remarks>
public sealed class published_contract(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly HashSet<string> Texts = ["summary", "description"];
    // Lists where an addition breaks no client: every published element must still be there.
    private static readonly HashSet<string> Growable = ["tags"];
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task the_openapi_document_keeps_everything_it_published()
    {
        var (published, live) = await DocumentsAsync();
        var differences = new List<string>();
        Compare(published, live, "$", differences, AnswerOnly(live));
        Assert.True(differences.Count == 0, "The OpenAPI document broke its published contract:\n" + string.Join('\n', differences.Take(400)));
    }

    [Fact]
    public async Task every_operation_the_service_serves_is_published()
    {
        var (published, live) = await DocumentsAsync();
        var unpublished = Operations(live).Except(Operations(published)).ToList();
        Assert.True(unpublished.Count == 0, "Not in Api/Contract/openapi-v1.json (publish it deliberately, see this class's remarks): " + string.Join(", ", unpublished));
    }

    private static IEnumerable<string> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => Methods.Where(m => path.Value![m] is not null).Select(m => $"{m.ToUpperInvariant()} {path.Key}"));

    private async Task<(JsonNode Published, JsonNode Live)> DocumentsAsync()
    {
        var reply = await Api.Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        if (Environment.GetEnvironmentVariable("TKSK_PUBLISH_CONTRACT") == "1")
            await File.WriteAllTextAsync(SourceFile(), reply.Body!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        var published = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Api", "Contract", "openapi-v1.json")))!;
        return (Environment.GetEnvironmentVariable("TKSK_PUBLISH_CONTRACT") == "1" ? reply.Body! : published, reply.Body!);
    }

    private static string SourceFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TKSK.Cases.sln")))
                return Path.Combine(dir.FullName, "tests", "TKSK.Cases.Tests", "Api", "Contract", "openapi-v1.json");
        throw new InvalidOperationException("No TKSK.Cases.sln above the test's folder.");
    }

    /// <summary>
    /// The paths of the component schemas no request body reaches: in these a property may become required (always
    /// present in an answer), which breaks no client; in a request it would refuse what clients send today.
    /// </summary>
    private static HashSet<string> AnswerOnly(JsonNode document)
    {
        var schemas = document["components"]!["schemas"]!.AsObject();
        var inRequests = new HashSet<string>();
        var pending = new Stack<JsonNode?>(document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => o.Value is JsonObject op ? op["requestBody"] : null)));
        while (pending.TryPop(out var node))
            switch (node)
            {
                case JsonObject o when o["$ref"] is JsonValue r && r.GetValue<string>() is var target && target.StartsWith("#/components/schemas/"):
                    if (inRequests.Add(target["#/components/schemas/".Length..])) pending.Push(schemas[target["#/components/schemas/".Length..]]);
                    break;
                case JsonObject o: foreach (var (_, v) in o) pending.Push(v); break;
                case JsonArray a: foreach (var v in a) pending.Push(v); break;
            }
        return [.. schemas.Select(s => s.Key).Except(inRequests).Select(name => $"$.components.schemas.{name}.required")];
    }

    /// <summary>Everything in <paramref name="was"/> is in <paramref name="now"/>; objects may gain members, arrays and values stay equal.</summary>
    private static void Compare(JsonNode? was, JsonNode? now, string path, List<string> differences, IReadOnlySet<string> growable)
    {
        switch (was)
        {
            case JsonObject before when now is JsonObject after:
                foreach (var (key, value) in before)
                {
                    if (Texts.Contains(key) && value is JsonValue) continue;
                    if (!after.ContainsKey(key)) differences.Add($"{path}.{key} is gone");
                    else Compare(value, after[key], $"{path}.{key}", differences, growable);
                }
                break;
            case JsonArray before when now is JsonArray after && path.EndsWith(".parameters"):
                // A parameter is itself wherever it stands: matched by name and place, then compared as an object.
                foreach (var parameter in before.OfType<JsonObject>())
                {
                    var (name, place) = ((string?)parameter["name"], (string?)parameter["in"]);
                    var match = after.OfType<JsonObject>().FirstOrDefault(a => (string?)a["name"] == name && (string?)a["in"] == place);
                    if (match is null) differences.Add($"{path}: parameter {name} in {place} is gone");
                    else Compare(parameter, match, $"{path}[{name}]", differences, growable);
                }
                break;
            case JsonArray before when now is JsonArray after && (Growable.Contains(path[(path.LastIndexOf('.') + 1)..]) || growable.Contains(path)):
                foreach (var element in before.Where(e => !after.Any(a => JsonNode.DeepEquals(e, a))))
                    differences.Add($"{path}: {element?.ToJsonString()} is gone");
                break;
            case JsonArray before when now is JsonArray after:
                if (before.Count != after.Count) differences.Add($"{path}: {before.ToJsonString()} became {after.ToJsonString()}");
                else for (var i = 0; i < before.Count; i++) Compare(before[i], after[i], $"{path}[{i}]", differences, growable);
                break;
            default:
                if (!JsonNode.DeepEquals(was, now)) differences.Add($"{path}: {was?.ToJsonString()} became {now?.ToJsonString()}");
                break;
        }
    }
}
