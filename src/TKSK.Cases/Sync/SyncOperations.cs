using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Json;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Sync;

/// <summary>
/// The commands a phone may queue: every referral command the API sends (an operation under /api/v1/referrals/{id}/
/// with <c>[Sends&lt;…&gt;]</c>), by its OpenAPI operation id. Read from the endpoints themselves, so a new command can be
/// queued on the day it ships and is checked by the same validator; a path parameter besides the referral's id
/// (<c>stepId</c>, <c>followUpId</c>) travels in the payload.
/// </summary>
public sealed class SyncOperations(RequestValidators validators)
{
    private sealed record Operation(Type Command, Type? Request, IReadOnlyList<string> PathIds);

    private static readonly Lazy<IReadOnlyDictionary<string, Operation>> ByOperationId = new(() => (
        from type in typeof(SyncOperations).Assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Static)
        let post = method.GetCustomAttribute<WolverinePostAttribute>()
        let sends = method.GetCustomAttributes().OfType<ISendsCommand>().FirstOrDefault()
        where post?.OperationId is not null && sends is not null && post.Template.StartsWith("/api/v1/referrals/{id}/", StringComparison.Ordinal)
              && sends.Command.IsAssignableTo(typeof(ReferralCommand))
        select (post.OperationId, new Operation(sends.Command, RequestOf(sends.Command), PathIdsOf(post.Template))))
        .ToDictionary(o => o.OperationId, o => o.Item2));

    public static IReadOnlyCollection<string> Known => [.. ByOperationId.Value.Keys.Order()];

    private static Type? RequestOf(Type command)
    {
        for (var t = command; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ReferralCommand<>)) return t.GetGenericArguments()[0];
        return null;
    }

    private static IReadOnlyList<string> PathIdsOf(string template) =>
        [.. template.Split('/').Where(s => s.StartsWith('{') && s != "{id}").Select(s => s.Trim('{', '}'))];

    /// <summary>The command a queued operation stands for, or the problem the API would have answered for its body.</summary>
    public async Task<(ReferralCommand? Command, ProblemDetails? Problem)> ReadAsync(string operation, Guid referralId, JsonElement payload)
    {
        if (!ByOperationId.Value.TryGetValue(operation, out var op))
            return (null, ProblemResults.Validation(new() { ["type"] = [Text.T(
                $"Operasi tidak dikenal. Pilihan: {string.Join(", ", Known)}.", $"Unknown operation. Allowed: {string.Join(", ", Known)}.")] }));
        var body = payload.ValueKind == JsonValueKind.Object ? JsonNode.Parse(payload.GetRawText())!.AsObject() : new JsonObject();
        var errors = new Dictionary<string, string[]>();
        foreach (var id in op.PathIds)
            if (body[id] is not JsonValue v || !v.TryGetValue<string>(out var text) || !Guid.TryParse(text, out _))
                errors[id] = [Text.T($"Wajib diisi: id (UUID) dari alamat operasi {operation}.", $"Required: the id (UUID) from {operation}'s path.")];
        if (op.Request is { } requestType)
        {
            object? request;
            try { request = body.Deserialize(requestType, ApiJson.Options); }
            catch (JsonException e)
            {
                return (null, ProblemResults.Validation(new() { [e.Path?.TrimStart('$', '.') is { Length: > 0 } at ? at : "payload"] = [Text.T(
                    "Nilai tidak dapat dibaca untuk kolom ini.", "The value cannot be read for this field.")] }));
            }
            if (await validators.ErrorsAsync(request) is { } invalid) foreach (var (field, messages) in invalid) errors[field] = messages;
        }
        if (errors.Count > 0) return (null, ProblemResults.Validation(errors));
        // The command shares its members' names with the request; its sender, version and origin are the sync's to set, never the payload's.
        body["referralId"] = referralId.ToString();
        foreach (var key in new[] { "actor", "expectedVersion", "fromDevice", "resolving" }) body.Remove(key);
        return ((ReferralCommand)body.Deserialize(op.Command, ApiJson.Options)!, null);
    }
}
