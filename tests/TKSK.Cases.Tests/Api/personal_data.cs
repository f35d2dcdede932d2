using System.Net;
using Marten;
using Npgsql;
using TKSK.Cases.Access;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Notes;
using TKSK.Cases.Referrals;
using TKSK.Cases.Resolution;
using TKSK.Cases.Tests.Support;
using Wolverine;
using Wolverine.Tracking;

namespace TKSK.Cases.Tests.Api;

/// <summary>UU PDP in practice: agencies see masked cases unless a basis is recorded, erasure leaves nothing, reads are recorded.</summary>
public sealed class personal_data(AppFixture fixture) : IntegrationContext(fixture)
{
    private async Task<Support.Api> AgencyKey(string agency, string[] scopes, int? perMinute = null)
    {
        var key = await Api.Post("/api/v1/api-keys", new { agency, scopes, requestsPerMinute = perMinute });
        Assert.Equal(HttpStatusCode.Created, key.Status);
        return Api.WithApiKey(key.Str("key"));
    }

    [Fact]
    public async Task an_agency_sees_the_case_masked_until_a_basis_for_sharing_with_it_is_recorded()
    {
        var (id, _) = await Api.InProgress();
        await Api.FieldAssessed(id);
        await Api.Command(id, "notes", new { text = "Keluarga menolak dibawa ke RSJ." }).Ok();
        var rsj = await AgencyKey("RSJ Menur Surabaya", ["read"]);

        var masked = await rsj.Get($"/api/v1/referrals/{id}");
        Assert.Equal(HttpStatusCode.OK, masked.Status);
        Assert.Equal("************0001", masked.Str("subject.nik"));
        Assert.Equal("P. S.", masked.Str("subject.name"));
        Assert.Equal("W. K.", masked.Str("reporter.name"));
        Assert.Equal("********7890", masked.Str("reporter.phone"));
        Assert.Equal("", masked.Str("summary"));
        Assert.Null(masked.Node("fieldAssessment"));
        Assert.Empty(masked.Node("notes")!.AsArray());
        Assert.Null(masked.Node("place.address"));
        Assert.Equal("Kebraon", masked.Str("place.desaName"));

        var consent = await Api.Command(id, "sharing-consents",
            new { agency = "rsj menur surabaya", basis = "guardian_consent", givenBy = "Ibu Sri (istri)", givenAt = DateTimeOffset.UtcNow.AddMinutes(-10) }).Ok();
        var full = await rsj.Get($"/api/v1/referrals/{id}");
        Assert.Equal("3578011204800001", full.Str("subject.nik"));
        Assert.Equal("Keluarga menolak dibawa ke RSJ.", full.Node("notes")!.AsArray().Single()!["text"]!.GetValue<string>());

        // Another agency still sees it masked, and a revoked basis masks it again.
        Assert.Equal("************0001", (await (await AgencyKey("Dinsos Kota Surabaya", ["read"])).Get($"/api/v1/referrals/{id}")).Str("subject.nik"));
        var consentId = consent.Node("sharingConsents")!.AsArray().Single()!["id"]!.GetValue<string>();
        await Api.Command(id, $"sharing-consents/{consentId}/revocation", new { reason = "Dicabut oleh keluarga" }).Ok();
        Assert.Equal("************0001", (await rsj.Get($"/api/v1/referrals/{id}")).Str("subject.nik"));
    }

    [Fact]
    public async Task full_reads_by_people_are_recorded_and_masked_agency_reads_are_not()
    {
        var id = (await Api.Received()).Str("id");
        await Api.As(Role.JscOperator, "35", subject: "siti.operator").Get($"/api/v1/referrals/{id}");
        await Api.As(Role.Supervisor, "35.78", subject: "budi.dinsos").Get($"/api/v1/referrals/{id}/history");
        await (await AgencyKey("RSJ Menur Surabaya", ["read"])).Get($"/api/v1/referrals/{id}");

        var log = (await Api.Get($"/api/v1/access-log?referral={id}")).Node("items")!.AsArray();
        Assert.Equal([("budi.dinsos", "history", "supervisor"), ("siti.operator", "case_view", "jsc_operator")],
            log.Select(e => (e!["actorId"]!.GetValue<string>(), e["what"]!.GetValue<string>(), e["actorRole"]!.GetValue<string>())));
    }

