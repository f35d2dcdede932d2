using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TKSK.Cases.Casework;

/// <summary>
/// The optimistic concurrency a client may use, in the OpenAPI document: every case view (GET and each command's
/// answer) carries its version as ETag, every command takes it back as If-Match, and GET takes If-None-Match.
/// </summary>
public static class ReferralVersionHeaders
{
    public static OpenApiOptions AddReferralVersions(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        var route = context.Description.RelativePath;
        var isCommand = context.Description.HttpMethod == "POST" && route?.StartsWith("api/v1/referrals/{id}/") == true;
        if (isCommand)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match", In = ParameterLocation.Header, Required = false,
                Description = "The case view's ETag (\"7\") this change was decided on: if the referral has changed since, 412 and " +
                              "nothing is written. Without it the command applies to the current state, if its status allows.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        if (operation.OperationId == "GetReferral")
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-None-Match", In = ParameterLocation.Header, Required = false,
                Description = "The ETag you hold: 304 with no body when the case has not changed since (not with asOf).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        if ((isCommand || operation.OperationId == "GetReferral") && operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse answer)
        {
            answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
            answer.Headers["ETag"] = new OpenApiHeader
            {
                Description = "The case's version, quoted (\"7\"): send it as If-Match with a change, or as If-None-Match to get 304 when nothing changed.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
        return Task.CompletedTask;
    });
}
