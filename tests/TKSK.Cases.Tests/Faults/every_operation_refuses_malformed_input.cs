using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;
using Wolverine;
using Wolverine.Tracking;
using Xunit.Abstractions;
using TKSK.Cases.Identity;

namespace TKSK.Cases.Tests.Faults;

/// <summary>
/// The fault suite's HTTP part. It reads the service's own OpenAPI document and, for every
/// operation in it, sends the requests <see cref="MalformedRequests"/> generates, signed in as a
/// province admin (who may call everything), and checks each answer: never a 5xx; every error an
/// application/problem+json with one of our types and no internals; and nothing stored for a
/// refused request. An endpoint added later is covered the day it appears in the document.
/// </summary>
public sealed class every_operation_refuses_malformed_input(AppFixture fixture, ITestOutputHelper output) : IntegrationContext(fixture)
{
    // Words that would mean internals reached a client.
    private static readonly string[] Internals = ["Exception", "   at ", "Npgsql", "System.", "Marten", "Wolverine", "SqlState", "stack"];

    [Fact]
    public async Task every_operation_answers_every_malformed_request_with_a_problem_and_writes_nothing()
    {
        var document = (await Api.Get("/openapi/v1.json")).Body!;
        var operations = new OpenApiOperations(document).All;
        Assert.True(operations.Count >= 25, $"only {operations.Count} operations in the OpenAPI document");

        var (referral, coordinator) = await Api.InProgress();
        var step = (await Api.Command(referral, "steps", new { kind = "other", title = "Kunjungan keluarga" }).Ok()).Node("steps")!.AsArray()[0]!["id"]!.GetValue<string>();
        var known = new KnownIds(referral, step, coordinator);

        var client = Host.Server.CreateClient();
        var token = SignIn.Mint(Host.Services.GetRequiredService<IConfiguration>(), "fault-suite", "Fault suite", Role.ProvinceAdmin, null, null, DateTimeOffset.UtcNow.AddHours(1));
        var fingerprint = new DatabaseFingerprint(Fixture.ConnectionString, Fixture.Store.Options.DatabaseSchemaName);
        var stored = await fingerprint.TakeAsync();

        var statuses = new SortedDictionary<int, int>();
        var perOperation = new Dictionary<string, int>();
        var violations = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var operation in operations)
        {
            foreach (var request in MalformedRequests.For(operation, known))
            {
                var (status, contentType, body) = await SendAndSettleAsync(client, token, request);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                perOperation[operation.OperationId] = perOperation.GetValueOrDefault(operation.OperationId) + 1;

                if (status >= 500) violations.Add($"{status} for {request}: {Cut(body)}");
                if (status >= 400)
                {
                    if (contentType != "application/problem+json") violations.Add($"{status} as {contentType ?? "no content type"} for {request}: {Cut(body)}");
                    else if (!IsOurProblem(body, status)) violations.Add($"{status} problem without our type or status for {request}: {Cut(body)}");
                    if (Internals.FirstOrDefault(body.Contains) is { } leak) violations.Add($"'{leak}' in the answer to {request}: {Cut(body)}");
                    var after = await fingerprint.TakeAsync();
                    if (after != stored) violations.Add($"{status} for {request}, yet the database changed: {stored} → {after}");
                    stored = after;
                }
                else stored = await fingerprint.TakeAsync();
            }
        }

        var total = statuses.Values.Sum();
        output.WriteLine($"Fault suite: {operations.Count} operations, {total} requests in {clock.Elapsed.TotalSeconds:F0} s; " +
                         $"status counts: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}; " +
                         $"5xx: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}; violations: {violations.Count}");
        foreach (var (operation, count) in perOperation.OrderBy(p => p.Key)) output.WriteLine($"  {operation}: {count}");
        Assert.True(violations.Count == 0, $"{violations.Count} of {total} requests were answered wrongly:\n" + string.Join('\n', violations.Take(60)));
        Assert.All(operations, op => Assert.True(perOperation.GetValueOrDefault(op.OperationId) >= 15, $"{op} got too few requests"));
    }

    /// <summary>
    /// Sends the request and, unless it only reads, waits for what it set off in the background
    /// (workflow messages: routing, notices) to finish, so that the next request's "nothing written"
    /// compares against a database at rest.
    /// </summary>
    private async Task<(int Status, string? ContentType, string Body)> SendAndSettleAsync(HttpClient client, string token, FaultRequest request)
    {
        if (request.Method == "GET") return await SendAsync(client, token, request);
        (int, string?, string) answer = default;
        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => answer = await SendAsync(client, token, request)));
        return answer;
    }

    private static async Task<(int Status, string? ContentType, string Body)> SendAsync(HttpClient client, string token, FaultRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }
        if (!request.Headers.Any(h => h.Name is "Authorization" or "X-Api-Key")) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        foreach (var (name, value) in request.Headers) message.Headers.TryAddWithoutValidation(name, value);
        using var response = await client.SendAsync(message);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static bool IsOurProblem(string body, int status)
    {
        try
        {
            var problem = JsonNode.Parse(body);
            return problem?["type"]?.GetValue<string>().StartsWith("urn:tksk-cases:problem:", StringComparison.Ordinal) == true
                   && problem["status"]?.GetValue<int>() == status && problem["title"] is not null;
        }
        catch (System.Text.Json.JsonException) { return false; }
    }

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
