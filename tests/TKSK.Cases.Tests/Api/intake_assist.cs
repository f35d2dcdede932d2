using System.Net;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

public sealed class intake_assist(AppFixture fixture) : IntegrationContext(fixture)
{
    private const string Post = "Tulung min, ada mbah2 tinggal sendirian di Ds. Plumpungrejo kec. Wonoasri Madiun, ga ada yg ngurus, udah 3 hari ga makan 😢 @dinsosjatim";

    [Fact]
    public async Task an_operator_gets_the_suggestions_with_their_evidence()
    {
        var reply = await Api.As(Role.JscOperator, "35").Post("/api/v1/intake-assist", new { text = Post });
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("35.19.15.2006", reply.Str("place.desaCode"));
        Assert.Equal("35.19.15", reply.Str("place.kecamatanCode"));
        Assert.Equal("35.19", reply.Str("place.kabupatenCode"));
        Assert.Equal("35", reply.Str("place.provinceCode"));
        Assert.False(reply.Node("place.outOfArea")!.GetValue<bool>());
        Assert.NotNull(reply.Node("place.alternatives")!.AsArray());
        var evidence = reply.Node("place.evidence")!.AsArray()[0]!;
        Assert.Equal(Post.Substring(evidence["start"]!.GetValue<int>(), evidence["end"]!.GetValue<int>() - evidence["start"]!.GetValue<int>()), evidence["text"]!.GetValue<string>());
        Assert.Equal("lanjut_usia_telantar", reply.Str("category.code"));
        Assert.False(reply.Node("pasung.value")!.GetValue<bool>());
        Assert.Equal("emergency", reply.Str("urgency.value"));
        Assert.NotEmpty(reply.Node("urgency.evidence")!.AsArray());
    }

    [Fact]
    public async Task a_post_longer_than_10000_characters_is_a_problem_naming_text()
    {
        var reply = await Api.As(Role.JscOperator, "35").Post("/api/v1/intake-assist", new { text = new string('a', 10_001) });
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.Equal("urn:tksk-cases:problem:validation", reply.Str("type"));
        Assert.NotNull(reply.Node("errors")!["text"]);
    }

    [Fact]
    public async Task an_empty_post_is_a_problem_naming_text()
    {
        var reply = await Api.As(Role.JscOperator, "35").Post("/api/v1/intake-assist", new { text = "" });
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.NotNull(reply.Node("errors")!["text"]);
    }

    [Fact]
    public async Task only_those_who_may_do_intake_may_ask()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Anonymous().Post("/api/v1/intake-assist", new { text = Post })).Status);
        // A TKSK's refusal is in the authorization matrix, which signs in a registered coordinator.
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.As(Role.Supervisor, "35.19").Post("/api/v1/intake-assist", new { text = Post })).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.Post("/api/v1/intake-assist", new { text = Post })).Status);
    }

    [Fact]
    public async Task the_answer_quotes_personal_data_so_an_idempotency_key_keeps_nothing()
    {
        var operatorApi = Api.As(Role.JscOperator, "35");
        var first = await operatorApi.Post("/api/v1/intake-assist", new { text = Post }, ("Idempotency-Key", "paste-1"));
        var again = await operatorApi.Post("/api/v1/intake-assist", new { text = Post }, ("Idempotency-Key", "paste-1"));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.False(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(first.Body!.ToJsonString(), again.Body!.ToJsonString());
        Assert.DoesNotContain(Fixture.Logs.Lines, m => m.Contains("Plumpungrejo"));
    }

    [Fact]
    public async Task the_openapi_document_describes_the_operation_with_an_example()
    {
        var doc = await Api.Get("/openapi/v1.json");
        var operation = doc.Body!["paths"]!["/api/v1/intake-assist"]!["post"]!;
        Assert.Equal("SuggestIntake", operation["operationId"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()));
        Assert.Contains("UTF-16", operation["description"]!.GetValue<string>());
        Assert.NotNull(operation["requestBody"]!["content"]!["application/json"]!["example"]!["text"]);
        Assert.Equal("35.19.15", operation["responses"]!["200"]!["content"]!["application/json"]!["example"]!["place"]!["kecamatanCode"]!.GetValue<string>());
    }
}
