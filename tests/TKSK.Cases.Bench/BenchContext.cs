using TKSK.Cases.Testing;
using System.Net;
using System.Net.Http.Headers;
using Npgsql;
using TKSK.Cases.Bench.Data;
using TKSK.Cases.Bench.Hosting;
using TKSK.Cases.Bench.Load;
using TKSK.Cases.Bench.Reporting;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Bench;

/// <summary>What every scenario can use: the running service and baseline, their clients, the data made so far, the results.</summary>
public sealed class BenchContext(BenchSettings settings, Publisher publisher, ServiceAccess access, string connectionString, string logDirectory)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");
    private readonly List<ResultRow> _rows = [];

    public BenchSettings Settings => settings;
    public Publisher Publisher => publisher;
    public ServiceAccess Access => access;
    public string ConnectionString => connectionString;
    public string LogDirectory => logDirectory;
    public RegionCatalog Regions { get; } = RegionCatalog.LoadEmbedded();
    public NpgsqlDataSource Database { get; } = NpgsqlDataSource.Create(connectionString);

    public ServiceProcess Service { get; set; } = null!;
    public ServiceProcess Baseline { get; set; } = null!;
    public HttpClient ServiceClient { get; set; } = null!;
    public HttpClient BaselineClient { get; set; } = null!;
    public LoadGenerator ServiceLoad => new(ServiceClient);
    public LoadGenerator BaselineLoad => new(BaselineClient);
    public Lifecycles Lifecycles { get; set; } = null!;

    /// <summary>The service's resident memory right after start, before any load (MiB).</summary>
    public double IdleServiceRss { get; set; }
    public double IdleBaselineRss { get; set; }
    /// <summary>Where the store stands: "3.1 k events".</summary>
    public string SmallLabel { get; set; } = "";
    public string LargeLabel { get; set; } = "";
    public List<string> Notes { get; } = [];

    public IReadOnlyList<ResultRow> Rows => _rows;
    public void Add(ResultRow row)
    {
        _rows.Add(row);
        Say($"  {row.Scenario} · {row.Measure}: service {Report.Format(row.Service, row.Unit)}, baseline {Report.Format(row.Baseline, row.Unit)}"
            + (row.Met is { } met ? met ? "  [met]" : "  [NOT met]" : "") + (row.Note is { } n ? $"  ({n})" : ""));
    }

    public static HttpClient Client(Uri baseAddress, string? token, int connections = 256)
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            MaxConnectionsPerServer = connections,
        })
        { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpRequestMessage Post(string path, byte[] body) =>
        new(HttpMethod.Post, path) { Content = new ByteArrayContent(body) { Headers = { ContentType = JsonType } } };

    public static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    /// <summary>Null when the service has <paramref name="path"/>; otherwise why not ("GET /x answers 404").</summary>
    public async Task<string?> ServiceLacksAsync(HttpMethod method, string path, byte[]? body = null)
    {
        using var request = method == HttpMethod.Get ? Get(path) : Post(path, body ?? "{}"u8.ToArray());
        using var reply = await ServiceClient.SendAsync(request);
        if (reply.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)) return null;
        // The service's own 404 (an unknown id or region) says what was not found (a detail): the route
        // exists. An unknown route gets the bare status-code problem, which has a type but no detail.
        var answer = await reply.Content.ReadAsStringAsync();
        return answer.Contains("urn:tksk-cases:problem") && answer.Contains("\"detail\"") ? null : $"{method} {path.Split('?')[0]} answers {(int)reply.StatusCode}: not in the service yet";
    }

    public async Task<long> EventCountAsync()
    {
        await using var command = Database.CreateCommand("select count(*) from tksk.mt_events");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>How old the oldest event is that an async projection shard has not processed yet (0 when caught up).</summary>
    public async Task<double> ProjectionLagSecondsAsync()
    {
        await using var command = Database.CreateCommand("""
            select coalesce(max(extract(epoch from (now() - e.timestamp))), 0)::float8
            from tksk.mt_event_progression p
            join lateral (select timestamp from tksk.mt_events where seq_id > p.last_seq_id order by seq_id limit 1) e on true
            where p.name not like 'HighWater%' -- the daemon's own bookkeeping rows (mark, fence, stuck gap), not shards
            """);
        return (double)(await command.ExecuteScalarAsync())!;
    }

    public async Task<long> MaxEventSequenceAsync()
    {
        await using var command = Database.CreateCommand("select coalesce(max(seq_id), 0) from tksk.mt_events");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Sequence numbers after <paramref name="after"/> that no event holds: each one a gap the daemon had to wait out.</summary>
    public async Task<long> SequenceGapsAsync(long after)
    {
        await using var command = Database.CreateCommand("select coalesce(max(seq_id) - $1 - count(*), 0) from tksk.mt_events where seq_id > $1");
        command.Parameters.Add(new NpgsqlParameter { Value = after });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Waits until the daemon has processed every event, and says how long that took: a fill leaves a
    /// backlog, and a figure measured while the daemon works it off measures the backlog, not the scenario.
    /// </summary>
    public async Task<string> ProjectionCatchUpAsync(TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var backlog = await ProjectionLagSecondsAsync();
        while (await ProjectionLagSecondsAsync() > 0)
        {
            if (clock.Elapsed > limit) return $"the daemon had not caught up after {limit.TotalMinutes:0} min (oldest unprocessed event {backlog:0} s old at first); measured anyway";
            await Task.Delay(250);
        }
        return backlog == 0 ? "the daemon was caught up" : $"the daemon took {clock.Elapsed.TotalSeconds:0.0} s to catch up (oldest unprocessed event {backlog:0.0} s old)";
    }

    public static string EventsLabel(long events) => events >= 1_000_000 ? $"{events / 1e6:0.##} M events" : events >= 1000 ? $"{events / 1e3:0.#} k events" : $"{events} events";

    public Action<string> Say { get; set; } = Console.WriteLine;
}
