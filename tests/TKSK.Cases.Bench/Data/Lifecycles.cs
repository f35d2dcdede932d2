using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using TKSK.Cases.Bench.Hosting;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Bench.Data;

/// <summary>A referral the generator made, with the status it left it in.</summary>
public sealed record GeneratedReferral(Guid Id, string Status, Place Place);

/// <summary>
/// Makes referrals through the service's own HTTP API, so every event, document and case number is the
/// service's: intake, then a lifecycle drawn from a plausible mix of where cases stand (some still
/// received, some rejected, most assigned and worked in the field, a third closed), with notes on
/// some. Several referrals at once (one worker each); one referral's commands one after another.
/// </summary>
public sealed class Lifecycles(HttpClient service, RegionCatalog regions)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");
    private static readonly (string Fate, int Weight)[] Fates =
        [("received", 8), ("rejected", 7), ("assessed", 10), ("assigned", 10), ("in_progress", 25), ("resolved", 10), ("closed", 30)];
    private static readonly string[] Order = ["received", "assessed", "assigned", "in_progress", "resolved", "closed"];

    private Dictionary<string, Guid> _coordinators = [];
    private long _events, _failures;
    private Action<long> _progressed = _ => { };
    private readonly ConcurrentQueue<string> _errors = new();

    public ConcurrentBag<GeneratedReferral> Referrals { get; } = [];
    public long Events => Interlocked.Read(ref _events);
    public long Failures => Interlocked.Read(ref _failures);
    public IEnumerable<string> FirstErrors => _errors.Take(5);

    /// <summary>One coordinator (TKSK) per kecamatan: the demo ones in Development; registered here when missing (Production).</summary>
    public async Task EnsureCoordinatorsAsync(Action<string> say)
    {
        _coordinators = await LoadCoordinatorsAsync();
        var missing = ReferralFactory.Kecamatan(regions).Where(k => !_coordinators.ContainsKey(k.Code)).ToList();
        if (missing.Count == 0) return;
        say($"registering {missing.Count} coordinators (one per kecamatan without one)");
        var random = new Random(7);
        await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (k, ct) =>
        {
            var body = ReferralFactory.Body(new { name = $"TKSK {k.Name}", phone = $"0813{random.Next(10_000_000, 99_999_999)}", kecamatanCode = k.Code });
            using var reply = await service.SendAsync(Post("/api/v1/coordinators", body), ct);
            if (!reply.IsSuccessStatusCode) throw new BenchFailure($"POST /api/v1/coordinators answered {(int)reply.StatusCode}: {await reply.Content.ReadAsStringAsync(ct)}");
        });
        _coordinators = await LoadCoordinatorsAsync();
    }

    private async Task<Dictionary<string, Guid>> LoadCoordinatorsAsync()
    {
        using var reply = await service.GetAsync("/api/v1/coordinators");
        if (!reply.IsSuccessStatusCode) throw new BenchFailure($"GET /api/v1/coordinators answered {(int)reply.StatusCode}.");
        using var list = JsonDocument.Parse(await reply.Content.ReadAsByteArrayAsync());
        return list.RootElement.EnumerateArray()
            .GroupBy(c => c.GetProperty("kecamatanCode").GetString()!)
            .ToDictionary(g => g.Key, g => g.First().GetProperty("id").GetGuid());
    }

    /// <summary>Runs lifecycles on <paramref name="workers"/> workers until about <paramref name="events"/> more events were appended.</summary>
    public async Task GenerateAsync(long events, int workers, int seed, Action<long> progressed, CancellationToken ct = default)
    {
        var target = Events + events;
        _progressed = progressed;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var factory = new ReferralFactory(regions, seed * 1000 + w);
            while (Events < target && !ct.IsCancellationRequested)
            {
                await OneAsync(factory);
                if (Failures > 50 && Failures > Events / 20)
                    throw new BenchFailure($"Data generation: {Failures} of {Events + Failures} requests failed, e.g. {string.Join(" | ", FirstErrors)}");
            }
        }, ct)));
    }

    private async Task OneAsync(ReferralFactory factory)
    {
        var random = factory.Random;
        var (body, report) = factory.Next();
        using var received = await SendAsync(Post("/api/v1/referrals", body));
        if (received is null) return;
        var id = received.RootElement.GetProperty("id").GetGuid();
        var fate = Fates.SelectMany(f => Enumerable.Repeat(f.Fate, f.Weight)).ElementAt(random.Next(100));
        var status = "received";
        var stepsOpen = new List<string>();
        if (fate == "rejected")
        {
            if (await CommandAsync(id, "assessment", new { category = report.Category, urgency = report.Urgency, decision = random.NextDouble() < 0.5 ? "unfounded" : "out_of_scope", notes = "Tidak dapat diverifikasi" }))
                status = "rejected";
        }
        else if (Reaches(fate, "assessed") && await CommandAsync(id, "assessment", new { category = report.Category, urgency = report.Urgency, decision = "field_response" }))
        {
            status = "assessed";
            if (Reaches(fate, "assigned") && _coordinators.TryGetValue(report.Place.KecamatanCode, out var coordinator)
                && await AssignAsync(id, coordinator))
            {
                status = "assigned";
                if (Reaches(fate, "in_progress") && await CommandAsync(id, "acceptance", new { }))
                {
                    status = "in_progress";
                    await CommandAsync(id, "visits", new
                    {
                        visitedAt = DateTimeOffset.UtcNow.AddHours(-random.Next(1, 48)), subjectFound = random.NextDouble() < 0.9,
                        notes = "Kunjungan penjangkauan bersama perangkat desa", latitude = -7.0 - random.NextDouble() * 1.3, longitude = 111.2 + random.NextDouble() * 3.0,
                    });
                    var finishing = Reaches(fate, "resolved");
                    if (finishing || random.NextDouble() < 0.7)
                    {
                        await CommandAsync(id, "field-assessment", new
                        {
                            riskLevel = report.Pasung ? "critical" : factory.Pick(["low", "medium", "high"]),
                            needs = report.Pasung ? new[] { "psychiatric", "medical" } : [factory.Pick(["food", "shelter", "social_assistance", "civil_documents", "medical"])],
                            identityVerified = random.NextDouble() < 0.8, findings = "Kondisi sesuai laporan; keluarga bersedia bekerja sama.",
                        });
                        foreach (var (kind, title, institution) in Steps(report, random))
                            if (await StepAsync(id, new { kind, title, institution }) is { } step) stepsOpen.Add(step);
                        foreach (var step in stepsOpen.ToList())
                        {
                            if (!finishing && random.NextDouble() < 0.5) continue;
                            await CommandAsync(id, $"steps/{step}/start", new { });
                            if (await CommandAsync(id, $"steps/{step}/complete", new { notes = "Selesai" })) stepsOpen.Remove(step);
                        }
                    }
                    if (finishing && stepsOpen.Count == 0
                        && await CommandAsync(id, "resolution", new { outcome = report.Pasung ? "freed_and_treated" : factory.Pick(["placed_in_institution", "reunited_with_family", "receiving_assistance", "rehabilitated"]), notes = "Penanganan selesai" }))
                    {
                        status = "resolved";
                        if (fate == "closed" && await CommandAsync(id, "closure", new { approved = true })) status = "closed";
                    }
                }
            }
        }
        if (random.NextDouble() < 0.35) await CommandAsync(id, "notes", new { text = "Pelapor menanyakan perkembangan kasus melalui telepon." });
        Referrals.Add(new GeneratedReferral(id, status, report.Place));
    }

    private static bool Reaches(string fate, string status) => Array.IndexOf(Order, fate) >= Array.IndexOf(Order, status);

    private static IEnumerable<(string Kind, string Title, string Institution)> Steps(ReportedCase report, Random random)
    {
        if (report.Pasung)
        {
            yield return ("pasung_release", "Pembebasan pasung", "Puskesmas setempat");
            yield return ("psychiatric_treatment", "Rawat inap jiwa", random.NextDouble() < 0.5 ? "RSJ Menur Surabaya" : "RSJ Dr. Radjiman Wediodiningrat Lawang");
        }
        else if (random.NextDouble() < 0.7)
            yield return random.NextDouble() < 0.5 ? ("social_assistance", "Bantuan sosial permakanan", "Dinas Sosial kabupaten") : ("civil_documents", "Pembuatan KTP", "Dukcapil");
    }

    private async Task<string?> StepAsync(Guid id, object body)
    {
        using var reply = await SendAsync(Post($"/api/v1/referrals/{id}/steps", ReferralFactory.Body(body)));
        return reply?.RootElement.GetProperty("steps").EnumerateArray().Last().GetProperty("id").GetString();
    }

    /// <summary>
    /// Assigns the kecamatan's TKSK, unless the service's own routing (a reaction to the assessment)
    /// got there first: then the 409 already-assigned is where the lifecycle was going anyway.
    /// </summary>
    private async Task<bool> AssignAsync(Guid id, Guid coordinator)
    {
        using var request = Post($"/api/v1/referrals/{id}/assignment", ReferralFactory.Body(new { coordinatorId = coordinator, reason = "TKSK kecamatan" }));
        try
        {
            using var reply = await service.SendAsync(request);
            var text = await reply.Content.ReadAsStringAsync();
            if (reply.IsSuccessStatusCode || (reply.StatusCode == System.Net.HttpStatusCode.Conflict && text.Contains(AlreadyAssigned)))
            {
                if (reply.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref _events);
                    _progressed(1);
                }
                return true;
            }
            Failed($"{(int)reply.StatusCode} POST {request.RequestUri}: {text[..Math.Min(300, text.Length)]}");
        }
        catch (HttpRequestException e)
        {
            Failed($"POST {request.RequestUri}: {e.Message}");
        }
        return false;
    }

    private const string AlreadyAssigned = "urn:tksk-cases:problem:already-assigned";

    private async Task<bool> CommandAsync(Guid id, string action, object body)
    {
        using var reply = await SendAsync(Post($"/api/v1/referrals/{id}/{action}", ReferralFactory.Body(body)));
        return reply is not null;
    }

    private async Task<JsonDocument?> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            try
            {
                using var reply = await service.SendAsync(request);
                var bytes = await reply.Content.ReadAsByteArrayAsync();
                if (reply.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref _events);
                    _progressed(1);
                    return JsonDocument.Parse(bytes);
                }
                Failed($"{(int)reply.StatusCode} {request.Method} {request.RequestUri}: {System.Text.Encoding.UTF8.GetString(bytes)[..Math.Min(300, bytes.Length)]}");
            }
            catch (HttpRequestException e)
            {
                Failed($"{request.Method} {request.RequestUri}: {e.Message}");
            }
            return null;
        }
    }

    private void Failed(string error)
    {
        Interlocked.Increment(ref _failures);
        if (_errors.Count < 20) _errors.Enqueue(error);
    }

    public static HttpRequestMessage Post(string path, byte[] body) =>
        new(HttpMethod.Post, path) { Content = new ByteArrayContent(body) { Headers = { ContentType = JsonType } } };
}
