using System.Diagnostics;
using HdrHistogram;
using TKSK.Cases.Bench.Hosting;
using TKSK.Cases.Testing;

namespace TKSK.Cases.Bench.Load;

/// <summary>One request of a load run: built fresh for each call (<paramref name="Sequence"/> counts from 0 across all workers).</summary>
public delegate HttpRequestMessage RequestFactory(long sequence);

/// <summary>
/// The load generator: workers on one pooled <see cref="HttpClient"/>, latencies in HdrHistogram
/// (one per worker, merged at the end: no lock on the hot path). Its own CPU share is measured and
/// reported so that a figure limited by the generator is seen as such.
/// </summary>
public sealed class LoadGenerator(HttpClient client)
{
    private const long HighestMicroseconds = 120_000_000;

    /// <summary>Closed loop: each of <paramref name="concurrency"/> workers sends its next request as soon as the last one is answered.</summary>
    public Task<LoadResult> ClosedLoopAsync(int concurrency, TimeSpan warmup, TimeSpan duration, RequestFactory request, ServiceProcess? target = null) =>
        RunAsync(concurrency, warmup, duration, request, target, ratePerSecond: null);

    /// <summary>
    /// Open loop at a fixed rate: request k is due at start + k / rate, and its latency counts from
    /// when it was due, not from when a worker got to it (no coordinated omission: a server that
    /// falls behind shows its queue in the percentiles).
    /// </summary>
    public Task<LoadResult> PacedAsync(double ratePerSecond, int maxConcurrency, TimeSpan warmup, TimeSpan duration, RequestFactory request, ServiceProcess? target = null) =>
        RunAsync(maxConcurrency, warmup, duration, request, target, ratePerSecond);

    private async Task<LoadResult> RunAsync(int workers, TimeSpan warmup, TimeSpan duration, RequestFactory request, ServiceProcess? target, double? ratePerSecond)
    {
        var histograms = Enumerable.Range(0, workers).Select(_ => new LongHistogram(HighestMicroseconds, 3)).ToArray();
        var counts = new WorkerCounts[workers];
        long sequence = -1;
        var clock = Stopwatch.StartNew();
        var measureFrom = warmup;
        var end = warmup + duration;
        CpuSample? generatorStart = null, targetStart = null;
        var measuring = Task.Delay(warmup).ContinueWith(_ =>
        {
            generatorStart = CpuSample.OfThisProcess();
            targetStart = (target is null ? null : CpuSample.OfProcess(target.Pid));
        });

        async Task Worker(int w)
        {
            var histogram = histograms[w];
            while (true)
            {
                var k = Interlocked.Increment(ref sequence);
                TimeSpan due;
                if (ratePerSecond is { } rate)
                {
                    due = TimeSpan.FromSeconds(k / rate);
                    if (due >= end) return;
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
                }
                else
                {
                    due = clock.Elapsed;
                    if (due >= end) return;
                }
                var ok = false;
                try
                {
                    using var message = request(k);
                    using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
                    await response.Content.CopyToAsync(Stream.Null);
                    ok = response.IsSuccessStatusCode;
                    if (!ok && counts[w].FirstError is null) counts[w].FirstError = $"{(int)response.StatusCode} {message.Method} {message.RequestUri}";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    if (counts[w].FirstError is null) counts[w].FirstError = e.GetType().Name + ": " + e.Message;
                }
                var done = clock.Elapsed;
                if (due < measureFrom || done > end) continue;
                if (ok) histogram.RecordValue(Math.Max(1, (long)(done - due).TotalMicroseconds));
                counts[w].Add(ok);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => Worker(w))));
        await measuring;
        var generatorCpu = generatorStart?.ShareUntilNow();
        var targetCpu = targetStart is { } t && target is not null ? CpuSample.OfProcess(target.Pid)?.ShareSince(t) : null;
        var merged = new LongHistogram(HighestMicroseconds, 3);
        foreach (var h in histograms) merged.Add(h);
        return new LoadResult(
            counts.Sum(c => c.Ok), counts.Sum(c => c.Errors), duration, merged, generatorCpu ?? 0, targetCpu,
            counts.Select(c => c.FirstError).FirstOrDefault(e => e is not null));
    }

    private struct WorkerCounts
    {
        public long Ok, Errors;
        public string? FirstError;
        public void Add(bool ok) { if (ok) Ok++; else Errors++; }
    }
}

/// <summary>What one load run measured. Latencies in milliseconds; CPU shares of all cores (0–1).</summary>
public sealed record LoadResult(long Ok, long Errors, TimeSpan Duration, LongHistogram Latencies, double GeneratorCpu, double? TargetCpu, string? FirstError)
{
    public double PerSecond => Ok / Duration.TotalSeconds;
    public double P50 => Percentile(50);
    public double P95 => Percentile(95);
    public double P99 => Percentile(99);
    public double Max => Latencies.TotalCount == 0 ? double.NaN : Latencies.GetMaxValue() / 1000.0;
    public double Percentile(double p) => Latencies.TotalCount == 0 ? double.NaN : Latencies.GetValueAtPercentile(p) / 1000.0;
}
