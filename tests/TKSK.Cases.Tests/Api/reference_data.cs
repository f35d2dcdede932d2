using System.Net;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

public sealed class reference_data(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task east_java_has_38_kabupaten_666_kecamatan_and_8494_desa()
    {
        var provinces = await Api.Get("/api/v1/regions/provinces");
        Assert.Equal(38, provinces.Body!.AsArray().Count);
        Assert.Contains(provinces.Body.AsArray(), p => p!["code"]!.GetValue<string>() == "35" && p["name"]!.GetValue<string>() == "Jawa Timur");

        var kabupaten = (await Api.Get("/api/v1/regions/provinces/35/kabupaten")).Body!.AsArray();
        Assert.Equal(38, kabupaten.Count);
        var kecamatan = 0;
        var desa = 0;
        foreach (var k in kabupaten)
        {
            var inK = (await Api.Get($"/api/v1/regions/kabupaten/{k!["code"]}/kecamatan")).Body!.AsArray();
            kecamatan += inK.Count;
            foreach (var kc in inK) desa += (await Api.Get($"/api/v1/regions/kecamatan/{kc!["code"]}/desa")).Body!.AsArray().Count;
        }
        Assert.Equal(666, kecamatan);
        Assert.Equal(8494, desa);
    }

    [Fact]
    public async Task desa_of_karang_pilang_carry_dotted_codes_and_names()
    {
        var desa = await Api.Get("/api/v1/regions/kecamatan/35.78.01/desa");
        Assert.Equal("35.78.01.1001", desa.Body![0]!["code"]!.GetValue<string>());
        Assert.Equal("Karang Pilang", desa.Body[0]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/v1/regions/provinces/99/kabupaten")]
    [InlineData("/api/v1/regions/provinces/35.78/kabupaten")]
    [InlineData("/api/v1/regions/kabupaten/35.99/kecamatan")]
    [InlineData("/api/v1/regions/kecamatan/35.78.99/desa")]
    public async Task unknown_region_code_is_a_404_problem(string url)
    {
        var reply = await Api.Get(url);
        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
    }

    [Fact]
    public async Task the_26_ppks_categories_have_code_indonesian_name_and_english_gloss()
    {
        var categories = (await Api.Get("/api/v1/categories")).Body!.AsArray();
        Assert.Equal(26, categories.Count);
        Assert.Equal(26, categories.Select(c => c!["code"]!.GetValue<string>()).Distinct().Count());
        var disability = categories.Single(c => c!["code"]!.GetValue<string>() == "penyandang_disabilitas")!;
        Assert.Equal("Penyandang Disabilitas", disability["name"]!.GetValue<string>());
        Assert.StartsWith("Person with a disability", disability["nameEn"]!.GetValue<string>());
    }
}
