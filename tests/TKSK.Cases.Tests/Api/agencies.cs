using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TKSK.Cases.Access;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Support;
using TKSK.Cases.Identity;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// A basis for sharing is recorded for an agency by id: a new key under a name that is taken gets no one's
/// consents, another key of the same agency is issued on purpose, and keys and consents stored before
/// agencies had ids keep working.
/// </summary>
public sealed class agencies(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task a_name_that_is_taken_is_refused_with_the_agencys_id_and_another_key_is_issued_by_that_id()
    {
        var first = await Api.Post("/api/v1/api-keys", new { agency = "RSJ Menur Surabaya", scopes = new[] { "read" } });
        Assert.Equal(HttpStatusCode.Created, first.Status);
        var agencyId = first.Str("agencyId");
        // Where the answer says the new key is, it is (never with its secret).
        var created = await Api.Get(first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal((first.Str("id"), agencyId), (created.Str("id"), created.Str("agencyId")));
        Assert.Null(created.Node("key"));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get($"/api/v1/api-keys/{Guid.NewGuid()}")).Status);

        var again = await Api.Post("/api/v1/api-keys", new { agency = "rsj  menur SURABAYA", scopes = new[] { "read" } });
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("urn:tksk-cases:problem:agency-exists", again.Str("type"));
        Assert.Equal(agencyId, again.Str("agencyId"));

        var second = await Api.Post("/api/v1/api-keys", new { agencyId, scopes = new[] { "read" } });
        Assert.Equal(HttpStatusCode.Created, second.Status);
        Assert.Equal(agencyId, second.Str("agencyId"));
        Assert.Equal([("RSJ Menur Surabaya", agencyId)], (await Api.Get("/api/v1/agencies")).Body!.AsArray()
            .Select(a => (a!["name"]!.GetValue<string>(), a["id"]!.GetValue<string>())));
    }

    [Fact]
    public async Task a_basis_holds_for_the_agency_it_names_by_id_or_by_name_and_an_unknown_agency_is_refused()
    {
        var id = (await Api.Received()).Str("id");
        var rsj = await Api.Post("/api/v1/api-keys", new { agency = "RSJ Menur Surabaya", scopes = new[] { "read" } });
        var dinsos = await Api.Post("/api/v1/api-keys", new { agency = "Dinsos Kota Surabaya", scopes = new[] { "read" } });

        var unknown = await Api.Command(id, "sharing-consents", new { agency = "RSJ Lawang", basis = "vital_interest", givenBy = "Dokter jaga", givenAt = DateTimeOffset.UtcNow.AddMinutes(-5) });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.NotNull(unknown.Node("errors.agency"));
        var byId = await Api.Command(id, "sharing-consents", new { agencyId = rsj.Str("agencyId"), basis = "vital_interest", givenBy = "Dokter jaga", givenAt = DateTimeOffset.UtcNow.AddMinutes(-5) }).Ok();
        Assert.Equal(rsj.Str("agencyId"), byId.Node("sharingConsents")!.AsArray().Single()!["agencyId"]!.GetValue<string>());

        Assert.Equal("3578011204800001", (await Api.WithApiKey(rsj.Str("key")).Get($"/api/v1/referrals/{id}")).Str("subject.nik"));
        Assert.Equal("************0001", (await Api.WithApiKey(dinsos.Str("key")).Get($"/api/v1/referrals/{id}")).Str("subject.nik"));
    }

    [Fact]
    public async Task keys_and_bases_stored_before_agencies_had_ids_keep_working()
    {
        var id = (await Api.Received()).Str("id");
        // As stored before 2026-12-06: two keys named by free text, a basis naming the agency by name only.
        var now = DateTimeOffset.UtcNow;
        var (oldKey, secret) = ApiKeys.Create(new Agency(Guid.Empty, "RSJ Menur Surabaya", now, "admin"), ["read"], [], null, "admin", now);
        var (olderKey, _) = ApiKeys.Create(new Agency(Guid.Empty, "rsj menur surabaya", now, "admin"), ["read"], [], null, "admin", now);
        await using (var session = Fixture.Store.LightweightSession())
        {
            session.Store(oldKey with { AgencyId = null }, olderKey with { AgencyId = null });
            session.Events.Append(Guid.Parse(id), new SharingConsentRecorded(Guid.NewGuid(), "RSJ Menur Surabaya", SharingBasis.GuardianConsent, "Ibu Sri", now, now));
            await session.SaveChangesAsync();
        }

        await new AgencyBackfill(Fixture.Store, TimeProvider.System, NullLogger<AgencyBackfill>.Instance).StartAsync(CancellationToken.None);

        var agencies = (await Api.Get("/api/v1/agencies")).Body!.AsArray();
        var agencyId = agencies.Single()!["id"]!.GetValue<string>();
        Assert.All((await Api.Get("/api/v1/api-keys")).Body!.AsArray(), k => Assert.Equal(agencyId, k!["agencyId"]!.GetValue<string>()));
        Assert.Equal("3578011204800001", (await Api.WithApiKey(secret).Get($"/api/v1/referrals/{id}")).Str("subject.nik"));
    }
}
