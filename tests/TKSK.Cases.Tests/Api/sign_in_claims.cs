using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// A token is read strictly: a missing claim never widens access, a TKSK works where their coordinator
/// record says, the agency role and an agency's grant come only from API keys, and only the pinned
/// signing algorithm is accepted.
/// </summary>
public sealed class sign_in_claims(AppFixture fixture) : IntegrationContext(fixture)
{
    private string Token(Dictionary<string, object> claims, string algorithm = SecurityAlgorithms.HmacSha256)
    {
        var jwt = Host.Services.GetRequiredService<IConfiguration>().GetSection("Auth:Jwt");
        claims.TryAdd("sub", "claims-test");
        claims.TryAdd("name", "Claims Test");
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt["Issuer"], Audience = jwt["Audience"], Claims = claims, Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt["SigningKey"]!)), algorithm),
        });
    }

    private Task<Reply> As(string token, string url) => Api.Anonymous().Get(url, ("Authorization", $"Bearer {token}"));

    [Theory]
    [InlineData("jsc_operator")]
    [InlineData("supervisor")]
    public async Task a_token_without_a_region_is_refused_with_a_problem_naming_the_claim(string role)
    {
        await Api.Received();
        var reply = await As(Token(new() { ["role"] = role }), "/api/v1/referrals");
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("urn:tksk-cases:problem:unauthorized", reply.Str("type"));
        Assert.NotNull(reply.Node("errors.region"));
    }

    [Fact]
    public async Task a_province_admin_without_a_region_works_in_the_served_province()
    {
        await Api.Received();
        var reply = await As(Token(new() { ["role"] = "province_admin" }), "/api/v1/referrals");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Single(reply.Node("items")!.AsArray());
    }

    [Fact]
    public async Task a_tksk_works_in_the_kecamatan_of_their_coordinator_record_whatever_the_token_claims()
    {
        var mine = (await Api.Received()).Str("id");
        var elsewhere = (await Api.Received(Scenarios.PasungReport(nik: "3578011204800002", desa: "35.07.01.2001"))).Str("id");
        var coordinator = await Api.Coordinator(Scenarios.KarangPilang);
        // The token claims the whole province.
        var tksk = Api.As(Role.Tksk, "35", Guid.Parse(coordinator));

        Assert.Equal(HttpStatusCode.OK, (await tksk.Get($"/api/v1/referrals/{mine}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await tksk.Get($"/api/v1/referrals/{elsewhere}")).Status);
        Assert.Equal([mine], (await tksk.Get("/api/v1/referrals")).Node("items")!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task a_token_claiming_the_agency_role_is_refused()
    {
        var reply = await As(Token(new() { ["role"] = "agency", ["region"] = "35", ["scope"] = "read" }), "/api/v1/coordinators");
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.NotNull(reply.Node("errors.role"));
    }

    [Fact]
    public async Task an_agencys_grant_claims_in_a_persons_token_are_ignored()
    {
        // rate_limit would lower (or raise) the limit, agency_id would unmask under an agency's basis: neither is a person's to claim.
        var token = Token(new() { ["role"] = "jsc_operator", ["region"] = "35", ["rate_limit"] = "1", ["agency_id"] = Guid.NewGuid().ToString() });
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await As(token, "/api/v1/coordinators")).Status);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.HmacSha384)]
    public async Task a_token_signed_with_another_algorithm_is_refused(string algorithm) =>
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await As(Token(new() { ["role"] = "province_admin", ["region"] = "35" }, algorithm), "/api/v1/coordinators")).Status);

    [Fact]
    public async Task an_unsigned_token_is_refused()
    {
        var unsigned = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "tksk-cases-development", Audience = "tksk-cases", Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["sub"] = "x", ["role"] = "province_admin", ["region"] = "35" },
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await As(unsigned, "/api/v1/coordinators")).Status);
    }
}
