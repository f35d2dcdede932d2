using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// What the web console needs from the public API, through the real pipeline: its page and files, how to sign in,
/// who is signed in, who has a case open, what a person may do to a case, and possible duplicates before saving.
/// </summary>
public sealed class web_console_api(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task every_console_address_answers_the_page_with_its_own_policy_and_the_api_keeps_its_own()
    {
        var client = Host.Server.CreateClient();
        foreach (var path in new[] { "/", "/masuk", "/laporan-baru", "/antrean", $"/kasus/{Guid.NewGuid()}" })
        {
            using var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"id\">", html);
            var policy = string.Join(",", page.Headers.GetValues("Content-Security-Policy"));
            Assert.StartsWith("default-src 'none'; script-src 'self' 'sha256-", policy);
            Assert.Contains("connect-src 'self'", policy);
            Assert.Contains("frame-ancestors 'none'", policy);
            Assert.True(page.Headers.CacheControl!.NoCache);
            // The one inline script, the import map, is allowed by its hash and by nothing else.
            var importMap = Regex.Match(html, "<script type=\"importmap\">(.*?)</script>").Groups[1].Value;
            Assert.Contains($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap)))}'", policy);
            Assert.Contains("\"preact\":", importMap);
        }
        var api = await Api.Get("/api/v1/categories");
        Assert.StartsWith("default-src 'none'", string.Join(",", api.Headers.GetValues("Content-Security-Policy")));
        var unknown = await Api.Get("/api/v1/kasus");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("urn:tksk-cases:problem:not-found", unknown.Str("type"));
    }

    [Fact]
    public async Task the_console_files_are_public_fingerprinted_and_cached_for_a_year()
    {
        var client = Host.Server.CreateClient();
        var html = await client.GetStringAsync("/masuk");
        var entry = Regex.Match(html, "<script type=\"module\" src=\"(/app\\.[a-z0-9]+\\.js)\"").Groups[1].Value;
        Assert.NotEqual("", entry);
        using var request = new HttpRequestMessage(HttpMethod.Get, entry);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var file = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains("immutable", file.Headers.CacheControl!.ToString());
        Assert.Equal("gzip", file.Content.Headers.ContentEncoding.Single());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/vendor/preact/LICENSE")).StatusCode);
    }

    [Fact]
    public async Task in_development_the_console_signs_in_with_development_tokens()
    {
        var config = await Api.Anonymous().Get("/api/v1/console/config");
        Assert.Equal(HttpStatusCode.OK, config.Status);
        Assert.Equal("development", config.Str("signIn"));
        Assert.Null(config.Node("authority"));
    }

    [Fact]
    public void outside_development_the_console_signs_in_with_the_configured_authority_as_a_public_client()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:Jwt:Authority"] = "https://sso.jatimprov.example/realms/dinsos", ["Console:Oidc:ClientId"] = "tksk-console",
        }).Build();
        var production = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" };
        var settings = new TKSK.Cases.WebConsole.ConsoleSettings(configuration, production);
        Assert.Equal("oidc", settings.SignIn);
        Assert.Equal("https://sso.jatimprov.example", settings.AuthorityOrigin);
        Assert.Equal("openid profile", settings.Scope);
        var noClient = new TKSK.Cases.WebConsole.ConsoleSettings(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:Jwt:Authority"] = "https://sso.example" }).Build(),
            production);
        Assert.Equal("unavailable", noClient.SignIn);
    }

    [Fact]
    public async Task me_says_who_the_service_takes_the_caller_for()
    {
        var coordinator = await Api.Coordinator();
        var tksk = await Api.As(Role.Tksk, Scenarios.KarangPilang, Guid.Parse(coordinator), "agus").Get("/api/v1/me");
        Assert.Equal(("agus", "tksk", "35.78.01", "Karang Pilang", coordinator),
            (tksk.Str("id"), tksk.Str("role"), tksk.Str("region"), tksk.Str("regionName"), tksk.Str("coordinatorId")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Anonymous().Get("/api/v1/me")).Status);
    }

    [Fact]
    public async Task an_operator_sees_who_else_has_a_case_open_until_they_close_it_or_stop_saying_so()
    {
        var id = (await Api.Received()).Str("id");
        var siti = Api.As(Role.JscOperator, "35", subject: "siti");
        var budi = Api.As(Role.JscOperator, "35", subject: "budi");

        var alone = await siti.Post("/api/v1/presence", new { referralId = id, open = true });
        Assert.Equal(HttpStatusCode.OK, alone.Status);
        Assert.Empty(alone.Node("viewers")!.AsArray());
        var both = await budi.Post("/api/v1/presence", new { referralId = id, open = true });
        Assert.Equal("siti", both.Node("viewers")!.AsArray().Single()!["name"]!.GetValue<string>());
        Assert.Equal("jsc_operator", both.Node("viewers")![0]!["role"]!.GetValue<string>());
        var listed = await budi.Get($"/api/v1/presence?referrals={id},{Guid.NewGuid()}");
        Assert.Equal(id, listed.Node("items")!.AsArray().Single()!["referralId"]!.GetValue<string>());

        await siti.Post("/api/v1/presence", new { referralId = id, open = false });
        Assert.Empty((await budi.Get($"/api/v1/presence?referrals={id}")).Node("items")!.AsArray());

        // A page that stopped beating (a closed laptop) is gone after the window.
        await siti.Post("/api/v1/presence", new { referralId = id, open = true });
        Fixture.Clock.Advance(TimeSpan.FromSeconds(91));
        Assert.Empty((await budi.Get($"/api/v1/presence?referrals={id}")).Node("items")!.AsArray());
    }

    [Fact]
    public async Task presence_is_within_scope_and_refuses_what_it_cannot_read()
    {
        var id = (await Api.Received()).Str("id");
        await Api.As(Role.JscOperator, "35", subject: "siti").Post("/api/v1/presence", new { referralId = id, open = true });
        var elsewhere = Api.As(Role.Supervisor, "35.07", subject: "malang");
        Assert.Equal("urn:tksk-cases:problem:not-found", (await elsewhere.Post("/api/v1/presence", new { referralId = id, open = true })).Str("type"));
        Assert.Empty((await elsewhere.Get($"/api/v1/presence?referrals={id}")).Node("items")!.AsArray());

        Assert.NotNull((await Api.Post("/api/v1/presence", new { open = true })).Node("errors.referralId"));
        Assert.NotNull((await Api.Get("/api/v1/presence?referrals=abc")).Node("errors.referrals"));
        Assert.NotNull((await Api.Get("/api/v1/presence")).Node("errors.referrals"));
        var many = string.Join(",", Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()));
        Assert.NotNull((await Api.Get($"/api/v1/presence?referrals={many}")).Node("errors.referrals"));
    }

    [Fact]
    public async Task the_permitted_operations_are_what_the_commands_would_accept_from_this_caller_now()
    {
        var (id, coordinator) = await Api.InProgress();
        var @operator = await Api.As(Role.JscOperator, "35").Get($"/api/v1/referrals/{id}/permitted-operations");
        Assert.Equal(["AddNote", "RecordSharingConsent", "RevokeSharingConsent"], @operator.Strings("operations"));

        var assignee = await Api.As(Role.Tksk, Scenarios.KarangPilang, Guid.Parse(coordinator)).Get($"/api/v1/referrals/{id}/permitted-operations");
        Assert.Contains("RecordVisit", assignee.Strings("operations"));
        Assert.Contains("ResolveReferral", assignee.Strings("operations"));
        Assert.DoesNotContain("AssessReferral", assignee.Strings("operations"));
        Assert.DoesNotContain("AcceptAssignment", assignee.Strings("operations"));
        Assert.Equal(assignee.Node("version")!.GetValue<long>().ToString(), (await Api.Get($"/api/v1/referrals/{id}")).ETag!.Trim('"'));

        // A TKSK of the kecamatan who is not the assignee may add notes only.
        var colleague = await Api.Coordinator(Scenarios.KarangPilang, "Eko Prasetyo");
        var notAssigned = await Api.As(Role.Tksk, Scenarios.KarangPilang, Guid.Parse(colleague)).Get($"/api/v1/referrals/{id}/permitted-operations");
        Assert.Equal(["AddNote"], notAssigned.Strings("operations"));

        var received = (await Api.Received()).Str("id");
        var desk = await Api.As(Role.JscOperator, "35").Get($"/api/v1/referrals/{received}/permitted-operations");
        Assert.Contains("AssessReferral", desk.Strings("operations"));
        Assert.Equal("urn:tksk-cases:problem:not-found",
            (await Api.As(Role.Supervisor, "35.07").Get($"/api/v1/referrals/{received}/permitted-operations")).Str("type"));
    }

    [Fact]
    public async Task possible_duplicates_are_found_before_saving_and_those_outside_the_region_only_counted()
    {
        var first = await Api.Received(Scenarios.PasungReport(nik: "3578011204800001"));
        var desk = Api.As(Role.JscOperator, "35");

        var sameNik = await desk.Post("/api/v1/duplicate-checks", new { subject = new { nik = "3578011204800001" } });
        var match = sameNik.Node("items")!.AsArray().Single()!;
        Assert.Equal((first.Str("number"), "same_nik", "received", "Kebraon"),
            (match["number"]!.GetValue<string>(), match["reason"]!.GetValue<string>(), match["status"]!.GetValue<string>(), match["desaName"]!.GetValue<string>()));
        Assert.Null(match["subject"]);

        var samePlace = await desk.Post("/api/v1/duplicate-checks",
            new { location = new { desaCode = Scenarios.KebraonDesa }, category = "penyandang_disabilitas" });
        Assert.Equal("same_desa_and_category", samePlace.Node("items")![0]!["reason"]!.GetValue<string>());
        Assert.Empty((await desk.Post("/api/v1/duplicate-checks", new { location = new { desaCode = Scenarios.KebraonDesa }, category = "gelandangan" }))
            .Node("items")!.AsArray());

        var malang = await Api.As(Role.JscOperator, "35.07").Post("/api/v1/duplicate-checks", new { subject = new { nik = "3578011204800001" } });
        Assert.Empty(malang.Node("items")!.AsArray());
        Assert.Equal(1, malang.Node("outsideYourScope")!.GetValue<int>());

        var invalid = await desk.Post("/api/v1/duplicate-checks", new { subject = new { nik = "3578010000000001" }, category = "nothing" });
        Assert.NotNull(invalid.Node("errors")!["subject.nik"]);
        Assert.NotNull(invalid.Node("errors")!["category"]);
    }

    [Fact]
    public async Task development_sign_in_lists_the_tksk_of_a_region()
    {
        await Api.Coordinator(Scenarios.KarangPilang, "Agus Santoso");
        await Api.Coordinator("35.07.01", "Rudi Hartono");
        var listed = await Api.Anonymous().Get("/api/v1/dev/coordinators?region=35.78");
        Assert.Equal(["Agus Santoso"], listed.Body!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.NotNull((await Api.Anonymous().Get("/api/v1/dev/coordinators?region=x")).Node("errors.region"));
    }
}
