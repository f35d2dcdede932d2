using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TKSK.Cases.Browser.Tests.Support;

/// <summary>What a test sets up through the public API rather than the pages it is not about: coordinators, reports, decisions.</summary>
public sealed class ServiceApi(Uri url)
{
    private readonly HttpClient _http = new() { BaseAddress = url };

    public async Task<string> TokenAsync(string role, string name, string region, string? coordinatorId = null)
    {
        var reply = await _http.PostAsJsonAsync("/api/v1/dev/tokens", new { role, name, region, coordinatorId, subject = $"test-{role}-{name}" });
        reply.EnsureSuccessStatusCode();
        return (await reply.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    public async Task<JsonObject> SendAsync(HttpMethod method, string path, object? body, string token, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (body is not null) request.Content = JsonContent.Create(body, options: JsonSerializerOptions.Web);
        using var reply = await _http.SendAsync(request);
        var text = await reply.Content.ReadAsStringAsync();
        if (!reply.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path}: {(int)reply.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public async Task<string> AdminTokenAsync() => await TokenAsync("province_admin", "Admin Provinsi", "35");

    /// <summary>A TKSK of a kecamatan (the primary, whom routing chooses first).</summary>
    public async Task<string> CoordinatorAsync(string name, string phone, string kecamatan) =>
        (await SendAsync(HttpMethod.Post, "/api/v1/coordinators", new { name, phone, kecamatanCode = kecamatan, role = "primary" }, await AdminTokenAsync()))["id"]!.GetValue<string>();

    /// <summary>A report logged through the API, as another operator would have: its id and case number.</summary>
    public async Task<(string Id, string Number)> ReportAsync(string desaCode, string summary, string category = "lanjut_usia_telantar", string urgency = "high",
        bool pasung = false)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v1/referrals", new
        {
            channel = "instagram", reporter = new { anonymous = true }, subject = new { name = "Mbah Sainem", sex = "female", approximateAge = 78 },
            location = new { desaCode }, category, pasung, summary, urgency,
        }, await TokenAsync("jsc_operator", "Rina", "35"));
        return (created["id"]!.GetValue<string>(), created["number"]!.GetValue<string>());
    }

    /// <summary>The desk sends it to the field; routing then assigns the kecamatan's TKSK (waited for).</summary>
    public async Task AssignedAsync(string referralId)
    {
        var token = await TokenAsync("jsc_operator", "Rina", "35");
        await SendAsync(HttpMethod.Post, $"/api/v1/referrals/{referralId}/assessment", new { category = "lanjut_usia_telantar", urgency = "high", decision = "field_response" }, token);
        for (var i = 0; i < 100; i++)
        {
            if ((await SendAsync(HttpMethod.Get, $"/api/v1/referrals/{referralId}", null, token))["assignment"] is JsonObject) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Referral {referralId} was not routed to a TKSK within 10 s.");
    }

    /// <summary>The kecamatan's backup TKSK (takes over when the primary is absent or too slow).</summary>
    public async Task<string> BackupAsync(string name, string phone, string kecamatan) =>
        (await SendAsync(HttpMethod.Post, "/api/v1/coordinators", new { name, phone, kecamatanCode = kecamatan, role = "backup" }, await AdminTokenAsync()))["id"]!.GetValue<string>();

    /// <summary>An assigned case worked by its TKSK up to a resolution, waiting for the supervisor's review.</summary>
    public async Task ResolvedAsync(string referralId, string coordinatorId, string kecamatan)
    {
        var tksk = await TokenAsync("tksk", "TKSK", kecamatan, coordinatorId);
        await SendAsync(HttpMethod.Post, $"/api/v1/referrals/{referralId}/acceptance", new { }, tksk);
        await SendAsync(HttpMethod.Post, $"/api/v1/referrals/{referralId}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddHours(-1), subjectFound = true, notes = "Ditemui di rumah." }, tksk);
        await SendAsync(HttpMethod.Post, $"/api/v1/referrals/{referralId}/field-assessment", new { riskLevel = "medium", needs = new[] { "medical" }, identityVerified = true, findings = "Perlu kontrol rutin ke puskesmas." }, tksk);
        await SendAsync(HttpMethod.Post, $"/api/v1/referrals/{referralId}/resolution", new { outcome = "receiving_assistance", notes = "Terdaftar PKH dan diantar ke puskesmas." }, tksk);
    }

    /// <summary>Waits until the dashboards' projection has every stored event (lag 0), as a page reading them would then show.</summary>
    public async Task DashboardsCaughtUpAsync()
    {
        var token = await AdminTokenAsync();
        for (var i = 0; i < 150; i++)
        {
            if ((await SendAsync(HttpMethod.Get, "/api/v1/dashboards/overview?province=35", null, token))["lag"]!["events"]!.GetValue<long>() == 0) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("The dashboards did not catch up within 15 s.");
    }
}
