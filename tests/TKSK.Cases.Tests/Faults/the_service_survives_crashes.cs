using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TKSK.Cases.EmbeddedPostgres;
using TKSK.Cases.Tests.Support;
using Xunit.Abstractions;

using TKSK.Cases.Testing;

namespace TKSK.Cases.Tests.Faults;

/// <summary>The process-level fault tests run alone: they start services and databases of their own and time what they see.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "process";
}

/// <summary>
/// The fault suite's process part: the built service as a child process on its own embedded
/// PostgreSQL, killed with SIGKILL under intake load, and its database killed and restarted under
/// load. What was acknowledged must be found afterwards; no 5xx but 503 while the database is
/// away, each answer within 2 s; the embedded database never outlives its service.
/// Run alone: dotnet test --filter Category=Process.
/// </summary>
[Collection(ProcessCollection.Name), Trait("Category", "Process")]
public sealed class the_service_survives_crashes(ITestOutputHelper output) : IAsyncLifetime
{
    private string _root = "";
    private string _data = "";

    public Task InitializeAsync()
    {
        _data = RunningService.NewDataDirectory(out _root);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        // Whatever happened, leave no server behind.
        if (RunningService.Postmaster(_data) is { } left)
        {
            ServiceProcess.Signal(left.Pid, "KILL");
            await Task.Delay(500);
        }
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed record Outcome(TimeSpan At, int Status, TimeSpan Took, string? ContentType, string? RetryAfter, string? Id, string? Error);

    /// <summary>Workers posting intakes (and reading one back now and then) until stopped; every answer recorded.</summary>
    private static async Task<List<Outcome>> LoadAsync(RunningService service, int workers, CancellationToken stop, Stopwatch clock)
    {
        var outcomes = new ConcurrentBag<Outcome>();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            string? lastId = null;
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var started = clock.Elapsed;
                var watch = Stopwatch.StartNew();
                try
                {
                    using var reply = lastId is not null && i % 4 == 3
                        ? await service.Client.GetAsync($"/api/v1/referrals/{lastId}")
                        : await service.Client.PostAsJsonAsync("/api/v1/referrals", Scenarios.PasungReport(nik: null));
                    string? id = null;
                    if (reply.StatusCode == HttpStatusCode.Created)
                        lastId = id = JsonNode.Parse(await reply.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
                    else await reply.Content.ReadAsStringAsync();
                    outcomes.Add(new Outcome(started, (int)reply.StatusCode, watch.Elapsed, reply.Content.Headers.ContentType?.MediaType,
                        reply.Headers.RetryAfter?.ToString(), id, null));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // The service itself is gone (killed): not an answer.
                    outcomes.Add(new Outcome(started, 0, watch.Elapsed, null, null, null, e.GetType().Name));
                    if (service.Process.HasExited) return;
                    await Task.Delay(50);
                }
            }
        }));
        return [.. outcomes];
    }

    private static async Task<double> SecondsUntil(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!condition() && watch.Elapsed < timeout) await Task.Delay(100);
        return condition() ? watch.Elapsed.TotalSeconds : double.PositiveInfinity;
    }

    private static async Task<int> FoundAsync(RunningService service, IEnumerable<string> ids)
    {
        var found = 0;
        foreach (var id in ids)
        {
            using var reply = await service.Client.GetAsync($"/api/v1/referrals/{id}");
            if (reply.StatusCode == HttpStatusCode.OK) found++;
        }
        return found;
    }

    [Fact]
    public async Task sigkill_during_intake_load_loses_no_acknowledged_referral_and_takes_its_database_with_it()
    {
        var first = RunningService.OnEmbeddedDatabase(_data);
        await first.WaitUntilReadyAsync();
        var postmaster = RunningService.Postmaster(_data) ?? throw new InvalidOperationException("no embedded PostgreSQL is running");

        // A second service on the same data folder refuses in one sentence, and leaves the first one's database alone.
        await using (var second = RunningService.OnEmbeddedDatabase(_data))
        {
            Assert.True(await second.Process.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the second service did not stop");
            Assert.Equal(1, second.Process.ExitCode);
            var sentence = second.Process.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single(l => l.StartsWith("Another process"));
            Assert.Contains($"is already using the embedded PostgreSQL in {_data}", sentence);
            Assert.DoesNotContain("   at ", second.Process.Output);
            output.WriteLine($"Second start on the same data folder: exit 1, \"{sentence.Trim()}\"");
        }
        Assert.True(ServiceProcess.IsAlive(postmaster.Pid), "the second start stopped the first one's database");

        // Intake load, then SIGKILL in the middle of it.
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var load = LoadAsync(first, workers: 6, stop.Token, clock);
        await Task.Delay(TimeSpan.FromSeconds(4));
        first.Process.Kill();
        var killedAt = clock.Elapsed;
        var outcomes = await load.WaitAsync(TimeSpan.FromSeconds(30));
        stop.Cancel();
        var databaseGoneAfter = await SecondsUntil(() => !ServiceProcess.IsAlive(postmaster.Pid), TimeSpan.FromSeconds(15));

        var acknowledged = outcomes.Where(o => o.Status == 201).Select(o => o.Id!).ToList();
        Assert.True(acknowledged.Count >= 20, $"only {acknowledged.Count} intakes were acknowledged before the kill");
        Assert.DoesNotContain(outcomes, o => o.Status >= 500);
        Assert.True(databaseGoneAfter <= 5, $"the embedded PostgreSQL (pid {postmaster.Pid}) outlived its killed service by more than 5 s");

        // The next start copes with what the killed one left (postmaster.pid, an unclean shutdown) and finds everything.
        await using var restarted = RunningService.OnEmbeddedDatabase(_data);
        await restarted.WaitUntilReadyAsync();
        var found = await FoundAsync(restarted, acknowledged);
        await KestrelAnswersAsProblemsAsync(restarted);

        // The service and its database killed together (a power cut, the OOM killer): the next start
        // finds a crashed cluster with a stale postmaster.pid, recovers it and finds everything again.
        var crashed = RunningService.Postmaster(_data)!.Value;
        restarted.Process.Kill();
        ServiceProcess.Signal(crashed.Pid, "KILL");
        await restarted.Process.WaitForExitAsync(TimeSpan.FromSeconds(10));
        await SecondsUntil(() => !ServiceProcess.IsAlive(crashed.Pid), TimeSpan.FromSeconds(10));
        await using var third = RunningService.OnEmbeddedDatabase(_data);
        await third.WaitUntilReadyAsync();
        var foundAfterBoth = await FoundAsync(third, acknowledged);
        var thirdPostmaster = RunningService.Postmaster(_data)!.Value;
        await third.Process.TerminateAsync();
        var stoppedAfter = await SecondsUntil(() => !ServiceProcess.IsAlive(thirdPostmaster.Pid), TimeSpan.FromSeconds(15));

        output.WriteLine($"SIGKILL under intake load at {killedAt.TotalSeconds:F1} s: {outcomes.Count(o => o.Status > 0)} answers " +
                         $"({string.Join(", ", outcomes.Where(o => o.Status > 0).GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))}), " +
                         $"{outcomes.Count(o => o.Status == 0)} requests cut off by the kill; acknowledged {acknowledged.Count}, found after restart {found}; " +
                         $"embedded PostgreSQL gone {databaseGoneAfter:F1} s after the kill; after service and database were killed together, found {foundAfterBoth}; " +
                         $"after SIGTERM of the service, its PostgreSQL gone after {stoppedAfter:F1} s");
        Assert.Equal(acknowledged.Count, found);
        Assert.Equal(acknowledged.Count, foundAfterBoth);
        Assert.True(stoppedAfter <= 5, "the embedded PostgreSQL outlived a graceful stop");
    }

    [Fact]
    public async Task postgres_killed_and_restarted_under_load_answers_503_then_recovers_with_nothing_lost()
    {
        await using var service = RunningService.OnEmbeddedDatabase(_data);
        await service.WaitUntilReadyAsync();
        var postmaster = RunningService.Postmaster(_data) ?? throw new InvalidOperationException("no embedded PostgreSQL is running");

        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var load = LoadAsync(service, workers: 4, stop.Token, clock);
        await Task.Delay(TimeSpan.FromSeconds(3));

        // The database dies (SIGKILL of the postmaster: no shutdown, its backends follow), and stays away for 6 s.
        ServiceProcess.Signal(postmaster.Pid, "KILL");
        var killedAt = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2));
        using var ready = await service.Client.GetAsync("/health/ready");
        var readyBody = await ready.Content.ReadAsStringAsync();
        await Task.Delay(TimeSpan.FromSeconds(4));

        var restartedAt = clock.Elapsed;
        await RestartPostgresAsync(_data, postmaster.Port);
        await Task.Delay(TimeSpan.FromSeconds(4));
        stop.Cancel();
        var outcomes = await load;

        var during = outcomes.Where(o => o.At > killedAt + TimeSpan.FromSeconds(0.5) && o.At < restartedAt).ToList();
        var firstAfter = outcomes.Where(o => o.At >= restartedAt && o.Status == 201).Select(o => o.At).DefaultIfEmpty(TimeSpan.MaxValue).Min();
        // Recovered: the first intake acknowledged after the restart.
        var recoveredIn = firstAfter == TimeSpan.MaxValue ? double.PositiveInfinity : (firstAfter - restartedAt).TotalSeconds;
        var acknowledged = outcomes.Where(o => o.Status == 201).Select(o => o.Id!).ToList();
        var found = await FoundAsync(service, acknowledged);
        await service.Process.TerminateAsync();

        output.WriteLine($"PostgreSQL SIGKILLed at {killedAt.TotalSeconds:F1} s, restarted at {restartedAt.TotalSeconds:F1} s: {outcomes.Count} answers " +
                         $"({string.Join(", ", outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))}); " +
                         $"while down: {during.Count} answers, {during.Count(o => o.Status == 503)} × 503, slowest {during.Select(o => o.Took.TotalMilliseconds).DefaultIfEmpty().Max():F0} ms; " +
                         $"first intake acknowledged {recoveredIn:F1} s after the restart; acknowledged {acknowledged.Count}, found {found}; /health/ready while down: {(int)ready.StatusCode} {readyBody}");

        Assert.All(outcomes, o => Assert.NotEqual(0, o.Status));
        Assert.DoesNotContain(outcomes, o => o.Status >= 500 && o.Status != 503);
        Assert.NotEmpty(during);
        Assert.All(during.Where(o => o.Status == 503), o =>
        {
            Assert.Equal("application/problem+json", o.ContentType);
            Assert.NotNull(o.RetryAfter);
        });
        Assert.True(during.Count(o => o.Status == 503) >= during.Count / 2, "most answers while the database was down should be 503");
        Assert.All(during, o => Assert.True(o.Took < TimeSpan.FromSeconds(2), $"an answer while the database was down took {o.Took.TotalMilliseconds:F0} ms"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("\"postgresql\"", readyBody);
        Assert.True(recoveredIn < 10, "the service did not recover within 10 s of the database's restart");
        Assert.Equal(acknowledged.Count, found);
    }

    /// <summary>What only a real Kestrel shows (the test server has no Server header and no body limit of its own).</summary>
    private static async Task KestrelAnswersAsProblemsAsync(RunningService service)
    {
        using var live = await service.Client.GetAsync("/health/live");
        Assert.False(live.Headers.Contains("Server"), "the Server header is sent");
        Assert.Equal("nosniff", string.Join(",", live.Headers.GetValues("X-Content-Type-Options")));

        // A chunked body (no Content-Length to refuse up front) over 256 KiB: refused while read, as a problem.
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/v1/referrals")
        {
            Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"{{\"summary\":\"{new string('a', 300 * 1024)}\"}}"))),
        };
        chunked.Content.Headers.ContentType = new("application/json");
        chunked.Headers.TransferEncodingChunked = true;
        using var tooLarge = await service.Client.SendAsync(chunked);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);
        Assert.Contains("urn:tksk-cases:problem:payload-too-large", await tooLarge.Content.ReadAsStringAsync());
    }

    /// <summary>Starts the killed cluster again, as an operator would with pg_ctl, on its port; waits while its old backends finish dying.</summary>
    private static async Task RestartPostgresAsync(string data, int port)
    {
        var bin = await PostgresBinaries.FindOrInstallAsync(CancellationToken.None);
        var pgCtl = Path.Combine(bin, "pg_ctl");
        string[] args = ["-D", data, "-o", $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200",
            "-l", Path.Combine(data, "server.log"), "-w", "-t", "30", "start"];
        for (var attempt = 0; ; attempt++)
        {
            var result = ProcessUser.IsRoot ? ProcessUser.Run("runuser", ["-u", "postgres", "--", pgCtl, .. args]) : ProcessUser.Run(pgCtl, args);
            if (result.ExitCode == 0) return;
            if (attempt == 20) throw new InvalidOperationException($"pg_ctl start failed: {result.Output}");
            await Task.Delay(500);
        }
    }
}
