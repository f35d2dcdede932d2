using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Infrastructure.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on every POST: another agency's system that lost our answer (a timeout, a
/// dropped line) sends the same request again with the same key and gets the first answer back,
/// with no second referral, note or key. Keys are per caller (person or API key) and kept 24 hours.
/// Only a request that was carried out (2xx) keeps its answer: a refused one wrote nothing (the
/// fault suite checks that), so its key is given back and a retry is decided afresh, as Stripe does
/// for requests that fail validation. The same key with another request (method, path, If-Match or
/// body) is a 422: the client reused a key by mistake, and answering the first request would hide it.
/// </summary>
public static class IdempotentPosts
{
    public const string Header = "Idempotency-Key", ReplayedHeader = "Idempotent-Replayed", SecretWithheldHeader = "Secret-Withheld";
    public const int MaxKeyLength = 255;

    public static IApplicationBuilder UseIdempotentPosts(this IApplicationBuilder app) => app.Use(HandleAsync);

    private static async Task HandleAsync(HttpContext http, Func<Task> next)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || http.GetEndpoint() is null
            || !http.Request.Headers.TryGetValue(Header, out var values))
        {
            await next();
            return;
        }
        // Open operations (no caller) have nobody to keep a key for; they create nothing worth keeping.
        // Nor is an answer kept that quotes personal data and creates nothing (intake assist): a repeat simply runs again.
        // Keys are per caller: the signed-in subject (a person's id, or apikey:<id> for an agency's key).
        if (http.User.Identity?.IsAuthenticated != true || http.User.FindFirst("sub")?.Value is not { Length: > 0 } caller
            || http.GetEndpoint()?.Metadata.GetMetadata<AnswerNotKeptAttribute>() is not null)
        {
            await next();
            return;
        }
        if (values.Count != 1 || !IsWellFormed(values[0]))
        {
            await Results.Problem(ProblemResults.Validation(new() { [Header] = [Text.T(
                $"Kirim satu {Header}: 1–{MaxKeyLength} karakter ASCII yang terlihat (mis. UUID).",
                $"Send one {Header}: 1–{MaxKeyLength} visible ASCII characters (e.g. a UUID).")] })).ExecuteAsync(http);
            return;
        }

        var key = values[0]!;
        var records = http.RequestServices.GetRequiredService<IdempotencyRecords>();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        var hash = await FingerprintAsync(http.Request);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            switch (await records.ClaimAsync(caller, key, hash, clock.GetUtcNow(), http.RequestAborted))
            {
                case KeyClaim.Ours { Held: var held }:
                    await using (held) await RunAndKeepAsync(http, next, held);
                    return;
                case KeyClaim.Answered { Answer: var answer }:
                    await ReplayAsync(http, answer);
                    return;
                case KeyClaim.OtherRequest:
                    await Results.Problem(KeyReused()).ExecuteAsync(http);
                    return;
                case KeyClaim.Running when waited.Elapsed > IdempotencyRecords.WaitForFirst:
                    http.Response.Headers.RetryAfter = "2";
                    await Results.Problem(StillRunning()).ExecuteAsync(http);
                    return;
                case KeyClaim.Running:
                    // The first request with this key is still running: its answer is this one's too.
                    await Task.Delay(TimeSpan.FromMilliseconds(40), http.RequestAborted);
                    break;
            }
        }
    }

    private static async Task RunAndKeepAsync(HttpContext http, Func<Task> next, HeldKey held)
    {
        var client = http.Response.Body;
        using var answer = new MemoryStream();
        http.Response.Body = answer;
        try
        {
            await next();
            if (http.Response.StatusCode is >= 200 and < 300)
            {
                var secrets = http.GetEndpoint()?.Metadata.GetMetadata<SecretInAnswerAttribute>();
                var body = answer.ToArray();
                var response = http.Response;
                await held.KeepAsync(new KeptAnswer(response.StatusCode, response.ContentType, response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
                    response.Headers.ETag.ToString() is { Length: > 0 } e ? e : null,
                    secrets is null ? body : Withhold(body, secrets.Members), secrets is null ? null : string.Join(',', secrets.Members)), CancellationToken.None);
            }
        }
        finally
        {
            // Not kept (refused, failed): the held key's transaction rolls back, and a retry is decided afresh.
            http.Response.Body = client;
        }
        if (answer.Length > 0)
        {
            http.Response.ContentLength = answer.Length;
            answer.Position = 0;
            await answer.CopyToAsync(client, http.RequestAborted);
        }
    }

    private static async Task ReplayAsync(HttpContext http, KeptAnswer answer)
    {
        var response = http.Response;
        response.StatusCode = answer.Status;
        if (answer.ContentType is not null) response.ContentType = answer.ContentType;
        if (answer.Location is not null) response.Headers.Location = answer.Location;
        if (answer.ETag is not null) response.Headers.ETag = answer.ETag;
        response.Headers[ReplayedHeader] = "true";
        // The secret was in the first answer only: say which member is blank on purpose.
        if (answer.SecretWithheld is not null) response.Headers[SecretWithheldHeader] = answer.SecretWithheld;
        if (answer.Body is { Length: > 0 } body)
        {
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, http.RequestAborted);
        }
    }

    /// <summary>The answer as kept: each member holding a secret set to null (the secret exists once, in the first answer).</summary>
    private static byte[] Withhold(byte[] body, IReadOnlyList<string> members)
    {
        if (JsonNode.Parse(body) is not JsonObject answer) return [];
        foreach (var member in members) if (answer.ContainsKey(member)) answer[member] = null;
        return System.Text.Encoding.UTF8.GetBytes(answer.ToJsonString());
    }

    /// <summary>What makes two requests the same: method, path and query, If-Match (a command's expected version) and the body's bytes.</summary>
    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n{request.Headers.IfMatch}\n"));
        request.EnableBuffering();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0) sha.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    // RFC 9110 token characters would do too; visible ASCII admits the UUIDs and ULIDs clients send.
    private static bool IsWellFormed(string? key) => key is { Length: > 0 and <= MaxKeyLength } && key.All(c => c is > ' ' and <= '~');

    private static ProblemDetails KeyReused() => new()
    {
        Type = ProblemTypes.Of("idempotency-key-reused"), Status = 422,
        Title = Text.T($"{Header} sudah dipakai untuk permintaan lain", $"{Header} already used for another request"),
        Detail = Text.T($"{Header} ini sudah dipakai (dalam 24 jam terakhir) untuk permintaan dengan isi, alamat atau If-Match yang berbeda. Pakai kunci baru untuk setiap permintaan baru.",
            $"This {Header} was used (within the last 24 hours) for a request with a different body, path or If-Match. Use a new key for each new request."),
        Extensions = { ["errors"] = new Dictionary<string, string[]> { [Header] = [Text.T("Kunci sudah dipakai untuk permintaan lain.", "Key already used for another request.")] } },
    };

    private static ProblemDetails StillRunning() => new()
    {
        Type = ProblemTypes.Of("request-in-progress"), Status = 409,
        Title = Text.T("Permintaan dengan kunci ini masih diproses", "A request with this key is still being processed"),
        Detail = Text.T($"Permintaan pertama dengan {Header} ini belum selesai. Kirim ulang sebentar lagi untuk mendapat jawabannya.",
            $"The first request with this {Header} has not finished. Send it again shortly to get its answer."),
    };
}

/// <summary>
/// This endpoint creates nothing and its answer holds personal data from the request (intake
/// assist quotes the pasted post): an <c>Idempotency-Key</c> is ignored, so the answer is never stored.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AnswerNotKeptAttribute : Attribute;

/// <summary>
/// The answer of this endpoint holds a secret (an API key, a webhook secret) in these top-level
/// members: the idempotency record keeps the answer with them blanked, and a replay says so in the
/// <c>Secret-Withheld</c> header. A secret is shown once; a lost one is revoked and made anew.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SecretInAnswerAttribute(params string[] members) : Attribute
{
    public IReadOnlyList<string> Members { get; } = members;
}
