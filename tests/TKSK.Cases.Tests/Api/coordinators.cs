using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

public sealed class coordinators(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task registered_coordinator_is_listed_by_kecamatan_and_kabupaten_with_region_names()
    {
        var created = await Api.Post("/api/v1/coordinators", new { name = "Siti Rahayu", phone = "0812-3456-7890", kecamatanCode = "35.78.01" });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal($"/api/v1/coordinators/{created.Str("id")}", created.Headers.Location!.ToString());
        Assert.Equal("+6281234567890", created.Str("phone"));
        Assert.Equal("Karang Pilang", created.Str("kecamatanName"));
        await Api.Coordinator("35.07.01", "Budi Prasetyo"); // Kabupaten Malang

        var inKecamatan = (await Api.Get("/api/v1/coordinators?kecamatan=35.78.01")).Body!.AsArray();
        Assert.Equal(["Siti Rahayu"], inKecamatan.Select(c => c!["name"]!.GetValue<string>()));
        var inKabupaten = (await Api.Get("/api/v1/coordinators?kabupaten=35.07")).Body!.AsArray();
        Assert.Equal(["Budi Prasetyo"], inKabupaten.Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(2, (await Api.Get("/api/v1/coordinators")).Body!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, (await Api.Get($"/api/v1/coordinators/{created.Str("id")}")).Status);
    }

    [Fact]
    public async Task invalid_coordinator_names_each_field_and_writes_nothing()
    {
        var reply = await Api.Post("/api/v1/coordinators", new { name = "", phone = "12", kecamatanCode = "35.78.99" });
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        foreach (var field in new[] { "name", "phone", "kecamatanCode" }) Assert.NotNull(reply.Body!["errors"]![field]);
        Assert.Empty((await Api.Get("/api/v1/coordinators")).Body!.AsArray());
    }

    [Fact]
    public async Task listing_with_an_unknown_region_code_is_a_400_naming_the_filter()
    {
        var reply = await Api.Get("/api/v1/coordinators?kabupaten=99.99");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.NotNull(reply.Body!["errors"]!["kabupaten"]);
    }

    [Fact]
    public async Task demo_seed_gives_one_marked_coordinator_per_east_java_kecamatan_once()
    {
        var seeder = ActivatorUtilities.CreateInstance<DemoCoordinators>(Host.Services);
        await seeder.StartAsync(CancellationToken.None);
        await seeder.StartAsync(CancellationToken.None); // a restart must not seed again

        var all = (await Api.Get("/api/v1/coordinators")).Body!.AsArray();
        Assert.Equal(666, all.Count);
        Assert.Equal(666, all.Select(c => c!["kecamatanCode"]!.GetValue<string>()).Distinct().Count());
        Assert.All(all, c =>
        {
            Assert.True(c!["demo"]!.GetValue<bool>());
            Assert.StartsWith("[DEMO]", c["name"]!.GetValue<string>());
        });
    }
}