    [Fact]
    public async Task erasure_leaves_no_personal_value_anywhere_in_the_database_and_the_case_keeps_its_figures()
    {
        var secrets = new[] { "Soetrisno", "3578011204800001", "Rahmawati", "81234567890", "Jl. Rahasia", "SUMMARYTOKEN", "NOTETOKEN", "QUEUEDTOKEN", "REFUSEDTOKEN", "VISITTOKEN", "FINDINGTOKEN" };
        var report = new
        {
            channel = "whatsapp", reporter = new { name = "Ibu Rahmawati", phone = "081234567890", anonymous = false },
            subject = new { name = "Pak Soetrisno", nik = "3578011204800001", sex = "male", approximateAge = 50 },
            location = new { desaCode = Scenarios.KebraonDesa, address = "Jl. Rahasia 12", latitude = -7.33, longitude = 112.7 },
            category = "penyandang_disabilitas", pasung = true, urgency = "high",
            summary = "SUMMARYTOKEN: pria dipasung di belakang rumah.",
        };
        var id = (await Api.Received(report)).Str("id");
        await Api.Assessed(id);
        var coordinator = await Api.Coordinator();
        await Api.Command(id, "assignment", new { coordinatorId = coordinator }).Ok();
        await Api.Command(id, "acceptance").Ok();
        await Api.Command(id, "visits", new { visitedAt = DateTimeOffset.UtcNow.AddHours(-1), subjectFound = true, notes = "VISITTOKEN rumah Soetrisno", latitude = -7.33, longitude = 112.7 }).Ok();
        await Api.Command(id, "field-assessment", new { riskLevel = "high", needs = new[] { "psychiatric" }, identityVerified = true, nik = "3578011204800001", findings = "FINDINGTOKEN" }).Ok();
        await Api.Command(id, "notes", new { text = "NOTETOKEN Soetrisno" }).Ok();
        var admin = new Actor("test-admin", "Test Admin", Role.ProvinceAdmin, null);
        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(20)).ExecuteAndWaitAsync(ctx =>
            ctx.SendAsync(new AddNote(Guid.Parse(id), "QUEUEDTOKEN Soetrisno") { Actor = admin }).AsTask());
        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(20)).ExecuteAndWaitAsync(ctx =>
            ctx.SendAsync(new ReopenReferral(Guid.Parse(id), "REFUSEDTOKEN Soetrisno") { Actor = admin }).AsTask());
        foreach (var secret in secrets) Assert.True(await Occurrences(secret) > 0, $"the test did not store '{secret}'");

        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(20)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
        {
            var reply = await Api.Command(id, "erasure", new { reason = "Permintaan subjek berdasarkan UU PDP pasal 8", requestReference = "PDP-2026-17" });
            Assert.Equal(HttpStatusCode.OK, reply.Status);
        }));

        var found = new List<string>();
        foreach (var secret in secrets) if (await Occurrences(secret) is > 0 and var n) found.Add($"{secret}: {n}");
        Assert.True(found.Count == 0, "Still in the database after erasure: " + string.Join(", ", found));

        var view = await Api.Get($"/api/v1/referrals/{id}");
        Assert.Equal(("in_progress", "penyandang_disabilitas", "emergency"), (view.Str("status"), view.Str("category"), view.Str("urgency")));
        Assert.Null(view.Node("subject.name"));
        Assert.NotNull(view.Node("personalDataErasedAt"));
        var history = (await Api.Get($"/api/v1/referrals/{id}/history")).Body!.AsArray();
        Assert.Equal("personal_data_erased", history[^1]!["type"]!.GetValue<string>());
        Assert.Equal(history.Count, view.Node("version")!.GetValue<int>());
    }

    /// <summary>How many rows of every table in the database hold <paramref name="value"/>, as text or in a binary body.</summary>
    private async Task<long> Occurrences(string value)
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<(string Schema, string Table, List<string> Binary)>();
        await using (var list = new NpgsqlCommand(
            "select t.table_schema, t.table_name, coalesce(array_agg(c.column_name) filter (where c.data_type = 'bytea'), '{}') " +
            "from information_schema.tables t join information_schema.columns c on c.table_schema = t.table_schema and c.table_name = t.table_name " +
            "where t.table_type = 'BASE TABLE' and t.table_schema not in ('pg_catalog', 'information_schema') group by 1, 2", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add((reader.GetString(0), reader.GetString(1), [.. reader.GetFieldValue<string[]>(2)]));

        long total = 0;
        foreach (var (schema, table, binary) in tables)
        {
            var conditions = binary.Select(b => $"position(convert_to(@v, 'UTF8') in t.\"{b}\") > 0").Prepend("t::text like '%' || @v || '%'");
            await using var count = new NpgsqlCommand($"select count(*) from \"{schema}\".\"{table}\" t where {string.Join(" or ", conditions)}", connection);
            count.Parameters.AddWithValue("v", value);
            total += (long)(await count.ExecuteScalarAsync())!;
        }
        return total;
    }

    [Fact]
    public async Task a_burst_over_an_agencys_limit_gets_429_with_retry_after()
    {
        var id = (await Api.Received()).Str("id");
        var agency = await AgencyKey("RSJ Menur Surabaya", ["read"], perMinute: 3);
        var replies = new List<Reply>();
        for (var i = 0; i < 5; i++) replies.Add(await agency.Get($"/api/v1/referrals/{id}"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            replies.Select(r => r.Status));
        Assert.Equal("application/problem+json", replies[3].ContentType);
        Assert.True(int.Parse(replies[3].Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
        // Others are not held back by this agency's burst.
        Assert.Equal(HttpStatusCode.OK, (await Api.Get($"/api/v1/referrals/{id}")).Status);
    }

    [Fact]
    public async Task a_revoked_api_key_answers_401_at_once()
    {
        var id = (await Api.Received()).Str("id");
        var created = await Api.Post("/api/v1/api-keys", new { agency = "Polres Surabaya", scopes = new[] { "read" } });
        var agency = Api.WithApiKey(created.Str("key"));
        Assert.Equal(HttpStatusCode.OK, (await agency.Get($"/api/v1/referrals/{id}")).Status);

        Assert.Equal(HttpStatusCode.OK, (await Api.Post($"/api/v1/api-keys/{created.Str("id")}/revocation", new { })).Status);

        var refused = await agency.Get($"/api/v1/referrals/{id}");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Contains("ApiKey", refused.Headers.WwwAuthenticate.ToString());
        var keys = (await Api.Get("/api/v1/api-keys")).Body!.AsArray();
        Assert.DoesNotContain("secret", keys.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task a_token_of_a_deactivated_coordinator_is_refused()
    {
        var (id, coordinator) = await Api.InProgress();
        var tksk = Api.As(Role.Tksk, "35.78.01", Guid.Parse(coordinator));
        Assert.Equal(HttpStatusCode.OK, (await tksk.Get($"/api/v1/referrals/{id}")).Status);

        await using (var session = Fixture.Store.LightweightSession())
        {
            var record = await session.LoadAsync<Coordinator>(Guid.Parse(coordinator));
            session.Store(record! with { Active = false });
            await session.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await tksk.Get($"/api/v1/referrals/{id}")).Status);
    }
}
