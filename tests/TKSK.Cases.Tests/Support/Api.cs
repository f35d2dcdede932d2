using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using Wolverine.Tracking;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TKSK.Cases.Access;
using TKSK.Cases.Identity;

namespace TKSK.Cases.Tests.Support;

/// <summary>An HTTP response as a test reads it: status, headers and the JSON body.</summary>
public sealed record Reply(HttpStatusCode Status, HttpResponseHeaders Headers, HttpContentHeaders? ContentHeaders, JsonNode? Body)
{
    public string? ContentType => ContentHeaders?.ContentType?.MediaType;
    public string? ETag => Headers.ETag?.Tag;
    public string Str(string path) => Node(path)?.GetValue<string>() ?? throw new InvalidOperationException($"no {path} in {Body}");
    public JsonNode? Node(string path) => path.Split('.').Aggregate(Body, (node, key) => node?[key]);
    public IReadOnlyList<string> Strings(string path) => Node(path)!.AsArray().Select(n => n!.GetValue<string>()).ToList();
    public override string ToString() => $"{(int)Status} {Body?.ToJsonString()}";
}

/// <summary>
/// Drives the real HTTP pipeline of the test host (routing, auth, validation, Wolverine, Marten),
/// signed in as a province admin unless <see cref="As"/> says who else. A POST waits until the
/// Wolverine work it cascades (routing, notifications) is done, so the next step of a story sees
/// its effects; POSTs sent at the same moment (a race under test) do not wait.
/// </summary>
public sealed class Api(IAlbaHost host, string? token = null, string? apiKey = null)
{
    private static readonly SemaphoreSlim OneTrackedCall = new(1, 1);

    private readonly HttpClient _client = host.Server.CreateClient();
    private readonly string? _token = apiKey is null ? token ?? Mint(host, "test-admin", Role.ProvinceAdmin, null, null) : null;

    /// <summary>The same API, as an agency system with its API key.</summary>
    public Api WithApiKey(string key) => new(host, null, key);

    /// <summary>The same API, signed in as someone else (a token like the identity provider's).</summary>
    public Api As(Role role, string? region = null, Guid? coordinator = null, string? subject = null) =>
        new(host, Mint(host, subject ?? $"test-{Actor.Code(role)}", role, region, coordinator));

    /// <summary>A province admin's bearer token, for tests that send their own requests.</summary>
    public static string TokenFor(IAlbaHost host) => Mint(host, "test-admin", Role.ProvinceAdmin, null, null);

    /// <summary>A bearer token for someone else, for tests that send their own requests.</summary>
    public static string TokenFor(IAlbaHost host, Role role, string? region) => Mint(host, $"test-{Actor.Code(role)}", role, region, null);

    /// <summary>The same API with nobody signed in.</summary>
    public Api Anonymous() => new(host, "");

    private static string Mint(IAlbaHost host, string subject, Role role, string? region, Guid? coordinator) =>
        SignIn.Mint(host.Services.GetRequiredService<IConfiguration>(), subject, subject, role, region, coordinator, DateTimeOffset.UtcNow.AddHours(1));

    public Task<Reply> Get(string url, params (string, string)[] headers) => Send(HttpMethod.Get, url, null, headers);

    /// <summary>POST a body: a raw JSON string, or an object serialized with camelCase names.</summary>
    public Task<Reply> Post(string url, object? body, params (string, string)[] headers) =>
        Send(HttpMethod.Post, url, body is null ? null : body as string ?? JsonSerializer.Serialize(body, JsonSerializerOptions.Web), headers);

    public async Task<Reply> Send(HttpMethod method, string url, string? json, params (string, string)[] headers)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (_token is { Length: > 0 } && !headers.Any(h => h.Item1 is "Authorization" or "X-Api-Key"))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await SendTrackedAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && text.TrimStart() is ['{' or '[', ..] ? JsonNode.Parse(text) : null;
        return new Reply(response.StatusCode, response.Headers, response.Content.Headers, body);
    }

    private async Task<HttpResponseMessage> SendTrackedAsync(HttpRequestMessage request)
    {
        if (request.Method == HttpMethod.Get || !await OneTrackedCall.WaitAsync(0)) return await _client.SendAsync(request);
        try
        {
            HttpResponseMessage? response = null;
            // Delivery to the outside gateway is a side effect with its own retries, not part of the story.
            await host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).DoNotAssertOnExceptionsDetected()
                .IgnoreMessageType<TKSK.Cases.Notifications.DeliverNotification>()
                .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => response = await _client.SendAsync(request)));
            return response!;
        }
        finally
        {
            OneTrackedCall.Release();
        }
    }
}
