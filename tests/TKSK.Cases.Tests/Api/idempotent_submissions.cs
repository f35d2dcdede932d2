using System.Net;
using Marten;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure.Idempotency;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// An agency system that lost our answer sends the same POST again with the same Idempotency-Key:
/// it gets the first answer back and nothing happens twice, even when both arrive at once.
/// </summary>
public sealed class idempotent_submissions(AppFixture fixture) : IntegrationContext(fixture)
{
    private static (string, string) Key(string key) => ("Idempotency-Key", key);

    private async Task<int> ReferralCount()
    {
        await using var session = Fixture.Store.QuerySession();
        return await session.Query<Referral>().CountAsync();
    }

    [Fact]
    public async Task a_repeated_intake_answers_the_first_status_and_body_and_creates_one_referral()
    {
        var key = Guid.NewGuid().ToString();
        var first = await Api.Post("/api/v1/referrals", Scenarios.PasungReport(), Key(key));
        var again = await Api.Post("/api/v1/referrals", Scenarios.PasungReport(), Key(key));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.Equal(first.Body!.ToJsonString(), again.Body!.ToJsonString());
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(first.ETag, again.ETag);
        Assert.Equal("application/json", again.ContentType);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await ReferralCount());

        // Without a key, or with another, the same report is a new referral (the hotline may hear of a person twice).
        Assert.Equal(HttpStatusCode.Created, (await Api.Post("/api/v1/referrals", Scenarios.PasungReport(), Key(Guid.NewGuid().ToString()))).Status);
        Assert.Equal(2, await ReferralCount());
    }

    [Fact]
    public async Task a_retry_waits_for_the_first_request_and_runs_at_once_when_it_died()
    {
        // The first request with the key is running on some node: its claim is held (caller "test-admin", as Api signs in).
        var records = Fixture.Host.Services.GetRequiredService<IdempotencyRecords>();
        var key = Guid.NewGuid().ToString();
        var first = await records.ClaimAsync("test-admin", key, "first", DateTimeOffset.UtcNow, CancellationToken.None);
        var held = Assert.IsType<KeyClaim.Ours>(first).Held;

        // The retry waits for it rather than running a second time.
        var retry = Api.Post("/api/v1/referrals", Scenarios.PasungReport(), Key(key));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(retry.IsCompleted, "the retry ran while the first request with its key was still running");

        // That node dies mid-request (its session ends with it): the retry runs at once, not minutes later.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using (var admin = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand($"select pg_terminate_backend({held.Backend})", admin);
            await kill.ExecuteNonQueryAsync();
        }
        var reply = await retry;
        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the retry took {watch.Elapsed.TotalSeconds:0.0} s after the first request died");
        Assert.Equal(1, await ReferralCount());
        await held.DisposeAsync();
    }

    [Fact]
    public async Task a_repeated_referral_command_is_appended_once()
    {
        var id = (await Api.Received()).Str("id");
        var key = Guid.NewGuid().ToString();
        var note = new { text = "Keluarga sudah dihubungi." };
        var first = await Api.Command(id, "notes", note, Key(key));
        var again = await Api.Command(id, "notes", note, Key(key));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first.Body!.ToJsonString(), again.Body!.ToJsonString());
        var view = await Api.Get($"/api/v1/referrals/{id}");
        Assert.Single(view.Node("notes")!.AsArray());
        Assert.Equal(2, view.Node("version")!.GetValue<int>());
    }

    [Fact]
    public async Task identical_requests_arriving_together_have_one_effect_and_the_same_answer()
    {
        var key = Guid.NewGuid().ToString();
        var report = Scenarios.PasungReport(nik: null);
        var replies = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Api.Post("/api/v1/referrals", report, Key(key)))));

        Assert.All(replies, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        Assert.Single(replies.Select(r => r.Body!.ToJsonString()).Distinct());
        Assert.Equal(5, replies.Count(r => r.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal(1, await ReferralCount());
    }

    [Fact]
    public async Task the_same_key_with_another_request_is_a_422_naming_the_header()
    {
        var key = Guid.NewGuid().ToString();
        await Api.Post("/api/v1/referrals", Scenarios.PasungReport(), Key(key));
        var other = await Api.Post("/api/v1/referrals", Scenarios.PasungReport(nik: "3578011204800002"), Key(key));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Equal("application/problem+json", other.ContentType);
        Assert.Equal("urn:tksk-cases:problem:idempotency-key-reused", other.Str("type"));
        Assert.Contains("Idempotency-Key", other.Str("title"));
        Assert.NotNull(other.Node("errors")!["Idempotency-Key"]);
        Assert.Equal(1, await ReferralCount());
    }

    [Fact]
    public async Task keys_are_per_caller()
    {
        var key = Guid.NewGuid().ToString();
        var operatorApi = Api.As(Role.JscOperator, "35", subject: "operator-siti");
        var admin = await Api.Post("/api/v1/referrals", Scenarios.PasungReport(nik: null), Key(key));
        var siti = await operatorApi.Post("/api/v1/referrals", Scenarios.PasungReport(nik: null), Key(key));

        Assert.Equal(HttpStatusCode.Created, siti.Status);
        Assert.NotEqual(admin.Str("id"), siti.Str("id"));
        Assert.Equal(2, await ReferralCount());
    }

    [Fact]
    public async Task a_refused_request_keeps_no_answer_so_the_corrected_retry_runs()
    {
        var key = Guid.NewGuid().ToString();
        var refused = await Api.Post("/api/v1/referrals", new { channel = "hotline" }, Key(key));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        // The same key, the request corrected: nothing was stored for the refusal, so this one is carried out.
        var corrected = await Api.Post("/api/v1/referrals", Scenarios.PasungReport(), Key(key));
        Assert.Equal(HttpStatusCode.Created, corrected.Status);
        Assert.Equal(1, await ReferralCount());
    }

    [Fact]
    public async Task a_key_is_kept_24_hours()
    {
        var key = Guid.NewGuid().ToString();
        var first = await Api.Post("/api/v1/referrals", Scenarios.PasungReport(nik: null), Key(key));
        Fixture.Clock.Advance(TimeSpan.FromHours(23.5));
        Assert.Equal(first.Str("id"), (await Api.Post("/api/v1/referrals", Scenarios.PasungReport(nik: null), Key(key))).Str("id"));
        Assert.Equal(1, await ReferralCount());

        Fixture.Clock.Advance(TimeSpan.FromHours(1));
        var later = await Api.Post("/api/v1/referrals", Scenarios.PasungReport(nik: null), Key(key));
        Assert.Equal(HttpStatusCode.Created, later.Status);
        Assert.NotEqual(first.Str("id"), later.Str("id"));
        Assert.Equal(2, await ReferralCount());
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("ünïcode")]
    [InlineData(null)]
    public async Task a_malformed_key_is_a_400_naming_the_header(string? key)
    {
        key ??= new string('k', 256);
        var reply = await Api.Post("/api/v1/referrals", Scenarios.PasungReport(), Key(key));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.NotNull(reply.Node("errors")!["Idempotency-Key"]);
        Assert.Equal(0, await ReferralCount());
    }

    [Fact]
    public async Task a_replayed_api_key_creation_does_not_repeat_the_secret_and_the_secret_is_not_stored()
    {
        var key = Guid.NewGuid().ToString();
        var request = new { agency = "RSJ Menur Surabaya", scopes = new[] { "intake" } };
        var first = await Api.Post("/api/v1/api-keys", request, Key(key));
        var again = await Api.Post("/api/v1/api-keys", request, Key(key));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        var secret = first.Str("key");
        Assert.StartsWith("tksk_", secret);
        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.Equal(first.Str("id"), again.Str("id"));
        Assert.Null(again.Node("key"));
        Assert.Equal("key", again.Headers.GetValues("Secret-Withheld").Single());
        Assert.Single((await Api.Get("/api/v1/api-keys")).Body!.AsArray());

        // Not in the kept answer, in any form.
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select count(*) from {Fixture.Store.Options.DatabaseSchemaName}.idempotency_keys where position(convert_to(@secret, 'UTF8') in body) > 0", connection);
        command.Parameters.AddWithValue("secret", secret.Split('_', 3)[2]);
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task a_replayed_subscription_does_not_repeat_its_signing_secret()
    {
        var key = Guid.NewGuid().ToString();
        var request = new { url = "http://127.0.0.1:9/hooks", eventTypes = new[] { "referral.received.v1" } };
        var first = await Api.Post("/api/v1/subscriptions", request, Key(key));
        var again = await Api.Post("/api/v1/subscriptions", request, Key(key));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.False(string.IsNullOrEmpty(first.Str("secret")));
        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.Equal(first.Str("id"), again.Str("id"));
        Assert.Null(again.Node("secret"));
        Assert.Equal("secret", again.Headers.GetValues("Secret-Withheld").Single());
    }

    [Fact]
    public async Task an_erasure_also_empties_the_kept_answers_and_a_retry_still_creates_nothing()
    {
        var key = Guid.NewGuid().ToString();
        var created = await Api.Post("/api/v1/referrals", Scenarios.PasungReport(), Key(key));
        var id = created.Str("id");
        await Api.Command(id, "erasure", new { reason = "Permintaan subjek (UU PDP pasal 8)" }).Ok();

        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select count(*) from {Fixture.Store.Options.DatabaseSchemaName}.idempotency_keys where key = @key and position(convert_to('3578011204800001', 'UTF8') in body) > 0", connection);
        command.Parameters.AddWithValue("key", key);
        // The masking follows the erasure's commit as a message of its own.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((long)(await command.ExecuteScalarAsync())! > 0 && waited.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(50);
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);

        var retry = await Api.Post("/api/v1/referrals", Scenarios.PasungReport(), Key(key));
        Assert.Equal(HttpStatusCode.Created, retry.Status);
        Assert.Equal($"/api/v1/referrals/{id}", retry.Headers.Location!.ToString());
        Assert.Null(retry.Body);
        Assert.Equal(1, await ReferralCount());
    }

    [Fact]
    public async Task every_post_documents_the_header()
    {
        var document = (await Api.Get("/openapi/v1.json")).Body!;
        var posts = document["paths"]!.AsObject().Select(p => p.Value!["post"]).Where(p => p?["security"] is not null).ToList();
        Assert.NotEmpty(posts);
        Assert.All(posts, post => Assert.Contains(post!["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "Idempotency-Key" && p["in"]!.GetValue<string>() == "header"));
    }
}
