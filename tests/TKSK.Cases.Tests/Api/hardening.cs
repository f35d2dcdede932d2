using System.Net;
using System.Text.Json.Nodes;
using Marten;
using TKSK.Cases.Access;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Support;
using TKSK.Cases.Infrastructure.Storage;

namespace TKSK.Cases.Tests.Api;

/// <summary>What the hardening of 2026-11-26 promised, one finding at a time (the fault suite covers every operation at once).</summary>
public sealed class hardening(AppFixture fixture) : IntegrationContext(fixture)
{
    private async Task<long> EventCount()
    {
        await using var session = Fixture.Store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }

    private static void IsProblem(Reply reply, HttpStatusCode status, string type)
    {
        Assert.Equal(status, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.Equal(type, reply.Str("type"));
    }

    [Fact]
    public async Task a_nul_character_in_free_text_is_a_400_naming_the_field_and_nothing_is_written()
    {
        var id = (await Api.Received()).Str("id");
        var before = await EventCount();

        var note = await Api.Post($"/api/v1/referrals/{id}/notes", """{"text":"abc\u0000def"}""");
        IsProblem(note, HttpStatusCode.BadRequest, "urn:tksk-cases:problem:validation");
        Assert.NotNull(note.Body!["errors"]!["text"]);

        var intake = await Api.Post("/api/v1/referrals", System.Text.Json.JsonSerializer.Serialize(Scenarios.PasungReport(), System.Text.Json.JsonSerializerOptions.Web)
            .Replace("Warga Kebraon", @"Warga\u0000Kebraon"));
        IsProblem(intake, HttpStatusCode.BadRequest, "urn:tksk-cases:problem:validation");
        Assert.NotNull(intake.Body!["errors"]!["reporter.name"]);

        var query = await Api.Get("/api/v1/coordinators?kecamatan=35.78%0001");
        IsProblem(query, HttpStatusCode.BadRequest, "urn:tksk-cases:problem:validation");
        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task a_member_sent_twice_is_refused_whatever_its_case()
    {
        var id = (await Api.Received()).Str("id");
        var twice = await Api.Post($"/api/v1/referrals/{id}/notes", """{"text":"catatan pertama","Text":"catatan kedua"}""");
        IsProblem(twice, HttpStatusCode.BadRequest, "urn:tksk-cases:problem:validation");
        Assert.NotNull(twice.Body!["errors"]!["Text"]);

        var nested = await Api.Post("/api/v1/referrals", """{"subject":{"name":"a","name":"b"},"needs":[{"x":1,"x":2}]}""");
        Assert.NotNull(nested.Body!["errors"]!["subject.name"]);
        Assert.NotNull(nested.Body["errors"]!["needs[0].x"]);
        Assert.Equal(1, await EventCount());
    }

    [Fact]
    public async Task the_empty_guid_is_an_unknown_referral_on_every_command_and_read()
    {
        var empty = Guid.Empty.ToString();
        var validBodies = new Dictionary<string, object>
        {
            ["notes"] = new { text = "catatan" },
            ["assessment"] = new { category = "pengemis", urgency = "normal", decision = "unfounded" },
            ["assignment"] = new { coordinatorId = Guid.NewGuid(), reason = "routing" },
            ["acceptance"] = new { },
            ["decline"] = new { reason = "cuti" },
            ["visits"] = new { visitedAt = DateTimeOffset.UtcNow.AddHours(-1), subjectFound = true },
            ["field-assessment"] = new { riskLevel = "low", needs = new[] { "food" }, identityVerified = false },
            ["steps"] = new { kind = "other", title = "Kunjungan" },
            ["resolution"] = new { outcome = "deceased" },
            ["closure"] = new { approved = true },
            ["reopening"] = new { reason = "kambuh" },
        };
        foreach (var (action, body) in validBodies)
            IsProblem(await Api.Command(empty, action, body), HttpStatusCode.NotFound, "urn:tksk-cases:problem:not-found");
        IsProblem(await Api.Command(empty, $"steps/{Guid.NewGuid()}/start"), HttpStatusCode.NotFound, "urn:tksk-cases:problem:not-found");
        IsProblem(await Api.Get($"/api/v1/referrals/{empty}"), HttpStatusCode.NotFound, "urn:tksk-cases:problem:not-found");
        IsProblem(await Api.Get($"/api/v1/referrals/{empty}/history"), HttpStatusCode.NotFound, "urn:tksk-cases:problem:not-found");
    }

    [Fact]
    public async Task error_details_repeat_a_well_formed_id_but_never_what_was_sent_in_its_place()
    {
        var junk = await Api.Get("/api/v1/referrals/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Assert.Equal(HttpStatusCode.NotFound, junk.Status);
        Assert.DoesNotContain("script", junk.ToString());
        var id = Guid.NewGuid();
        Assert.Contains(id.ToString(), (await Api.Get($"/api/v1/referrals/{id}")).Str("detail"));
        Assert.DoesNotContain("<b>", (await Api.Get("/api/v1/regions/provinces/%3Cb%3E/kabupaten")).ToString());
    }

    [Fact]
    public async Task a_place_outside_east_java_is_taken_marked_out_of_area_and_left_to_the_province_desk()
    {
        var desk = Api.As(Role.JscOperator, "35");
        var jakarta = await desk.Received(Scenarios.PasungReport(nik: null, desa: "31.71.01.1001"));
        Assert.True(jakarta.Node("outOfArea")!.GetValue<bool>());
        Assert.Equal("31", jakarta.Str("place.provinceCode"));
        var id = jakarta.Str("id");
        Assert.True((await desk.Get($"/api/v1/referrals/{id}")).Node("outOfArea")!.GetValue<bool>());
        // Nobody of a kabupaten sees it: it is in none of theirs.
        Assert.Equal(HttpStatusCode.NotFound, (await Api.As(Role.Supervisor, "35.78").Get($"/api/v1/referrals/{id}")).Status);
        // The desk finds it in its queue (the export reads the same scope), where it has to be decided; a kabupaten's list does not show it.
        Assert.Contains(id, (await desk.Get("/api/v1/referrals?status=received")).Node("items")!.AsArray().Select(i => (string?)i!["id"]));
        Assert.Equal(0, (await Api.As(Role.Supervisor, "35.78").Get("/api/v1/referrals")).Node("total")!.GetValue<int>());

        var rejected = await desk.Command(id, "assessment", new { category = "penyandang_disabilitas", urgency = "high", decision = "out_of_scope", notes = "Dirujuk ke Dinsos DKI" }).Ok();
        Assert.Equal("rejected", rejected.Str("status"));

        Assert.False((await desk.Received()).Node("outOfArea")!.GetValue<bool>());
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1999-12-31T23:59:59Z")]
    public async Task a_report_time_before_2000_is_refused(string reportedAt)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Scenarios.PasungReport(), System.Text.Json.JsonSerializerOptions.Web)
            .Replace("\"pasung\":true", $"\"pasung\":true,\"reportedAt\":\"{reportedAt}\"");
        var reply = await Api.Post("/api/v1/referrals", json);
        IsProblem(reply, HttpStatusCode.BadRequest, "urn:tksk-cases:problem:validation");
        Assert.NotNull(reply.Body!["errors"]!["reportedAt"]);
        Assert.Equal(0, await EventCount());
    }

    [Fact]
    public async Task needs_name_each_code_once_and_a_huge_list_is_one_error()
    {
        var (id, _) = await Api.InProgress();
        var twice = await Api.Command(id, "field-assessment", new { riskLevel = "high", needs = new[] { "medical", "medical" }, identityVerified = false });
        IsProblem(twice, HttpStatusCode.BadRequest, "urn:tksk-cases:problem:validation");
        Assert.NotNull(twice.Body!["errors"]!["needs"]);

        var huge = await Api.Command(id, "field-assessment", new { riskLevel = "high", needs = Enumerable.Repeat("unknown", 10_000), identityVerified = false });
        IsProblem(huge, HttpStatusCode.BadRequest, "urn:tksk-cases:problem:validation");
        Assert.True(huge.Body!["errors"]!.AsObject().Count <= 2, huge.ToString());
    }

    [Fact]
    public async Task a_tksk_of_another_kecamatan_needs_a_reason_and_the_assignment_says_so()
    {
        var id = (await Api.Received()).Str("id");
        await Api.Assessed(id);
        var neighbour = await Api.Coordinator("35.78.02", "Dewi Lestari");

        var noReason = await Api.Command(id, "assignment", new { coordinatorId = neighbour });
        IsProblem(noReason, HttpStatusCode.BadRequest, "urn:tksk-cases:problem:validation");
        Assert.Contains("Karang Pilang", noReason.Body!["errors"]!["reason"]![0]!.GetValue<string>());

        var assigned = await Api.Command(id, "assignment", new { coordinatorId = neighbour, reason = "TKSK Karang Pilang cuti" }).Ok();
        Assert.True(assigned.Node("assignment.outOfKecamatan")!.GetValue<bool>());
        var own = await Api.Coordinator();
        var reassigned = await Api.Command(id, "assignment", new { coordinatorId = own }).Ok();
        Assert.False(reassigned.Node("assignment.outOfKecamatan")!.GetValue<bool>());
    }

    [Fact]
    public async Task a_supervisor_cannot_hand_a_case_to_a_tksk_of_another_kabupaten()
    {
        var id = (await Api.Received()).Str("id");
        await Api.Assessed(id);
        var madiun = await Api.Coordinator("35.19.15", "Sri Wahyuni");
        var surabaya = Api.As(Role.Supervisor, "35.78");

        var refused = await surabaya.Command(id, "assignment", new { coordinatorId = madiun, reason = "dekat perbatasan" });
        IsProblem(refused, HttpStatusCode.NotFound, "urn:tksk-cases:problem:not-found");
        Assert.Equal("assessed", (await Api.Get($"/api/v1/referrals/{id}")).Str("status"));
        // The province may, with a reason: its scope is every kecamatan.
        await Api.Command(id, "assignment", new { coordinatorId = madiun, reason = "TKSK Surabaya berhalangan, Madiun terdekat" }).Ok();
    }

    [Fact]
    public async Task every_response_has_security_headers_and_personal_data_is_never_cached()
    {
        var id = (await Api.Received()).Str("id");
        foreach (var reply in new[] { await Api.Get($"/api/v1/referrals/{id}"), await Api.Get($"/api/v1/referrals/{Guid.NewGuid()}"), await Api.Get("/api/v1/categories") })
        {
            Assert.Equal("nosniff", string.Join(",", reply.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("no-referrer", string.Join(",", reply.Headers.GetValues("Referrer-Policy")));
            Assert.StartsWith("default-src 'none'", string.Join(",", reply.Headers.GetValues("Content-Security-Policy")));
        }
        Assert.True((await Api.Get($"/api/v1/referrals/{id}")).Headers.CacheControl!.NoStore);
        Assert.True((await Api.Get($"/api/v1/referrals/{id}/history")).Headers.CacheControl!.NoStore);
        Assert.True((await Api.Post("/api/v1/referrals", "{}")).Headers.CacheControl!.NoStore);
        Assert.Null((await Api.Get("/api/v1/categories")).Headers.CacheControl);
        var docs = await Api.Get("/docs/");
        Assert.Contains("script-src 'self'", string.Join(",", docs.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task a_401_names_how_to_sign_in_and_every_framework_error_is_a_problem_with_our_type()
    {
        var anonymous = await Api.Anonymous().Get($"/api/v1/referrals/{Guid.NewGuid()}");
        IsProblem(anonymous, HttpStatusCode.Unauthorized, "urn:tksk-cases:problem:unauthorized");
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        var badKey = await Api.Get($"/api/v1/referrals/{Guid.NewGuid()}", ("X-Api-Key", "tksk_nothing"));
        Assert.Equal("ApiKey", badKey.Headers.WwwAuthenticate.Single().Scheme);

        IsProblem(await Api.Send(HttpMethod.Put, "/api/v1/referrals", "{}"), HttpStatusCode.MethodNotAllowed, "urn:tksk-cases:problem:method-not-allowed");
        IsProblem(await Api.Get("/api/v1/nothing-here"), HttpStatusCode.NotFound, "urn:tksk-cases:problem:not-found");
        var html = await Api.Post("/api/v1/referrals", "{}", ("Accept", "text/html"));
        Assert.Equal("application/problem+json", html.ContentType);
        Assert.StartsWith("urn:tksk-cases:problem:", html.Str("type"));
        var xml = await Api.Send(HttpMethod.Post, "/api/v1/referrals", null, ("Accept", "application/xml"));
        Assert.Equal("application/problem+json", xml.ContentType);
    }

    [Fact]
    public async Task ready_health_names_each_check_in_json()
    {
        var ready = await Api.Get("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("healthy", ready.Str("status"));
        var check = ready.Node("checks")!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "postgresql")!;
        Assert.Equal(("postgresql", "healthy"), (check["name"]!.GetValue<string>(), check["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task the_openapi_document_describes_in_words_never_in_csharp_signatures()
    {
        var document = (await Api.Get("/openapi/v1.json")).Body!;
        // Read the texts themselves: in the raw JSON a line break is "\n", and "…\n(ISO 8601)" looked like a call.
        var signature = new System.Text.RegularExpressions.Regex(@"[A-Za-z]\([A-Z][\w<>?]*\s+@?\w+[,)]");
        Assert.DoesNotContain(Texts(document), text => signature.IsMatch(text));
        Assert.NotNull(document["components"]!["schemas"]!["Referral"]!["properties"]!["outOfArea"]);
    }

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    [Fact]
    public void an_unreachable_database_is_an_outage_and_a_refused_statement_is_not()
    {
        Assert.True(DatabaseOutage.IsOutage(new Npgsql.NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111))));
        Assert.True(DatabaseOutage.IsOutage(new InvalidOperationException("wrapped", new TimeoutException())));
        Assert.True(DatabaseOutage.IsOutage(new Npgsql.PostgresException("terminating", "FATAL", "FATAL", "57P01")));
        Assert.False(DatabaseOutage.IsOutage(new Npgsql.PostgresException("unsupported Unicode escape", "ERROR", "ERROR", "22P05")));
        Assert.False(DatabaseOutage.IsOutage(new ArgumentOutOfRangeException("id")));
    }
}
