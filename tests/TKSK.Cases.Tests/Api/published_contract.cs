using System.Net;
using System.Text.Json.Nodes;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Generated clients of other agencies are built from the OpenAPI document. Contract/openapi-v1.json
/// is the document as first published (2026-11-25): every path, operation id, parameter, request
/// and response schema in it must still be there, the same. New operations, schemas, tags, optional
/// parameters and response properties may be added; texts (summary, description) may improve.
/// </summary>
public sealed class published_contract(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly HashSet<string> Texts = ["summary", "description"];
    // Lists where an addition breaks no client: every published element must still be there.
    private static readonly HashSet<string> Growable = ["tags", "parameters"];

    [Fact]
    public async Task the_openapi_document_keeps_everything_it_published()
    {
        var published = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Api", "Contract", "openapi-v1.json")))!;
        var reply = await Api.Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, reply.Status);

        var differences = new List<string>();
        Compare(published, reply.Body!, "$", differences);
        Assert.True(differences.Count == 0, "The OpenAPI document broke its published contract:\n" + string.Join('\n', differences.Take(40)));
    }

    /// <summary>Everything in <paramref name="was"/> is in <paramref name="now"/>; objects may gain members, arrays and values stay equal.</summary>
    private static void Compare(JsonNode? was, JsonNode? now, string path, List<string> differences)
    {
        switch (was)
        {
            case JsonObject before when now is JsonObject after:
                foreach (var (key, value) in before)
                {
                    if (Texts.Contains(key) && value is JsonValue) continue;
                    if (!after.ContainsKey(key)) differences.Add($"{path}.{key} is gone");
                    else Compare(value, after[key], $"{path}.{key}", differences);
                }
                break;
            case JsonArray before when now is JsonArray after && Growable.Contains(path[(path.LastIndexOf('.') + 1)..]):
                foreach (var element in before.Where(e => !after.Any(a => JsonNode.DeepEquals(e, a))))
                    differences.Add($"{path}: {element?.ToJsonString()} is gone");
                break;
            case JsonArray before when now is JsonArray after:
                if (before.Count != after.Count) differences.Add($"{path}: {before.ToJsonString()} became {after.ToJsonString()}");
                else for (var i = 0; i < before.Count; i++) Compare(before[i], after[i], $"{path}[{i}]", differences);
                break;
            default:
                if (!JsonNode.DeepEquals(was, now)) differences.Add($"{path}: {was?.ToJsonString()} became {now?.ToJsonString()}");
                break;
        }
    }
}
