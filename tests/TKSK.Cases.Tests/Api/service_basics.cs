using System.Net;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

public sealed class service_basics(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task health_live_and_ready_answer_healthy_when_the_database_is_in_place()
    {
        Assert.Equal(HttpStatusCode.OK, (await Api.Get("/health/live")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.Get("/health/ready")).Status);
    }

    [Fact]
    public async Task openapi_document_describes_every_endpoint_with_its_problem_responses()
    {
        var doc = await Api.Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, doc.Status);
        var paths = doc.Body!["paths"]!.AsObject();
        foreach (var path in new[]
                 {
                     "/api/v1/referrals", "/api/v1/referrals/{id}", "/api/v1/referrals/{id}/history", "/api/v1/categories",
                     "/api/v1/regions/provinces", "/api/v1/regions/kecamatan/{code}/desa", "/api/v1/coordinators",
                     "/api/v1/referrals/{id}/assessment", "/api/v1/referrals/{id}/steps/{stepId}/complete", "/api/v1/referrals/{id}/closure",
                 })
            Assert.True(paths.ContainsKey(path), $"OpenAPI lacks {path}");

        var intake = paths["/api/v1/referrals"]!["post"]!;
        Assert.NotNull(intake["requestBody"]);
        Assert.NotNull(intake["responses"]!["201"]);
        Assert.NotNull(intake["responses"]!["400"]);
        var closure = paths["/api/v1/referrals/{id}/closure"]!["post"]!["responses"]!.AsObject();
        foreach (var code in new[] { "200", "400", "404", "409", "412" }) Assert.True(closure.ContainsKey(code), $"closure lacks {code}");

        var schemas = doc.Body["components"]!["schemas"]!;
        Assert.Equal(["emergency", "high", "normal"], schemas["Urgency"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Contains("walk_in", schemas["Channel"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        // What the validator requires, not every nullable field.
        Assert.Equal(
            new[] { "category", "channel", "location", "reporter", "subject", "summary", "urgency" },
            schemas["ReceiveReferral"]!["required"]!.AsArray().Select(v => v!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task api_reference_page_is_served_at_docs()
    {
        var page = await Api.Get("/docs/");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html", page.ContentType);
    }

    [Fact]
    public async Task unknown_referral_is_a_404_problem_and_so_is_an_id_that_is_not_a_guid()
    {
        foreach (var url in new[] { $"/api/v1/referrals/{Guid.NewGuid()}", "/api/v1/referrals/not-a-guid", $"/api/v1/referrals/{Guid.NewGuid()}/history" })
        {
            var reply = await Api.Get(url);
            Assert.Equal(HttpStatusCode.NotFound, reply.Status);
            Assert.Equal("application/problem+json", reply.ContentType);
        }
    }
}
