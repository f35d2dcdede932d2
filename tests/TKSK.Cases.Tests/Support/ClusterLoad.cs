using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TKSK.Cases.Tests.Support;

/// <summary>
/// A client spreading intakes over every node of a <see cref="ClusterRig"/>, as a load balancer with retries would:
/// a refused connection, a cut-off request or a 503 is tried again on the next node, with the same Idempotency-Key
/// (so a retry of a request that did land is answered with the same case, never a second one), for up to 30 s.
/// </summary>
public sealed class ClusterLoad
{
    /// <summary>One intake as the caller saw it: its final status (0: given up), the tries it took, its case.</summary>
    public sealed record Outcome(TimeSpan At, string Key, int Status, int Tries, int Unavailable, int Refused, TimeSpan Took, string? Id, string Trail);

    private readonly ConcurrentBag<Outcome> _outcomes = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    /// <summary>
    /// A neglected elder, not urgent: its desk deadline is a day away, so the load adds no escalations to what the
    /// sweeper test times (that one reports emergencies due in seconds).
    /// </summary>
    public static object ElderReport() => new
    {
        channel = "facebook",
        reporter = new { name = "Warga Kebraon", phone = "081234567890", anonymous = false },
        subject = new { name = "Mbah R", sex = "female", approximateAge = 78 },
        location = new { desaCode = Scenarios.KebraonDesa, address = "Jl. Kebraon II" },
        category = "lanjut_usia_telantar",
        pasung = false,
        summary = "Seorang nenek tinggal sendiri dan tidak ada yang merawat.",
        urgency = "normal",
    };

    private ClusterLoad(ClusterRig rig, int workers) =>
        _running = Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkAsync(rig, w))));

    public static ClusterLoad Start(ClusterRig rig, int workers = 3) => new(rig, workers);

    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(100);

    public TimeSpan Elapsed => _clock.Elapsed;
    public IReadOnlyList<Outcome> SoFar => [.. _outcomes];

    public async Task<IReadOnlyList<Outcome>> StopAsync()
    {
        await _stop.CancelAsync();
        await _running.WaitAsync(TimeSpan.FromSeconds(60));
        return [.. _outcomes.OrderBy(o => o.At)];
    }

    private async Task WorkAsync(ClusterRig rig, int worker)
    {
        for (var i = 0; !_stop.IsCancellationRequested; i++)
        {
            var key = Guid.NewGuid().ToString();
            var started = _clock.Elapsed;
            var watch = Stopwatch.StartNew();
            int tries = 0, unavailable = 0, refused = 0, status = 0;
            string? id = null;
            var trail = new System.Text.StringBuilder();
            for (var next = worker + i; watch.Elapsed < TimeSpan.FromSeconds(30); next++)
            {
                var slot = rig.Slots[next % rig.Slots.Count];
                if (slot.Service is not { } service) { await Task.Delay(20); continue; }
                tries++;
                var attempt = Stopwatch.StartNew();
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/referrals") { Content = JsonContent.Create(ElderReport()) };
                    request.Headers.Add("Idempotency-Key", key);
                    using var reply = await service.Client.SendAsync(request);
                    var body = await reply.Content.ReadAsStringAsync();
                    if (reply.StatusCode == HttpStatusCode.ServiceUnavailable)
                    {
                        unavailable++;
                        trail.Append($"node{slot.Index} 503 {attempt.ElapsedMilliseconds} ms; ");
                        await Task.Delay(100);
                        continue;
                    }
                    status = (int)reply.StatusCode;
                    if (reply.StatusCode == HttpStatusCode.Created) id = JsonNode.Parse(body)!["id"]!.GetValue<string>();
                    break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // The node is gone or cut off mid-request: the next node, as a balancer would.
                    refused++;
                    trail.Append($"node{slot.Index} {e.GetType().Name} {attempt.ElapsedMilliseconds} ms; ");
                    await Task.Delay(50);
                }
            }
            _outcomes.Add(new Outcome(started, key, status, tries, unavailable, refused, watch.Elapsed, id, trail.ToString()));
            // A steady load, not a flood: the nodes keep the CPU to fail over and start within the times under test.
            try { await Task.Delay(Pace, _stop.Token); } catch (OperationCanceledException) { }
        }
    }

    /// <summary>"N acknowledged, N given up, N needed a retry (N × 503, N refused)".</summary>
    public static string Describe(IReadOnlyList<Outcome> outcomes) =>
        $"{outcomes.Count(o => o.Status == 201)} acknowledged, {outcomes.Count(o => o.Status is not 201)} not " +
        $"({string.Join(", ", outcomes.Where(o => o.Status != 201).GroupBy(o => o.Status).Select(g => $"{g.Key}×{g.Count()}"))}), " +
        $"{outcomes.Count(o => o.Tries > 1)} needed a retry ({outcomes.Sum(o => o.Unavailable)} × 503, {outcomes.Sum(o => o.Refused)} refused or cut off), " +
        $"slowest {outcomes.Select(o => o.Took.TotalSeconds).DefaultIfEmpty().Max():0.0} s";
}
