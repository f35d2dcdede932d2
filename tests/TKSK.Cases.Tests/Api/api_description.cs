using System.Net;
using System.Text.Json.Nodes;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// The OpenAPI document as an integrator's tools read it: every operation explained, one typed answer per success,
/// ids as uuids, numbers as numbers, lists with their items, query parameters named as sent. (Spectral's
/// spectral:oas ruleset runs over it too, in .ci/run where node exists; these are the rules a generated client needs.)
/// </summary>
public sealed class api_description(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<JsonObject> DocumentAsync()
    {
        var reply = await Api.Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        return reply.Body!.AsObject();
    }

    private static IEnumerable<(string Name, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => Methods.Where(m => path.Value![m] is not null)
            .Select(m => ($"{m.ToUpperInvariant()} {path.Key}", path.Value![m]!.AsObject())));

    [Fact]
    public async Task every_operation_has_an_id_a_summary_and_a_description_in_words()
    {
        var document = await DocumentAsync();
        var missing = Operations(document)
            .Where(o => string.IsNullOrWhiteSpace((string?)o.Operation["operationId"]) || string.IsNullOrWhiteSpace((string?)o.Operation["summary"])
                        || string.IsNullOrWhiteSpace((string?)o.Operation["description"])
                        // Wolverine's chain names (GET_api_v1_…) are not words for a reader.
                        || ((string?)o.Operation["summary"])!.StartsWith("GET_") || ((string?)o.Operation["summary"])!.StartsWith("POST_"))
            .Select(o => o.Name).ToList();
        Assert.True(missing.Count == 0, "Without an id, a summary or a description: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task each_success_answers_one_declared_type_never_an_aspnet_result()
    {
        var document = await DocumentAsync();
        Assert.Null(document["components"]!["schemas"]!["IResult"]);
        var divergent = Operations(document).Where(o =>
            o.Operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2'))
                .Select(r => r.Value?["content"]?["application/json"]?["schema"]?.ToJsonString()).Where(s => s is not null).Distinct().Count() > 1)
            .Select(o => o.Name).ToList();
        Assert.True(divergent.Count == 0, "Several success bodies of different types: " + string.Join(", ", divergent));
    }

    [Fact]
    public async Task ids_are_uuids_and_query_parameters_are_named_as_sent()
    {
        var document = await DocumentAsync();
        var wrong = new List<string>();
        foreach (var (name, operation) in Operations(document))
        foreach (var parameter in operation["parameters"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            var (parameterName, place) = ((string)parameter["name"]!, (string)parameter["in"]!);
            if (place == "path" && (parameterName == "id" || parameterName.EndsWith("Id")) && (string?)parameter["schema"]?["format"] != "uuid")
                wrong.Add($"{name}: path {parameterName} is not a uuid");
            if (place == "query" && !char.IsLower(parameterName[0]))
                wrong.Add($"{name}: query {parameterName} is not camelCase");
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        var list = Operations(document).Single(o => o.Name == "GET /api/v1/referrals").Operation["parameters"]!.AsArray().OfType<JsonObject>()
            .ToDictionary(p => (string)p["name"]!, p => p["schema"]!.ToJsonString());
        Assert.Equal("""{"type":"integer","format":"int32"}""", list["page"]);
        Assert.Equal("""{"type":"boolean"}""", list["pasung"]);
        Assert.Equal("""{"type":"string","format":"date"}""", list["receivedFrom"]);
        Assert.Contains("\"items\":{\"enum\":[\"received\"", list["status"]);
    }

    [Fact]
    public async Task numbers_are_numbers_and_every_list_says_what_it_holds()
    {
        var document = await DocumentAsync();
        var wrong = new List<string>();
        Walk(document, "$", wrong);
        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Take(40)));
    }

    private static void Walk(JsonNode? node, string path, List<string> wrong)
    {
        if (node is JsonObject schema)
        {
            var types = schema["type"] switch
            {
                JsonArray many => many.Select(t => (string?)t).ToList(),
                JsonValue one when one.TryGetValue<string>(out var type) => [type],
                _ => [],
            };
            if (types.Contains("string") && (types.Contains("integer") || types.Contains("number"))) wrong.Add($"{path}: {string.Join('|', types)}");
            if (types.Contains("array") && schema["items"] is null) wrong.Add($"{path}: an array without items");
            foreach (var (key, value) in schema) Walk(value, $"{path}.{key}", wrong);
        }
        else if (node is JsonArray array)
            for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", wrong);
    }
}
