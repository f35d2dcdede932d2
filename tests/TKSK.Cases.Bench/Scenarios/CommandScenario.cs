using TKSK.Cases.Bench.Data;
using TKSK.Cases.Bench.Reporting;

namespace TKSK.Cases.Bench.Scenarios;

/// <summary>
/// A lifecycle command on existing referrals (spread over many, as operators and TKSK spread
/// theirs), against the same one-INSERT baseline as intake with the same body.
/// </summary>
public abstract class CommandScenario : Scenario
{
    protected abstract string Action { get; }
    protected abstract bool Accepts(GeneratedReferral referral);
    protected abstract object Body(int i);

    public override Task<string?> MissingAsync(BenchContext ctx) =>
        Task.FromResult(ctx.Lifecycles.Referrals.Any(Accepts) ? null : $"no generated referral is in a status that allows '{Action}'");

    public override async Task AtSmallAsync(BenchContext ctx)
    {
        var s = ctx.Settings;
        var ids = ctx.Lifecycles.Referrals.Where(Accepts).Select(r => r.Id).ToArray();
        var bodies = Enumerable.Range(0, 64).Select(i => ReferralFactory.Body(Body(i))).ToArray();
        // A stride through the ids, so that concurrent workers rarely queue on one referral's lock.
        Guid IdOf(long k) => ids[(int)(k * 7919 % ids.Length)];
        var service = await ctx.ServiceLoad.ClosedLoopAsync(s.Concurrency, s.Warmup, s.Duration,
            k => BenchContext.Post($"/api/v1/referrals/{IdOf(k)}/{Action}", bodies[k % bodies.Length]), ctx.Service);
        var raw = await ctx.BaselineLoad.ClosedLoopAsync(s.Concurrency, s.Warmup, s.Duration,
            k => BenchContext.Post($"/raw/referrals/{IdOf(k)}/notes", bodies[k % bodies.Length]), ctx.Baseline);
        ctx.Add(Throughput($"{Action}, c={s.Concurrency}", service, raw, Goal.AtLeastTimesBaseline(0.4)) with { Note = $"over {ids.Length} referrals; " + Throughput("", service, raw, Goal.None).Note });
        ctx.Add(P99($"{Action}, p99", service, raw));
    }
}

public sealed class NoteScenario : CommandScenario
{
    public override string Name => "lifecycle command: note";
    protected override string Action => "notes";
    protected override bool Accepts(GeneratedReferral referral) => true;
    protected override object Body(int i) => new { text = $"Catatan tindak lanjut {i}: keluarga dihubungi, menunggu jadwal kunjungan." };
}

public sealed class VisitScenario : CommandScenario
{
    public override string Name => "lifecycle command: visit";
    protected override string Action => "visits";
    protected override bool Accepts(GeneratedReferral referral) => referral.Status == "in_progress";
    protected override object Body(int i) => new
    {
        visitedAt = DateTimeOffset.UtcNow.AddHours(-1 - i % 24), subjectFound = i % 10 != 0,
        notes = "Kunjungan lanjutan: kondisi stabil, obat diminum teratur.", latitude = -7.25 - i % 10 * 0.01, longitude = 112.75,
    };
}
