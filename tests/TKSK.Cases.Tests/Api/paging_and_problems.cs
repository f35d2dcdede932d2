using System.Net;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>A page too deep is a 400 naming the page, never a 500; a problem never repeats what the caller typed.</summary>
public sealed class paging_and_problems(AppFixture fixture) : IntegrationContext(fixture)
{
    [Theory]
    [InlineData("/api/v1/access-log?page=2147483647")]
    [InlineData("/api/v1/notifications?recipient=province:35&page=2147483647")]
    [InlineData("/api/v1/referrals?page=100000&pageSize=100")]
    [InlineData("/api/v1/referrals?page=402&pageSize=25")]
    public async Task a_page_past_the_first_ten_thousand_rows_is_a_400_naming_the_page(string url)
    {
        var reply = await Api.Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("urn:tksk-cases:problem:validation", reply.Str("type"));
        Assert.NotNull(reply.Node("errors.page"));
    }

    [Theory]
    [InlineData("/api/v1/feed?limit=abc", "limit")]
    [InlineData("/api/v1/feed?after=1.5", "after")]
    [InlineData("/api/v1/access-log?page=dua", "page")]
    [InlineData("/api/v1/notifications?recipient=province:35&page=9999999999", "page")]
    [InlineData("/api/v1/dashboards/trend?months=abc", "months")]
    public async Task a_number_that_is_not_one_is_a_400_naming_it_never_a_default(string url, string parameter)
    {
        var reply = await Api.Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("urn:tksk-cases:problem:validation", reply.Str("type"));
        Assert.NotNull(reply.Node($"errors.{parameter}"));
    }

    [Fact]
    public async Task the_last_page_inside_the_limit_answers()
    {
        Assert.Equal(HttpStatusCode.OK, (await Api.Get("/api/v1/referrals?page=400&pageSize=25")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.Get("/api/v1/access-log?page=100")).Status);
    }

    [Theory]
    [InlineData("/api/v1/dashboards/kabupaten/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/api/v1/referrals?kabupaten=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/api/v1/referrals?status=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/api/v1/referrals?sort=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/api/v1/dashboards/trend?region=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/api/v1/dashboards/overview?province=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/api/v1/notifications/%3Cscript%3Ealert(1)%3C%2Fscript%3E/read")]
    public async Task a_problem_does_not_repeat_what_was_sent(string url)
    {
        var reply = url.EndsWith("/read") ? await Api.Post(url, new { }) : await Api.Get(url);
        Assert.True((int)reply.Status is >= 400 and < 500, reply.ToString());
        Assert.DoesNotContain("script", reply.Body?.ToJsonString() ?? "");
    }

    [Fact]
    public async Task the_openapi_document_lists_every_problem_type_with_its_meaning()
    {
        var types = (await Api.Get("/openapi/v1.json")).Node("x-problem-types")!.AsObject();
        foreach (var type in new[] { "validation", "unauthorized", "forbidden", "not-found", "agency-exists", "subscription-limit", "export-too-large", "too-many-requests", "stale-version" })
            Assert.False(string.IsNullOrWhiteSpace(types[$"urn:tksk-cases:problem:{type}"]?.GetValue<string>()), type);
    }
}
