using System.Net;
using System.Text.Json.Nodes;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// A report logged with intake assist records what was suggested and what was saved, field by field: the trend
/// dashboard counts how often each suggestion is kept, and the quoted words are erased with the report text.
/// </summary>
public sealed class intake_assist_acceptance(AppFixture fixture) : IntegrationContext(fixture)
{
    private const string Post = "Tulung min, ada mbah2 tinggal sendirian di Ds. Plumpungrejo kec. Wonoasri Madiun, ga ada yg ngurus, udah 3 hari ga makan";

    // The operator kept the place, the category and "not pasung", and lowered the urgency from emergency to high.
    private static object Report(object? assist) => new
    {
        channel = "facebook",
        reporter = new { anonymous = true },
        subject = new { sex = "female", approximateAge = 80 },
        location = new { desaCode = "35.19.15.2006" },
        category = "lanjut_usia_telantar",
        pasung = false,
        summary = Post,
        urgency = "high",
        assist,
    };

    private static readonly object Suggested = new
    {
        fields = new object[]
        {
            new { field = "kabupaten", suggested = "35.19", evidence = new[] { "Madiun" } },
            new { field = "kecamatan", suggested = "35.19.15", evidence = new[] { "kec. Wonoasri" } },
            new { field = "desa", suggested = "35.19.15.2006", evidence = new[] { "Ds. Plumpungrejo" } },
            new { field = "category", suggested = "lanjut_usia_telantar", evidence = new[] { "mbah2 tinggal sendirian" } },
            new { field = "pasung", suggested = "false", evidence = Array.Empty<string>() },
            new { field = "urgency", suggested = "emergency", evidence = new[] { "udah 3 hari ga makan" } },
        },
    };

    [Fact]
    public async Task the_referral_records_each_suggestion_beside_what_was_saved()
    {
        var id = (await Api.As(Role.JscOperator, "35").Received(Report(Suggested))).Str("id");

        var review = (await Api.Get($"/api/v1/referrals/{id}/history")).Body!.AsArray()
            .Single(e => e!["type"]!.GetValue<string>() == "intake_suggestions_reviewed")!;
        var fields = review["data"]!["fields"]!.AsArray().ToDictionary(f => f!["field"]!.GetValue<string>());
        Assert.Equal(["kabupaten", "kecamatan", "desa", "category", "pasung", "urgency"], fields.Keys);
        Assert.All(fields.Where(f => f.Key != "urgency"), f => Assert.True(f.Value!["accepted"]!.GetValue<bool>()));
        Assert.False(fields["urgency"]!["accepted"]!.GetValue<bool>());
        Assert.Equal(("emergency", "high"), (fields["urgency"]!["suggested"]!.GetValue<string>(), fields["urgency"]!["confirmed"]!.GetValue<string>()));
        Assert.Equal("Ds. Plumpungrejo", fields["desa"]!["evidence"]!.AsArray().Single()!.GetValue<string>());
        Assert.NotNull(review["actor"]);
    }

    [Fact]
    public async Task the_trend_dashboard_gives_the_acceptance_rate_per_field()
    {
        var operatorApi = Api.As(Role.JscOperator, "35");
        await operatorApi.Received(Report(Suggested));
        await operatorApi.Received(Report(Suggested));
        await operatorApi.Received(Report(new { fields = new[] { new { field = "urgency", suggested = "high", evidence = new[] { "ga ada yg ngurus" } } } }));
        await operatorApi.Received(Report(null));
        await Fixture.CaughtUpAsync();

        var month = (await Api.Get("/api/v1/dashboards/trend?months=1")).Body!["months"]!.AsArray().Single()!;
        Assert.Equal(4, month["intake"]!.GetValue<long>());
        var assist = month["intakeAssist"]!.AsObject();
        Assert.Equal((3L, 1L, 0.333), Rate(assist["urgency"]));
        Assert.Equal((2L, 2L, 1.0), Rate(assist["desa"]));
        Assert.Equal((2L, 2L, 1.0), Rate(assist["pasung"]));
        // Madiun's kabupaten sees its own reports' rates; another kabupaten none.
        var madiun = (await Api.Get("/api/v1/dashboards/trend?months=1&region=35.19")).Body!["months"]!.AsArray().Single()!;
        Assert.Equal((3L, 1L, 0.333), Rate(madiun["intakeAssist"]!["urgency"]));
        var surabaya = (await Api.Get("/api/v1/dashboards/trend?months=1&region=35.78")).Body!["months"]!.AsArray().Single()!;
        Assert.Empty(surabaya["intakeAssist"]!.AsObject());
    }

    private static (long, long, double) Rate(JsonNode? f) =>
        (f!["suggested"]!.GetValue<long>(), f["accepted"]!.GetValue<long>(), f["rate"]!.GetValue<double>());

    [Fact]
    public async Task the_quoted_words_are_erased_with_the_report_and_never_reach_an_agency()
    {
        var id = (await Api.As(Role.JscOperator, "35").Received(Report(Suggested))).Str("id");
        var feed = await Api.Get("/api/v1/feed?after=0&limit=500");
        Assert.DoesNotContain("Plumpungrejo", feed.Body!.ToJsonString());

        var erased = await Api.Post($"/api/v1/referrals/{id}/erasure", new { reason = "Permintaan subjek data", requestReference = "PDP-2026-009" });
        Assert.Equal(HttpStatusCode.OK, erased.Status);
        var review = (await Api.Get($"/api/v1/referrals/{id}/history")).Body!.AsArray()
            .Single(e => e!["type"]!.GetValue<string>() == "intake_suggestions_reviewed")!;
        Assert.DoesNotContain("Plumpungrejo", review.ToJsonString());
        Assert.DoesNotContain("ngurus", review.ToJsonString());
        // What was kept and what was changed stays: it is no one's personal data, and the rates do not change.
        Assert.False(review["data"]!["fields"]!.AsArray().Single(f => f!["field"]!.GetValue<string>() == "urgency")!["accepted"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("pasung", "maybe", "assist.fields[0].suggested")]
    [InlineData("category", "kucing_liar", "assist.fields[0].suggested")]
    [InlineData("kecamatan", "35.19", "assist.fields[0].suggested")]
    [InlineData("weather", "sunny", "assist.fields[0].field")]
    public async Task a_suggestion_no_engine_could_make_is_a_problem_naming_it_and_nothing_is_logged(string field, string suggested, string path)
    {
        var reply = await Api.As(Role.JscOperator, "35").Post("/api/v1/referrals", Report(new { fields = new[] { new { field, suggested, evidence = Array.Empty<string>() } } }));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.NotNull(reply.Node("errors")![path]);
        Assert.Empty((await Api.Get("/api/v1/referrals")).Body!["items"]!.AsArray());
    }

    [Fact]
    public async Task a_field_suggested_twice_is_a_problem()
    {
        var twice = new { fields = new[] { new { field = "urgency", suggested = "high", evidence = Array.Empty<string>() }, new { field = "urgency", suggested = "normal", evidence = Array.Empty<string>() } } };
        var reply = await Api.As(Role.JscOperator, "35").Post("/api/v1/referrals", Report(twice));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.NotNull(reply.Node("errors")!["assist.fields"]);
    }
}
