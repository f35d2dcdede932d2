namespace TKSK.Cases.Tests.Support;

/// <summary>Reusable stories: each returns the referral or coordinator it made, so a test reads as what it checks.</summary>
public static class Scenarios
{
    public const string KebraonDesa = "35.78.01.1002"; // Kebraon, Karang Pilang, Kota Surabaya
    public const string KarangPilang = "35.78.01";

    public static object PasungReport(string? nik = "3578011204800001", string desa = KebraonDesa, string category = "penyandang_disabilitas") => new
    {
        channel = "instagram",
        sourceUrl = "https://www.instagram.com/p/example",
        reporter = new { name = "Warga Kebraon", phone = "081234567890", anonymous = false },
        subject = new { name = "Pak S", nik, sex = "male", approximateAge = 45 },
        location = new { desaCode = desa, address = "Jl. Kebraon II" },
        category,
        pasung = true,
        summary = "Seorang pria dipasung keluarganya di belakang rumah selama dua tahun.",
        urgency = "emergency",
    };

    public static async Task<Reply> Received(this Api api, object? report = null)
    {
        var reply = await api.Post("/api/v1/referrals", report ?? PasungReport());
        return reply.Status == System.Net.HttpStatusCode.Created ? reply : throw new InvalidOperationException(reply.ToString());
    }

    public static async Task<string> Coordinator(this Api api, string kecamatan = KarangPilang, string name = "Agus Santoso")
    {
        var reply = await api.Post("/api/v1/coordinators", new { name, phone = "081298765432", kecamatanCode = kecamatan });
        return reply.Status == System.Net.HttpStatusCode.Created ? reply.Str("id") : throw new InvalidOperationException(reply.ToString());
    }

    public static async Task<Reply> Command(this Api api, string referralId, string action, object? body = null, params (string, string)[] headers)
    {
        var reply = await api.Post($"/api/v1/referrals/{referralId}/{action}", body ?? new { }, headers);
        return reply;
    }

    public static async Task<Reply> Ok(this Task<Reply> command)
    {
        var reply = await command;
        return reply.Status == System.Net.HttpStatusCode.OK ? reply : throw new InvalidOperationException(reply.ToString());
    }

    public static Task<Reply> Assessed(this Api api, string id) =>
        api.Command(id, "assessment", new { category = "penyandang_disabilitas", urgency = "emergency", decision = "field_response" }).Ok();

    public static async Task<(string Referral, string Coordinator)> InProgress(this Api api)
    {
        var id = (await api.Received()).Str("id");
        await api.Assessed(id);
        var coordinator = await api.Coordinator();
        await api.Command(id, "assignment", new { coordinatorId = coordinator, reason = "kecamatan routing" }).Ok();
        await api.Command(id, "acceptance").Ok();
        return (id, coordinator);
    }

    public static Task<Reply> FieldAssessed(this Api api, string id) =>
        api.Command(id, "field-assessment", new
        {
            riskLevel = "critical", needs = new[] { "psychiatric", "medical" }, identityVerified = true, findings = "Dipasung di kandang kayu.",
        }).Ok();
}
