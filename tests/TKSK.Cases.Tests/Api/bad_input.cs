using System.Net;
using Marten;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>Every kind of bad input is a problem response, never a 500, and nothing is written.</summary>
public sealed class bad_input(AppFixture fixture) : IntegrationContext(fixture)
{
    private async Task<Reply> ShouldBeRejected(HttpStatusCode expected, string json, params (string, string)[] headers)
    {
        var reply = await Api.Send(HttpMethod.Post, "/api/v1/referrals", json, headers);
        Assert.Equal(expected, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        await using var session = Fixture.Store.QuerySession();
        Assert.Equal(0, await session.Query<Referral>().CountAsync());
        Assert.Equal(0, await session.Events.QueryAllRawEvents().CountAsync());
        return reply;
    }

    private static string Report(Func<string, string> change)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Scenarios.PasungReport(), System.Text.Json.JsonSerializerOptions.Web);
        return change(json);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"a string\"")]
    [InlineData("{\"approximateAge\": ")]
    public async Task malformed_or_non_object_json_is_a_400(string json) =>
        await ShouldBeRejected(HttpStatusCode.BadRequest, json);

    [Fact]
    public async Task empty_body_is_a_400() => await ShouldBeRejected(HttpStatusCode.BadRequest, "");

    [Fact]
    public async Task each_invalid_field_is_named_by_its_path_in_indonesian_by_default()
    {
        var reply = await ShouldBeRejected(HttpStatusCode.BadRequest, Report(j => j
            .Replace("\"instagram\"", "\"telegram\"")
            .Replace("3578011204800001", "3578013513800001")
            .Replace("\"approximateAge\":45", "\"approximateAge\":130")
            .Replace("https://www.instagram.com/p/example", "ftp://example")
            .Replace("\"emergency\"", "\"urgent\"")));
        var errors = reply.Body!["errors"]!.AsObject();
        Assert.Equal(
            new[] { "channel", "sourceUrl", "subject.approximateAge", "subject.nik", "urgency" },
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("NIK harus 16 angka", errors["subject.nik"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task messages_are_english_when_accept_language_prefers_it()
    {
        var reply = await ShouldBeRejected(HttpStatusCode.BadRequest, Report(j => j.Replace("3578011204800001", "12345")), ("Accept-Language", "en-US,en;q=0.9"));
        Assert.StartsWith("NIK must be 16 digits", reply.Body!["errors"]!["subject.nik"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task unknown_category_and_region_codes_are_400s_naming_the_field()
    {
        var reply = await ShouldBeRejected(HttpStatusCode.BadRequest, Report(j => j
            .Replace("penyandang_disabilitas", "pasung").Replace("35.78.01.1002", "35.78.01.9999")));
        Assert.NotNull(reply.Body!["errors"]!["category"]);
        Assert.NotNull(reply.Body["errors"]!["location.desaCode"]);
    }

    [Fact]
    public async Task overlong_names_are_named_in_words_people_read()
    {
        var reply = await ShouldBeRejected(HttpStatusCode.BadRequest, Report(j => j.Replace("\"Warga Kebraon\"", $"\"{new string('W', 250)}\"")));
        Assert.Equal("Paling panjang 200 karakter.", reply.Body!["errors"]!["reporter.name"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task required_parts_missing_are_named()
    {
        var reply = await ShouldBeRejected(HttpStatusCode.BadRequest, "{}");
        var errors = reply.Body!["errors"]!.AsObject();
        foreach (var field in new[] { "channel", "reporter", "subject", "location", "category", "summary", "urgency" })
            Assert.True(errors.ContainsKey(field), $"no error for {field}: {errors}");
    }

    [Fact]
    public async Task a_report_time_in_the_future_or_coordinates_outside_indonesia_are_rejected()
    {
        var future = DateTimeOffset.UtcNow.AddDays(1).ToString("O");
        var reply = await ShouldBeRejected(HttpStatusCode.BadRequest, Report(j => j
            .Replace("\"pasung\":true", $"\"pasung\":true,\"reportedAt\":\"{future}\"")
            .Replace("\"address\":\"Jl. Kebraon II\"", "\"address\":\"x\",\"latitude\":51.5,\"longitude\":-0.1")));
        Assert.NotNull(reply.Body!["errors"]!["reportedAt"]);
        Assert.NotNull(reply.Body["errors"]!["location.latitude"]);
        Assert.NotNull(reply.Body["errors"]!["location.longitude"]);
    }

    [Fact]
    public async Task a_body_over_256_kib_is_refused_as_too_large()
    {
        var huge = Report(j => j.Replace("\"summary\":\"", "\"summary\":\"" + new string('a', 300 * 1024)));
        await ShouldBeRejected(HttpStatusCode.RequestEntityTooLarge, huge);
    }

    [Fact]
    public async Task a_wrongly_typed_field_is_a_400_naming_its_path_not_a_500()
    {
        var reply = await ShouldBeRejected(HttpStatusCode.BadRequest, Report(j => j.Replace("\"approximateAge\":45", "\"approximateAge\":\"old\"")));
        Assert.Equal("urn:tksk-cases:problem:validation", reply.Str("type"));
        Assert.NotNull(reply.Body!["errors"]!["subject.approximateAge"]);
        Assert.DoesNotContain("System.", reply.ToString());
    }
}
